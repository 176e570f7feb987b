package org.accord.core.port.in;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Settlement;

/** Settles a disputed criterion at a level, with the chair's note: the chair's decision where the board could not agree. */
public interface SettleCriterion {

	Outcome settle(Caller caller, Command command);

	/**
	 * The chair's form for it: the disputed criteria, the levels, a note.
	 *
	 * @param criterionId the criterion chosen at first; null to let the chair choose (chosen when it is the only one)
	 */
	Outcome openForm(Caller caller, String assessmentId, String criterionId);

	/**
	 * @param assessmentId null for the board's current assessment
	 * @param atMeeting the board agreed it face to face (the meeting page), rather than the chair deciding it alone
	 */
	record Command(String assessmentId, String criterionId, String levelKey, String note, boolean atMeeting) {

		public Command(String assessmentId, String criterionId, String levelKey, String note) {
			this(assessmentId, criterionId, levelKey, note, false);
		}

		public Command {
			assessmentId = Commands.given(assessmentId);
			criterionId = Commands.given(criterionId);
			levelKey = Commands.given(levelKey);
			note = Commands.given(note);
			if (criterionId == null) {
				throw new IllegalArgumentException("Choose the criterion to settle.");
			}
			if (note != null && note.length() > Settlement.NOTE_MAX) {
				throw new IllegalArgumentException("A note takes " + Settlement.NOTE_MAX + " characters at most; this one has "
						+ note.length() + ". Shorten it, or put the rest in the board's text for " + criterionId + ".");
			}
		}

	}

}
