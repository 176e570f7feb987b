package org.accord.core.port.out;

import java.util.Optional;

import org.accord.core.domain.Invitation;

public interface InvitationPort {

	void save(Invitation invitation);

	Optional<Invitation> find(String code);

}
