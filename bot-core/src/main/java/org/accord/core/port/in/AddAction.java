package org.accord.core.port.in;

import java.time.LocalDate;

import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;

/** The chair adds an action to the plan, with its owner and due date; the owner is told and then reminded. */
public interface AddAction {

	Outcome add(Caller caller, Command command);

	/** The chair's form for it, the owner picked from the board's people. */
	Outcome openForm(Caller caller);

	/**
	 * @param ownerName the name the caller's platform showed for the owner, or null; the board's own name for them wins
	 * @param criterionId the criterion the action answers, or null
	 */
	record Command(String text, PlatformUser owner, String ownerName, LocalDate due, String milestone, String criterionId) {

		public Command {
			text = PlanCommands.given(text);
			ownerName = PlanCommands.given(ownerName);
			milestone = PlanCommands.given(milestone);
			criterionId = PlanCommands.given(criterionId);
			if (text == null || owner == null || due == null) {
				throw new IllegalArgumentException("An action needs its text, an owner and a due date.");
			}
		}

	}

}
