package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** The owner (or the chair for them) notes progress on an action, dated; the chair is told. */
public interface AddProgress {

	Outcome addProgress(Caller caller, Command command);

	/** The owner's form for the note. */
	Outcome openForm(Caller caller, String actionId);

	record Command(ActionRef action, String note) {

		public Command {
			note = PlanCommands.given(note);
			if (action == null) {
				throw new IllegalArgumentException("Say which action the note is on.");
			}
			if (note == null) {
				throw new IllegalArgumentException("Write what has moved.");
			}
		}

	}

}
