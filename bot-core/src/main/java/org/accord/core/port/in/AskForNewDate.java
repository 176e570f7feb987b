package org.accord.core.port.in;

import java.time.LocalDate;

import org.accord.core.card.Outcome;

/**
 * The owner asks the chair to move an action's due date, with why; the chair accepts it with a press. The chair
 * asking moves the date at once: there is nobody to ask.
 */
public interface AskForNewDate {

	Outcome ask(Caller caller, Command command);

	/** The owner's form: the date they can meet, and why. */
	Outcome openForm(Caller caller, String actionId);

	/** @param reason for the chair; null when none is given */
	record Command(ActionRef action, LocalDate date, String reason) {

		public Command {
			reason = PlanCommands.given(reason);
			if (action == null) {
				throw new IllegalArgumentException("Say which action to move.");
			}
			if (date == null) {
				throw new IllegalArgumentException("Give the new date as YYYY-MM-DD.");
			}
		}

	}

}
