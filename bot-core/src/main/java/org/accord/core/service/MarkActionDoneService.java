package org.accord.core.service;

import java.time.LocalDate;
import java.util.List;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Action;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.MarkActionDone;

/** The owner says it is done: the button's card says so, and the chair hears of it. */
final class MarkActionDoneService implements MarkActionDone {

	private final PlanContext context;

	MarkActionDoneService(PlanContext context) {
		this.context = context;
	}

	@Override
	public Outcome markDone(Caller caller, Command command) {
		return context.withAction(caller, command.action(), (seat, action) -> {
			if (!action.answerableBy(caller.user(), PlanContext.role(seat))) {
				return PlanContext.notYours(action);
			}
			LocalDate today = context.today(seat.partnership());
			return context.change(action, a -> !a.answerable()
					? CompareAndSet.Change.refuse(PlanContext.notAnswerable(a, " already."))
					: CompareAndSet.Change.to(a.markedDone(today), done -> {
						Card said = new Card("Action " + done.number() + " is done", List.of(
								new Card.Part.Text("Action " + done.number() + " is done (" + today + "): " + Verbatim.of(done.text())
										+ ". Thank you; the chair discharges it at the review."),
								new Card.Part.Buttons(List.of(Card.Button.of("Undo",
										ButtonAction.forAction(ButtonAction.Kind.ACTION_UNDO_DONE, done.id().value()))))));
						// Pressed on a reminder, the reminder itself says so; typed, the answer does. Never both.
						return Outcome.builder().updateClicked(said).reply(said)
							.add(context.tellChair(seat, caller, PlanContext.mention(seat, caller) + " marked action " + done.number()
									+ " done: " + Verbatim.of(done.text())))
							.build();
					}));
		});
	}

	/** Pressed on a message, that message is the answer: no second one says the same. */
	static Outcome pressed(Outcome outcome) {
		boolean updates = outcome.deliveries().stream().anyMatch(org.accord.core.card.Delivery.UpdateClicked.class::isInstance);
		return !updates ? outcome : new Outcome(outcome.deliveries().stream()
			.filter(d -> !(d instanceof org.accord.core.card.Delivery.Reply)).toList());
	}

	/** Typed, there is no message to update: the answer is the reply alone. */
	static Outcome typed(Outcome outcome) {
		return new Outcome(outcome.deliveries().stream()
			.filter(d -> !(d instanceof org.accord.core.card.Delivery.UpdateClicked)).toList());
	}

	@Override
	public Outcome undo(Caller caller, Command command) {
		return context.withAction(caller, command.action(), (seat, action) -> {
			if (!action.answerableBy(caller.user(), PlanContext.role(seat))) {
				return PlanContext.notYours(action);
			}
			LocalDate today = context.today(seat.partnership());
			return context.change(action, a -> a.status() != Action.Status.DONE
					? CompareAndSet.Change.refuse("Action " + a.number() + " is " + a.status().words() + ", not done, so there is"
							+ " nothing to take back.")
					: CompareAndSet.Change.to(a.doneUndone(today), open -> {
						Card again = NudgeService.ownerCard(open, "Action " + open.number() + " is open again");
						return Outcome.builder().updateClicked(again).reply(again)
							.add(context.tellChair(seat, caller, PlanContext.mention(seat, caller) + " took back Done on action "
									+ open.number() + ": it is in progress again."))
							.build();
					}));
		});
	}

}
