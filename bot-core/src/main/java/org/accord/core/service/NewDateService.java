package org.accord.core.service;

import java.time.LocalDate;
import java.util.List;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Card.Button;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Form;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Role;
import org.accord.core.domain.Action;
import org.accord.core.port.in.ActionRef;
import org.accord.core.port.in.AcceptNewDate;
import org.accord.core.port.in.DeclineNewDate;
import org.accord.core.port.in.AskForNewDate;
import org.accord.core.port.in.Caller;

/** An owner asks for a new due date and the chair accepts or declines it; the reminders follow the date. */
final class NewDateService implements AskForNewDate, AcceptNewDate, DeclineNewDate {

	/** The date the form offers first: two weeks on is what owners most often ask for. */
	private static final int OFFERED_DAYS = 14;

	private final PlanContext context;

	NewDateService(PlanContext context) {
		this.context = context;
	}

	@Override
	public Outcome openForm(Caller caller, String actionId) {
		return context.withAction(caller, actionId, (seat, action) -> {
			if (!action.answerableBy(caller.user(), PlanContext.role(seat))) {
				return PlanContext.notYours(action);
			}
			String offered = action.due() == null ? null : action.due().plusDays(OFFERED_DAYS).toString();
			return Outcome.builder().openForm(new Form("New date, action " + action.number(), "Ask the chair",
					ButtonAction.forAction(ButtonAction.Kind.ACTION_NEW_DATE, action.id().value()).encode(),
					List.of(Form.Input.date("date", "The date you can meet", offered),
							new Form.Input("reason", "Why (for the chair)", null, true, null)))).build();
		});
	}

	@Override
	public Outcome ask(Caller caller, AskForNewDate.Command command) {
		return context.withAction(caller, command.action(), (seat, action) -> {
			if (!action.answerableBy(caller.user(), PlanContext.role(seat))) {
				return PlanContext.notYours(action);
			}
			LocalDate date = command.date();
			if (!context.dueDate(seat.partnership(), date)) {
				return Outcome.reply(PlanContext.notADate(date.toString()));
			}
			if (seat.is(Role.CHAIR)) {
				return context.change(action, a -> !a.answerable() ? CompareAndSet.Change.refuse(PlanContext.notAnswerable(a, "."))
						: CompareAndSet.Change.to(a.dueMoved(date), moved -> {
							context.planner().action(seat.partnership(), moved);
							return Outcome.reply("Action " + moved.number() + " is now due " + moved.due() + ".");
						}));
			}
			return context.change(action, a -> !a.answerable() ? CompareAndSet.Change.refuse(PlanContext.notAnswerable(a, "."))
					: CompareAndSet.Change.to(a.newDateAsked(date), asked -> {
						Outcome.Builder outcome = Outcome.builder()
							.reply("Asked the chair to move action " + asked.number() + " to " + date + ".");
						context.chair(seat.partnership()).ifPresent(chair -> outcome.direct(chair.user(),
								new Card("New date asked for action " + asked.number(), List.of(
										new Part.Text(PlanContext.mention(seat, caller) + " asks to move action " + asked.number() + " ("
												+ Verbatim.of(asked.text()) + ") from " + asked.due() + " to *" + date + "*."
												+ (command.reason() == null ? "" : "\nWhy: " + Verbatim.of(command.reason()))),
										new Part.Buttons(List.of(new Button("Accept " + date,
												ButtonAction.forAction(ButtonAction.Kind.ACTION_ACCEPT_DATE, asked.id().value()),
												"primary"), new Button("Keep " + asked.due(),
												ButtonAction.forAction(ButtonAction.Kind.ACTION_DECLINE_DATE, asked.id().value()),
												null)))))));
						return outcome.build();
					}));
		});
	}

	@Override
	public Outcome accept(Caller caller, AcceptNewDate.Command command) {
		return answerRequest(caller, command.action(), "Only the chair accepts a new date.", Action::newDateAccepted,
				(seat, moved) -> {
					context.planner().action(seat.partnership(), moved);
					return Outcome.builder()
						.updateClicked(Card.text("Accepted: action " + moved.number() + " is now due " + moved.due() + "."))
						.direct(moved.ownerUser(), Card.text("The chair accepted your new date: action " + moved.number()
								+ " is now due " + moved.due() + "."))
						.build();
				});
	}

	@Override
	public Outcome decline(Caller caller, DeclineNewDate.Command command) {
		return answerRequest(caller, command.action(), "Only the chair answers a request for a new date.",
				Action::newDateDeclined, (seat, kept) -> Outcome.builder()
					.updateClicked(Card.text("Kept: action " + kept.number() + " stays due " + kept.due() + "."))
					.direct(kept.ownerUser(), Card.text("The chair kept the date of action " + kept.number() + ": it stays due "
							+ kept.due() + ". Talk to the chair if it cannot be met."))
					.build());
	}

	/** The chair's answer to a waiting request for a new date, either way: once, by compare-and-set. */
	private Outcome answerRequest(Caller caller, ActionRef ref, String notChair, java.util.function.UnaryOperator<Action> answer,
			java.util.function.BiFunction<Boards.Seat, Action, Outcome> then) {
		return context.withAction(caller, ref, (seat, action) -> {
			if (!seat.is(Role.CHAIR)) {
				return Outcome.reply(notChair);
			}
			if (!action.newDateWaiting()) {
				return Outcome.reply("No new date has been asked for action " + action.number() + ".");
			}
			return context.change(action, a -> !a.newDateWaiting()
					? CompareAndSet.Change.refuse("Action " + a.number() + " has no new date waiting.")
					: CompareAndSet.Change.to(answer.apply(a), answered -> then.apply(seat, answered)));
		});
	}

}
