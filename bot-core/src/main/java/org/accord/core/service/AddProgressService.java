package org.accord.core.service;

import java.time.LocalDate;
import java.util.List;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Form;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.port.in.AddProgress;
import org.accord.core.port.in.Caller;

/** A dated progress note on an action; the chair hears what moved. */
final class AddProgressService implements AddProgress {

	private final PlanContext context;

	AddProgressService(PlanContext context) {
		this.context = context;
	}

	@Override
	public Outcome openForm(Caller caller, String actionId) {
		return context.withAction(caller, actionId, (seat, action) -> action.answerableBy(caller.user(),
				PlanContext.role(seat))
						? Outcome.builder().openForm(new Form("Progress on action " + action.number(), "Save",
								ButtonAction.forAction(ButtonAction.Kind.ACTION_PROGRESS, action.id().value()).encode(),
								List.of(new Form.Input("note", "What has moved?", null, true, null).needed("Write what has moved.")))).build()
						: PlanContext.notYours(action));
	}

	@Override
	public Outcome addProgress(Caller caller, Command command) {
		return context.withAction(caller, command.action(), (seat, action) -> {
			if (!action.answerableBy(caller.user(), PlanContext.role(seat))) {
				return PlanContext.notYours(action);
			}
			LocalDate today = context.today(seat.partnership());
			return context.change(action, a -> !a.answerable()
					? CompareAndSet.Change.refuse(PlanContext.notAnswerable(a, "."))
					: CompareAndSet.Change.to(a.progressed(today, command.note()), noted -> Outcome.builder()
						.reply("Progress noted on action " + noted.number() + " (" + today + ").")
						.add(context.tellChair(seat, caller, PlanContext.mention(seat, caller) + " on action " + noted.number() + ": "
								+ Verbatim.of(command.note())))
						.build()));
		});
	}

}
