package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/**
 * Closes the open round: answers are refused from now, and what the members agreed is settled. A closed round can be
 * opened again while nothing later depends on it.
 */
public interface CloseRound {

	Outcome close(Caller caller, Command command);

	/** The last round open again, with what its members answered kept; refused once anything depends on its close. */
	Outcome reopen(Caller caller, Command command);

	/**
	 * @param assessmentId null for the board's current assessment
	 * @param confirmed whether the chair has said to close though members have not finished: without it, closing
	 * such a round asks first, saying how many
	 */
	record Command(String assessmentId, boolean confirmed) {

		public Command {
			assessmentId = Commands.given(assessmentId);
		}

		public Command(String assessmentId) {
			this(assessmentId, false);
		}

	}

}
