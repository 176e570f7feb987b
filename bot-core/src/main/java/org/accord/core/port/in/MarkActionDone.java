package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** The owner (or the chair for them) says an action is done; the chair is told, and discharges it at the review. */
public interface MarkActionDone {

	Outcome markDone(Caller caller, Command command);

	/** Done taken back, by whoever could have marked it, while the chair has not discharged it. */
	Outcome undo(Caller caller, Command command);

	record Command(ActionRef action) {

		public Command {
			if (action == null) {
				throw new IllegalArgumentException("Say which action is done.");
			}
		}

	}

}
