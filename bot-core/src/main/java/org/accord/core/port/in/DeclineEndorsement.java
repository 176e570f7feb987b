package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** A responsible authority's representative declines to endorse, with a reason the chair can act on. */
public interface DeclineEndorsement {

	Outcome decline(Caller caller, Command command);

	/** The form asking why; {@code round} is the round the request was made after, carried for the form's answer. */
	Outcome openForm(Caller caller, String assessmentId, int round);

	record Command(String assessmentId, String reason) {

		public Command {
			assessmentId = PlanCommands.given(assessmentId);
			reason = PlanCommands.given(reason);
			if (reason == null) {
				throw new IllegalArgumentException("Please give a reason when you decline: the chair needs it to act on.");
			}
			if (assessmentId == null) {
				throw new IllegalArgumentException("Say which assessment you decline to endorse.");
			}
		}

	}

}
