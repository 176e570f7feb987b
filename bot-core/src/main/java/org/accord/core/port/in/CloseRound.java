package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** Closes the open round: answers are refused from now, and what the members agreed is settled. */
public interface CloseRound {

	Outcome close(Caller caller, Command command);

	/** @param assessmentId null for the board's current assessment */
	record Command(String assessmentId) {

		public Command {
			assessmentId = Commands.given(assessmentId);
		}

	}

}
