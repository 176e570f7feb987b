package org.accord.core.port.out;

import java.util.List;
import java.util.Optional;

import org.accord.core.domain.Invitation;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;

/** Invitation codes, by code. Taking a place is one atomic step, so two people never take the last one. */
public interface InvitationPort {

	void save(Invitation invitation);

	Optional<Invitation> find(String code);

	/** The board's invitations, newest first. */
	List<Invitation> of(Partnership.PartnershipId partnership);

	/** Takes one of the code's places for this person; false when none is left or the code was revoked. */
	boolean take(String code, PlatformUser person);

	/** Revokes the board's code; false when the board has no such code. */
	boolean revoke(Partnership.PartnershipId partnership, String code);

}
