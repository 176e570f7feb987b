package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/**
 * The consensus view: per criterion the anonymous distribution, the agreement figures, and how it was settled;
 * for the chair, what can be done next. Shown once a round is closed, never while answers move. It comes as a
 * message of its own, for the chair to keep and share: the disputed criteria first, with their titles, in plain
 * words; the agreed ones folded; every criterion with its figures on request, in the same message.
 */
public interface ShowConsensus {

	Outcome show(Caller caller, Command command);

	/**
	 * @param assessmentId null for the board's current assessment
	 * @param figures every criterion, area by area, with its figures (median, IQR, Cns, alpha), rather than plain
	 * words with the agreed ones folded
	 * @param inPlace the view's own message is turned to the other way of showing it, rather than a new message sent
	 */
	record Command(String assessmentId, boolean figures, boolean inPlace) {

		public Command {
			assessmentId = Commands.given(assessmentId);
		}

		public Command(String assessmentId) {
			this(assessmentId, false, false);
		}

	}

}
