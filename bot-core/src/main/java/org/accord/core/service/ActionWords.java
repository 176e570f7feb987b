package org.accord.core.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.in.AcceptNewDate;
import org.accord.core.port.in.DeclineNewDate;
import org.accord.core.port.in.ActionRef;
import org.accord.core.port.in.AddAction;
import org.accord.core.port.in.AddProgress;
import org.accord.core.port.in.AskForNewDate;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.DischargeAction;
import org.accord.core.port.in.DropAction;
import org.accord.core.port.in.ListActions;
import org.accord.core.port.in.MarkActionDone;
import org.accord.core.port.in.Typed;

/**
 * The plan as typed: {@code action add|done|progress|date|accept|discharge|drop …}, {@code actions [mine|overdue|export]}
 * and {@code plan}. Reads the words into a use case's command and calls it; what the words cannot say is answered
 * with how to write them. Who may do what is the use case's to decide, not this reader's.
 */
final class ActionWords {

	private static final Pattern ADD = Pattern.compile("^action\\s+add\\s+\"([^\"]+)\"\\s+(" + Typed.MENTIONED + ")"
			+ "\\s+due\\s+(\\S+)(?:\\s+milestone\\s+\"([^\"]+)\")?(?:\\s+criterion\\s+(\\S+))?\\s*$", Pattern.CASE_INSENSITIVE);

	private final PlanUseCases plan;

	ActionWords(PlanUseCases plan) {
		this.plan = plan;
	}

	/** {@code action …}: add, done, progress, date, accept, discharge, drop. */
	Outcome command(Caller caller, CommandText command) {
		String verb = command.word(1).toLowerCase(Locale.ROOT);
		if (verb.equals("add")) {
			return add(caller, command);
		}
		String p = caller.commandPrefix();
		String usage = "Use `" + p + "action add \"<text>\" @owner due YYYY-MM-DD [milestone \"<text>\"]"
				+ " [criterion 2.3]`, or `action done|undo|progress|date|accept|keep|discharge|drop <number> …`.";
		if (verb.isEmpty()) {
			return Outcome.reply(usage);
		}
		ActionRef action;
		try {
			action = ActionRef.number(Integer.parseInt(command.word(2)));
		}
		catch (IllegalArgumentException e) {
			return Outcome.reply("Say which action by its number, e.g. `" + p + "action " + verb + " 3`. " + usage);
		}
		List<String> rest = command.after(3);
		return switch (verb) {
			case "done" -> MarkActionDoneService.typed(plan.markActionDone().markDone(caller, new MarkActionDone.Command(action)));
			case "undo" -> MarkActionDoneService.typed(plan.markActionDone().undo(caller, new MarkActionDone.Command(action)));
			case "progress" -> rest.isEmpty()
					? Outcome.reply("Add the note, e.g. `" + p + "action progress " + action.number() + " Draft protocol circulated`.")
					: CommandRecords.checked(() -> new AddProgress.Command(action, String.join(" ", rest)), c -> plan.addProgress().addProgress(caller, c));
			case "date" -> rest.isEmpty() ? Outcome.reply("Give the new date as YYYY-MM-DD.") : DueDates.parse(rest.get(0))
				.map(date -> plan.askForNewDate().ask(caller, new AskForNewDate.Command(action, date, null)))
				.orElse(Outcome.reply(PlanContext.notADate(rest.get(0))));
			case "accept" -> plan.acceptNewDate().accept(caller, new AcceptNewDate.Command(action));
			case "keep" -> plan.declineNewDate().decline(caller, new DeclineNewDate.Command(action));
			case "discharge" -> plan.dischargeAction().discharge(caller, new DischargeAction.Command(action));
			case "drop" -> plan.dropAction().drop(caller, new DropAction.Command(action));
			default -> Outcome.reply(usage);
		};
	}

	/** {@code action add "<text>" @owner due YYYY-MM-DD [milestone "<text>"] [criterion 2.3]}, or alone for the form. */
	private Outcome add(Caller caller, CommandText command) {
		if (command.words().size() <= 2) {
			return plan.addAction().openForm(caller);
		}
		String p = caller.commandPrefix();
		// Phones and word processors curl the quotes people type.
		Matcher m = ADD.matcher(command.raw().replace('\u201c', '"').replace('\u201d', '"'));
		if (!m.matches()) {
			return Outcome.reply("Write it as `" + p + "action add \"Agree the information sharing protocol\""
					+ " @owner due 2027-03-31 milestone \"Signed by all five\" criterion 5.5` (milestone and criterion are optional),"
					+ " or `" + p + "action add` alone for a form.");
		}
		Typed.Mentioned owner = command.mentionAfter(m.group(1));
		if (owner == null) {
			return Outcome.reply("Mention the action's owner after its text, e.g. `" + p
					+ "action add \"Agree the protocol\" @owner due 2027-03-31`.");
		}
		Optional<LocalDate> due = DueDates.parse(m.group(3));
		if (due.isEmpty()) {
			return Outcome.reply(PlanContext.notADate(m.group(3)));
		}
		return CommandRecords.checked(() -> new AddAction.Command(m.group(1), person(caller, owner.userId()), owner.name(), due.get(), m.group(4),
				m.group(5)), c -> plan.addAction().add(caller, c));
	}

	/** {@code actions [mine | overdue | export]}. */
	Outcome list(Caller caller, CommandText command) {
		return switch (command.word(1).toLowerCase(Locale.ROOT)) {
			case "" -> plan.listActions().list(caller, new ListActions.Command(ListActions.Which.ALL));
			case "mine" -> plan.listActions().list(caller, new ListActions.Command(ListActions.Which.MINE));
			case "overdue" -> plan.listActions().list(caller, new ListActions.Command(ListActions.Which.OVERDUE));
			case "export" -> plan.exportActionPlan().export(caller);
			default -> Outcome.reply("`actions` takes `mine`, `overdue` or `export`, or nothing for the whole plan.");
		};
	}

	/** {@code plan}. */
	Outcome propose(Caller caller) {
		return plan.proposePlan().propose(caller);
	}

	/** A person the caller named, by the id their platform gave: on the caller's own platform and workspace. */
	static PlatformUser person(Caller caller, String userId) {
		return userId == null || userId.isBlank() ? null
				: new PlatformUser(caller.user().platform(), caller.user().workspace(), userId.strip());
	}

}
