package org.accord.core.port.in;

import java.time.LocalDate;

import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;

/** The chair accepts a draft action: it opens with an owner, a due date, a milestone, and its words as edited. */
public interface AcceptDraftAction {

	Outcome accept(Caller caller, Command command);

	/** The chair's form for it, filled with the draft's words. */
	Outcome openForm(Caller caller, String actionId);

	/** @param text null to keep the draft's words */
	record Command(String actionId, String text, PlatformUser owner, LocalDate due, String milestone) {

		public Command {
			actionId = PlanCommands.given(actionId);
			text = PlanCommands.given(text);
			milestone = PlanCommands.given(milestone);
			if (actionId == null) {
				throw new IllegalArgumentException("Say which draft action to accept.");
			}
			if (owner == null || due == null) {
				throw new IllegalArgumentException("An accepted action needs an owner and a due date from today to 2099.");
			}
		}

	}

}
