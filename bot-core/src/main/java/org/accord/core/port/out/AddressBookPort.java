package org.accord.core.port.out;

import java.util.Optional;

import org.accord.core.domain.PlatformUser;

/**
 * Where a platform can reach a person without them writing first (a Teams conversation reference),
 * kept as the platform's own text; core never reads it.
 */
public interface AddressBookPort {

	void save(PlatformUser user, String address);

	Optional<String> find(PlatformUser user);

}
