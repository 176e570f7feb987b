package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** The chair drops an action, a draft or one the board no longer pursues: it leaves the plan and its reminders stop. */
public interface DropAction {

	Outcome drop(Caller caller, Command command);

	record Command(ActionRef action) {

		public Command {
			if (action == null) {
				throw new IllegalArgumentException("Say which action to drop.");
			}
		}

	}

}
