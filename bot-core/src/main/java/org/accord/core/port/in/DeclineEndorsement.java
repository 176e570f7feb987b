package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** A responsible authority's representative declines to endorse, with a reason the chair can act on. */
public interface DeclineEndorsement {

	Outcome decline(Caller caller, Command command);

	/**
	 * The form asking why; {@code round} is the round the request was made after, and {@code formSeen} the form the
	 * request showed, both carried for the form's answer.
	 */
	Outcome openForm(Caller caller, String assessmentId, int round, String formSeen);

	/** @param formSeen the form's fingerprint as the request showed it: a decline, too, is of that form only */
	record Command(String assessmentId, String reason, String formSeen) {

		public Command {
			assessmentId = PlanCommands.given(assessmentId);
			formSeen = PlanCommands.given(formSeen);
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
