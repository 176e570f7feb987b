package org.accord.core.service;

import java.time.LocalDate;

import org.accord.core.card.Card;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
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
					: CompareAndSet.Change.to(a.markedDone(today), done -> Outcome.builder()
						.updateClicked(Card.text("Action " + done.number() + " is done (" + today + "): " + Verbatim.of(done.text())
								+ ". Thank you; the chair discharges it at the review."))
						.reply("Marked action " + done.number() + " done.")
						.add(context.tellChair(seat, caller, PlanContext.mention(seat, caller) + " marked action " + done.number()
								+ " done: " + Verbatim.of(done.text())))
						.build()));
		});
	}

}
