package org.accord.core.port.out;

import java.util.Optional;

import org.accord.core.domain.Assessment;
import org.accord.core.domain.Partnership;

public interface AssessmentPort {

	/** The partnership's assessment that is not yet final, if any: a board runs one cycle at a time. */
	Optional<Assessment> current(Partnership.PartnershipId partnership);

	Optional<Assessment> find(Assessment.AssessmentId id);

	/**
	 * Stores a new assessment unless the partnership already has a current one.
	 * @return false when another one is current
	 */
	boolean create(Assessment assessment);

	/**
	 * Replaces {@code before} with {@code after} if nobody changed it in between.
	 * @return the stored assessment, or empty when another change came first (read again and retry)
	 */
	Optional<Assessment> update(Assessment before, Assessment after);

	/** A final assessment stops being the board's current one, so that the next cycle can start. */
	void retire(Assessment finished);

	/** Every cycle of the board, oldest first. */
	java.util.List<Assessment> history(Partnership.PartnershipId partnership);

}
