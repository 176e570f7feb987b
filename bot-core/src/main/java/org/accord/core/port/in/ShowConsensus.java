package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/**
 * The consensus view: per criterion the anonymous distribution, the agreement figures, and how it was settled;
 * for the chair, what can be done next. Shown once a round is closed, never while answers move.
 */
public interface ShowConsensus {

	Outcome show(Caller caller, Command command);

	/** @param assessmentId null for the board's current assessment */
	record Command(String assessmentId) {

		public Command {
			assessmentId = Commands.given(assessmentId);
		}

	}

}
