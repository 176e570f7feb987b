package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** The chair discharges an action at the plan's review: the board holds it as dealt with. */
public interface DischargeAction {

	Outcome discharge(Caller caller, Command command);

	record Command(ActionRef action) {

		public Command {
			if (action == null) {
				throw new IllegalArgumentException("Say which action to discharge.");
			}
		}

	}

}
