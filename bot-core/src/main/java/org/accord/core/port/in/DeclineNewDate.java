package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** The chair declines the new date an owner asked for: the due date stands, and the owner is told. */
public interface DeclineNewDate {

	Outcome decline(Caller caller, Command command);

	record Command(ActionRef action) {

		public Command {
			if (action == null) {
				throw new IllegalArgumentException("Say which action's new date to decline.");
			}
		}

	}

}
