package org.accord.core.port.out;

import java.util.Optional;

/** Slots' holders, stored under ids and in words that only the anonymity key makes sense of. */
public interface MessageSlotPort {

	Optional<String> find(String id);

	void save(String id, String sealedMessage);

}
