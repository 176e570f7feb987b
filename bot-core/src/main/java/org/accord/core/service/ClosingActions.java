package org.accord.core.service;

import java.util.function.Function;
import java.util.function.Predicate;

import org.accord.core.card.Card;
import org.accord.core.card.Outcome;
import org.accord.core.domain.Action;
import org.accord.core.domain.Role;
import org.accord.core.port.in.ActionRef;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.DischargeAction;
import org.accord.core.port.in.DropAction;

/** The chair takes an action off the live plan: discharged at the review as dealt with, or dropped. */
final class ClosingActions implements DischargeAction, DropAction {

	private final PlanContext context;

	ClosingActions(PlanContext context) {
		this.context = context;
	}

	@Override
	public Outcome discharge(Caller caller, DischargeAction.Command command) {
		return close(caller, command.action(), "discharged", Action::dischargeable, Action::discharged);
	}

	@Override
	public Outcome drop(Caller caller, DropAction.Command command) {
		return close(caller, command.action(), "dropped", Action::droppable, Action::dropped);
	}

	private Outcome close(Caller caller, ActionRef ref, String words, Predicate<Action> allowed, Function<Action, Action> closing) {
		return context.withAction(caller, ref, (seat, action) -> {
			if (!seat.is(Role.CHAIR)) {
				return Outcome.reply("Only the chair can mark an action " + words + ".");
			}
			if (action.isDraft() && !allowed.test(action)) {
				return Outcome.reply("Action " + action.number() + " is a draft: accept or drop it.");
			}
			return context.change(action, a -> !allowed.test(a)
					? CompareAndSet.Change.refuse("Action " + a.number() + " is " + words + " already.")
					: CompareAndSet.Change.to(closing.apply(a), closed -> Outcome.builder()
						.updateClicked(Card.text("Action " + closed.number() + " " + words + "."))
						.reply("Action " + closed.number() + " " + words + ".").build()));
		});
	}

}
