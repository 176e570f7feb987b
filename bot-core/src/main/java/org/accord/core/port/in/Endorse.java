package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** A responsible authority's representative endorses the form for their agency; when all have, it is final. */
public interface Endorse {

	Outcome endorse(Caller caller, Command command);

	/**
	 * @param formSeen the form's fingerprint as the request showed it ({@code Assessment.formFingerprint}); an
	 * endorsement counts only while the form is still that one
	 */
	record Command(String assessmentId, String formSeen) {

		public Command {
			assessmentId = PlanCommands.given(assessmentId);
			formSeen = PlanCommands.given(formSeen);
			if (assessmentId == null) {
				throw new IllegalArgumentException("Say which assessment to endorse.");
			}
		}

	}

}
