package org.accord.core.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Outcome;
import org.accord.core.port.in.AcceptDraftAction;
import org.accord.core.port.in.AcceptNewDate;
import org.accord.core.port.in.DeclineNewDate;
import org.accord.core.port.in.ActionRef;
import org.accord.core.port.in.AddAction;
import org.accord.core.port.in.AddProgress;
import org.accord.core.port.in.AskForNewDate;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.DropAction;
import org.accord.core.port.in.MarkActionDone;

/**
 * The plan's buttons and forms, read into the same commands the typed words make: a press or a submission reaches
 * the same use case, under the same rules, as its typed shortcut.
 */
final class ActionForms {

	private final PlanUseCases plan;

	ActionForms(PlanUseCases plan) {
		this.plan = plan;
	}

	/** A pressed button about an action. */
	Outcome act(Caller caller, ButtonAction button) {
		String id = button.actionId();
		if (id.isBlank()) {
			return Outcome.reply(PlanContext.NOT_OURS);
		}
		return switch (button.kind()) {
			case ACTION_DONE -> MarkActionDoneService.pressed(CommandRecords.checked(() -> new MarkActionDone.Command(ActionRef.id(id)),
					c -> plan.markActionDone().markDone(caller, c)));
			case ACTION_UNDO_DONE -> MarkActionDoneService.pressed(CommandRecords.checked(
					() -> new MarkActionDone.Command(ActionRef.id(id)), c -> plan.markActionDone().undo(caller, c)));
			case ACTION_PROGRESS -> plan.addProgress().openForm(caller, id);
			case ACTION_NEW_DATE -> plan.askForNewDate().openForm(caller, id);
			case ACTION_ACCEPT_DATE -> CommandRecords.checked(() -> new AcceptNewDate.Command(ActionRef.id(id)),
					c -> plan.acceptNewDate().accept(caller, c));
			case ACTION_DECLINE_DATE -> CommandRecords.checked(() -> new DeclineNewDate.Command(ActionRef.id(id)),
					c -> plan.declineNewDate().decline(caller, c));
			case ACTION_ACCEPT_DRAFT -> plan.acceptDraftAction().openForm(caller, id);
			case ACTION_DROP_DRAFT -> CommandRecords.checked(() -> new DropAction.Command(ActionRef.id(id)),
					c -> plan.dropAction().drop(caller, c));
			default -> Outcome.reply("That button is not one of the plan's.");
		};
	}

	/** The form for a new action, as `action add` opens it. */
	Outcome addForm(Caller caller) {
		return plan.addAction().openForm(caller);
	}

	/** The chair's button drafting the plan from the consensus. */
	Outcome propose(Caller caller) {
		return plan.proposePlan().propose(caller);
	}

	/** A submitted form about an action: progress, a new date, a new or accepted action. */
	Outcome submit(Caller caller, ButtonAction button, Map<String, String> values) {
		String id = button.actionId();
		if (id.isBlank() && button.kind() != ButtonAction.Kind.ACTION_ADD) {
			return Outcome.reply(PlanContext.NOT_OURS);
		}
		return switch (button.kind()) {
			case ACTION_ADD -> id.isEmpty() ? added(caller, values) : CommandRecords.checked(() -> new AcceptDraftAction.Command(id,
					values.get("text"), ActionWords.person(caller, values.get("owner")), DueDates.parse(values.get("due")).orElse(null),
					values.get("milestone")), c -> plan.acceptDraftAction().accept(caller, c));
			case ACTION_PROGRESS -> CommandRecords.checked(() -> new AddProgress.Command(ActionRef.id(id), values.get("note")),
					c -> plan.addProgress().addProgress(caller, c));
			case ACTION_NEW_DATE -> dated(values.get("date"), date -> CommandRecords.checked(() -> new AskForNewDate.Command(
					ActionRef.id(id), date, values.get("reason")), c -> plan.askForNewDate().ask(caller, c)));
			default -> Outcome.reply("That form has expired; please open it again.");
		};
	}

	private Outcome added(Caller caller, Map<String, String> values) {
		return dated(values.get("due"), due -> CommandRecords.checked(() -> new AddAction.Command(values.get("text"),
				ActionWords.person(caller, values.get("owner")), null, due, values.get("milestone"), values.get("criterion")),
				c -> plan.addAction().add(caller, c)));
	}

	/** A date picked or typed on a form: none given is the command's to refuse; one that is not a date is said so here. */
	private static Outcome dated(String text, Function<LocalDate, Outcome> then) {
		if (text == null || text.isBlank()) {
			return then.apply(null);
		}
		return DueDates.parse(text).map(then).orElse(Outcome.reply(PlanContext.notADate(text.strip())));
	}

}
