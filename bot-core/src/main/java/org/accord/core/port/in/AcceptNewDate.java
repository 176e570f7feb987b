package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** The chair accepts the new date an owner asked for: it becomes the action's due date, and the owner is told. */
public interface AcceptNewDate {

	Outcome accept(Caller caller, Command command);

	record Command(ActionRef action) {

		public Command {
			if (action == null) {
				throw new IllegalArgumentException("Say which action's new date to accept.");
			}
		}

	}

}
