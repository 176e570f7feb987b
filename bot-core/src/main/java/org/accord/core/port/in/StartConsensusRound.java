package org.accord.core.port.in;

import java.time.LocalDate;
import java.util.List;

import org.accord.core.card.Outcome;

/**
 * Puts disputed criteria to the members again, in a Delphi round: each sees the anonymous distribution and
 * rationales, and may keep or change their rating.
 */
public interface StartConsensusRound {

	Outcome start(Caller caller, Command command);

	/** The chair's form for it: every disputed criterion, all chosen at first, and a due date two weeks on. */
	Outcome openForm(Caller caller, String assessmentId);

	/**
	 * @param assessmentId null for the board's current assessment
	 * @param afterRound the round the chair saw closed, so that a form sent twice opens one round; null for any
	 * @param criteria null for every disputed criterion
	 * @param due null for no due date
	 */
	record Command(String assessmentId, Integer afterRound, List<String> criteria, LocalDate due) {

		public Command {
			assessmentId = Commands.given(assessmentId);
			if (criteria != null) {
				criteria = Commands.ids(criteria);
				if (criteria.isEmpty()) {
					throw new IllegalArgumentException("Choose at least one criterion for the round.");
				}
			}
		}

	}

}
