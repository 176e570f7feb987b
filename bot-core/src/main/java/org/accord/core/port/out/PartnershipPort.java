package org.accord.core.port.out;

import java.util.Optional;

import org.accord.core.domain.Member;
import org.accord.core.domain.Partnership;

public interface PartnershipPort {

	Optional<Partnership> findByWorkspace(String workspace);

	Optional<Partnership> find(Partnership.PartnershipId id);

	/** Saves the board's settings: timezone and quiet hours. */
	void save(Partnership partnership);

	/**
	 * Creates the workspace's board with its first chair, unless another request created it first: one
	 * insert decides, so two people arriving at once do not make two boards or two chairs.
	 * @return the board that exists afterwards, and whether this call made it
	 */
	Founding found(Partnership partnership, Member chair);

	record Founding(Partnership partnership, boolean created) {
	}

}
