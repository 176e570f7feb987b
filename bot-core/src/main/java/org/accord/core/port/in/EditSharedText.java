package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/**
 * The board's shared text for a criterion, the evidence and comment transcribed onto the form: drawn from the
 * members' anonymous entries, edited and saved by the chair.
 */
public interface EditSharedText {

	/** The chair's form: the board's saved text, else the members' entries from rounds with enough answers to show. */
	Outcome openForm(Caller caller, String assessmentId, String criterionId);

	Outcome save(Caller caller, Command command);

	/**
	 * @param assessmentId null for the board's current assessment
	 * @param evidence null for none
	 * @param comment null for none
	 */
	record Command(String assessmentId, String criterionId, String evidence, String comment) {

		public Command {
			assessmentId = Commands.given(assessmentId);
			criterionId = Commands.given(criterionId);
			evidence = Commands.given(evidence);
			comment = Commands.given(comment);
			if (criterionId == null) {
				throw new IllegalArgumentException("Say which criterion the text is for.");
			}
		}

	}

}
