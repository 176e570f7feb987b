package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** A responsible authority's representative endorses the form for their agency; when all have, it is final. */
public interface Endorse {

	Outcome endorse(Caller caller, Command command);

	record Command(String assessmentId) {

		public Command {
			assessmentId = PlanCommands.given(assessmentId);
			if (assessmentId == null) {
				throw new IllegalArgumentException("Say which assessment to endorse.");
			}
		}

	}

}
