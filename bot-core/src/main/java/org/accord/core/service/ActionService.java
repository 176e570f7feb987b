package org.accord.core.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Card.Button;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Form;
import org.accord.core.card.Mention;
import org.accord.core.card.Outcome;
import org.accord.core.port.in.Typed;
import org.accord.core.card.Verbatim;
import org.accord.core.document.ActionPlanDocuments;
import org.accord.core.domain.Action;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Member;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Role;
import org.accord.core.domain.Settlement;
import org.accord.core.port.in.Caller;
import org.accord.core.port.out.ActionPort;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;

/**
 * The action plan: actions proposed from the consensus or added by the chair, listed, and answered by
 * their owners (done, a progress note, a new date) until the chair discharges them.
 */
final class ActionService {

	private static final Pattern ADD = Pattern.compile("^action\\s+add\\s+\"([^\"]+)\"\\s+(" + Typed.MENTIONED + ")"
			+ "\\s+due\\s+(\\S+)(?:\\s+milestone\\s+\"([^\"]+)\")?(?:\\s+criterion\\s+(\\S+))?\\s*$", Pattern.CASE_INSENSITIVE);

	private final Boards boards;

	private final ActionPort actions;

	private final AssessmentPort assessments;

	private final MemberPort members;

	private final ConversationService conversation;

	private final NudgePlanner planner;

	private final Clock clock;

	ActionService(Boards boards, ActionPort actions, AssessmentPort assessments, MemberPort members,
			ConversationService conversation, NudgePlanner planner, Clock clock) {
		this.boards = boards;
		this.actions = actions;
		this.assessments = assessments;
		this.members = members;
		this.conversation = conversation;
		this.planner = planner;
		this.clock = clock;
	}

	/** {@code action …}: add, done, progress, date, accept, discharge, drop. */
	Outcome command(Boards.Seat seat, Caller caller, CommandText command) {
		String verb = command.word(1).toLowerCase(Locale.ROOT);
		if (verb.equals("add")) {
			return add(seat, caller, command);
		}
		String usage = "Use `" + caller.commandPrefix() + "action add \"<text>\" @owner due YYYY-MM-DD [milestone \"<text>\"]"
				+ " [criterion 2.3]`, or `action done|progress|date|accept|discharge|drop <number> …`.";
		if (verb.isEmpty()) {
			return Outcome.reply(usage);
		}
		int number;
		try {
			number = Integer.parseInt(command.word(2));
		}
		catch (NumberFormatException e) {
			return Outcome.reply("Say which action by its number, e.g. `" + caller.commandPrefix() + "action " + verb + " 3`. " + usage);
		}
		Optional<Action> action = actions.byNumber(seat.partnership().id(), number);
		if (action.isEmpty()) {
			return Outcome.reply("There is no action " + number + " in your plan. See `" + caller.commandPrefix() + "actions`.");
		}
		List<String> rest = command.after(3);
		return switch (verb) {
			case "done" -> done(seat, caller, action.get());
			case "progress" -> rest.isEmpty() ? Outcome.reply("Add the note, e.g. `" + caller.commandPrefix() + "action progress "
					+ number + " Draft protocol circulated`.") : progress(seat, caller, action.get(), String.join(" ", rest));
			case "date" -> rest.isEmpty() ? Outcome.reply("Give the new date as YYYY-MM-DD.") : newDate(seat, caller, action.get(), rest.get(0));
			case "accept" -> acceptDate(seat, caller, action.get());
			case "discharge" -> chairSets(seat, caller, action.get(), Action.Status.DISCHARGED, "discharged");
			case "drop" -> chairSets(seat, caller, action.get(), Action.Status.DROPPED, "dropped");
			default -> Outcome.reply(usage);
		};
	}

	private Outcome add(Boards.Seat seat, Caller caller, CommandText command) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair adds actions to the plan.");
		}
		if (command.words().size() <= 2) {
			return Outcome.builder().openForm(addForm(seat, null)).build();
		}
		Matcher m = ADD.matcher(command.raw().replace('\u201c', '"').replace('\u201d', '"'));
		if (!m.matches()) {
			return Outcome.reply("Write it as `" + caller.commandPrefix() + "action add \"Agree the information sharing protocol\""
					+ " @owner due 2027-03-31 milestone \"Signed by all five\" criterion 5.5` (milestone and criterion are optional),"
					+ " or `" + caller.commandPrefix() + "action add` alone for a form.");
		}
		Typed.Mentioned owner = command.mentionAfter(m.group(1));
		if (owner == null) {
			return Outcome.reply("Mention the action's owner after its text, e.g. `" + caller.commandPrefix()
					+ "action add \"Agree the protocol\" @owner due 2027-03-31`.");
		}
		return create(seat, caller, m.group(1), owner, m.group(3), m.group(4), m.group(5));
	}

	private Outcome create(Boards.Seat seat, Caller caller, String text, Typed.Mentioned named, String dueText, String milestone,
			String criterion) {
		Optional<LocalDate> due = futureDate(seat.partnership(), dueText);
		if (due.isEmpty()) {
			return Outcome.reply("'" + dueText + "' is not a date from today to the end of 2099: write it as YYYY-MM-DD.");
		}
		List<String> criteria = criterion == null || criterion.isBlank() ? List.of() : List.of(criterion.strip());
		String issue = null;
		Optional<Framework> framework = framework(seat);
		if (!criteria.isEmpty() && framework.isPresent()) {
			// Without an assessment under way there is no framework to check the link against; it is kept as given.
			Optional<Criterion> c = framework.get().criterion(criteria.get(0));
			if (c.isEmpty()) {
				return Outcome.reply("There is no criterion " + criteria.get(0) + " in the current assessment's framework.");
			}
			issue = c.get().id() + " " + c.get().title();
		}
		PlatformUser owner = new PlatformUser(caller.user().platform(), caller.user().workspace(), named.userId());
		String ownerName = members.find(seat.partnership().id(), owner).map(Member::name).orElse(named.name());
		Action created = actions.create(new Action(new Action.ActionId(UUID.randomUUID().toString()), seat.partnership().id(), 0,
				issue, text.strip(), criteria, members.find(seat.partnership().id(), owner).map(Member::id).orElse(null), owner,
				due.get(), blankToNull(milestone), Action.Status.OPEN, List.of(), null, 0));
		planned(seat.partnership(), created);
		return Outcome.builder()
			.reply("Added action " + created.number() + ": " + Verbatim.of(created.text()) + ", owned by "
					+ Mention.of(owner.userId(), ownerName) + ", due " + due.get()
					+ ". They will be reminded 7 days and 1 day before, on the day, and weekly if it runs over.")
			.direct(owner, NudgeService.ownerCard(created, "You own action " + created.number() + " of the plan"))
			.build();
	}

	/** The action's due-date nudges; the plan's six-monthly review runs from the day the form is final. */
	private void planned(Partnership partnership, Action action) {
		planner.action(partnership, action);
	}

	/** {@code actions [mine | overdue | export]}. */
	Outcome list(Boards.Seat seat, Caller caller, CommandText command) {
		String filter = command.word(1).toLowerCase(Locale.ROOT);
		if (filter.equals("export")) {
			return export(seat, caller);
		}
		LocalDate today = today(seat.partnership());
		List<Action> plan = actions.plan(seat.partnership().id()).stream()
			.filter(a -> a.status() != Action.Status.DROPPED)
			.filter(a -> switch (filter) {
				case "mine" -> caller.user().equals(a.ownerUser());
				case "overdue" -> a.overdue(today);
				default -> true;
			})
			.toList();
		if (!filter.isEmpty() && !filter.equals("mine") && !filter.equals("overdue")) {
			return Outcome.reply("`actions` takes `mine`, `overdue` or `export`, or nothing for the whole plan.");
		}
		if (plan.isEmpty()) {
			return Outcome.reply(filter.equals("mine") ? "You own no actions." : filter.equals("overdue") ? "Nothing is overdue."
					: "The plan has no actions yet." + (seat.is(Role.CHAIR) ? " Propose them from the consensus with `"
							+ caller.commandPrefix() + "plan`, or add one with `" + caller.commandPrefix() + "action add`." : ""));
		}
		StringBuilder text = new StringBuilder("*Action plan*" + (filter.isEmpty() ? "" : " · " + filter));
		Map<PlatformUser, String> names = new java.util.HashMap<>();
		members.board(seat.partnership().id()).forEach(m -> names.put(m.user(), m.name()));
		for (Action a : plan) {
			text.append("\n• *").append(a.number()).append("* ").append(Verbatim.of(a.text())).append(" · ")
				.append(a.ownerUser() == null ? "no owner yet" : Mention.of(a.ownerUser().userId(), names.get(a.ownerUser()))).append(" · ")
				.append(a.due() == null ? "no date" : "due " + a.due()).append(" · ").append(a.status().words())
				.append(a.overdue(today) ? " · *overdue*" : "")
				.append(a.requestedDue() != null ? " · new date asked: " + a.requestedDue() : "");
		}
		return Outcome.reply(text.toString());
	}

	/** For the home view: the person's own open actions, soonest first. */
	Optional<String> owned(Boards.Seat seat, PlatformUser user) {
		LocalDate today = today(seat.partnership());
		List<Action> mine = actions.plan(seat.partnership().id()).stream()
			.filter(a -> a.status().live() && user.equals(a.ownerUser()))
			.sorted(java.util.Comparator.comparing(Action::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList();
		if (mine.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder text = new StringBuilder("*My actions*");
		mine.forEach(a -> text.append("\n• *").append(a.number()).append("* ").append(Verbatim.of(a.text())).append(" · due ")
			.append(a.due()).append(a.overdue(today) ? " · *overdue*" : ""));
		return Optional.of(text.toString());
	}

	/** The plan as the seeds kept it: XLSX, CSV and DOCX, to the person who asked. */
	private Outcome export(Boards.Seat seat, Caller caller) {
		if (seat.member().isEmpty()) {
			return Outcome.reply("You are not on this board.");
		}
		List<ActionPlanDocuments.Row> rows = new ArrayList<>();
		for (Action a : actions.plan(seat.partnership().id())) {
			if (a.status() == Action.Status.DROPPED) {
				continue;
			}
			StringBuilder progress = new StringBuilder();
			a.notes().forEach(n -> progress.append(progress.length() == 0 ? "" : "\n").append(n.date()).append(": ").append(n.text()));
			rows.add(new ActionPlanDocuments.Row(Integer.toString(a.number()), a.issue(), a.text(),
					a.due() == null ? null : a.due().toString(), a.milestone(),
					a.ownerUser() == null ? null : a.ownerUser().platform() + " user " + a.ownerUser().userId(), a.status().words(),
					progress.toString()));
		}
		if (rows.isEmpty()) {
			return Outcome.reply("The plan has no actions to export yet.");
		}
		String title = "Action plan, " + today(seat.partnership());
		return Outcome.builder()
			.reply("Here is the action plan (" + rows.size() + " actions).")
			.file(caller.user(), "action-plan.xlsx", title, ActionPlanDocuments.xlsx(title, rows), "The action plan (XLSX)")
			.file(caller.user(), "action-plan.csv", title, ActionPlanDocuments.csv(rows), "The action plan (CSV)")
			.file(caller.user(), "action-plan.docx", title, ActionPlanDocuments.docx(title, rows), "The action plan (DOCX)")
			.build();
	}

	/** {@code plan}: a draft action for every criterion agreed at one of the scale's two lowest levels. */
	Outcome propose(Boards.Seat seat, Caller caller) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair drafts the action plan.");
		}
		Optional<Assessment> current = assessments.current(seat.partnership().id());
		if (current.isEmpty()) {
			return Outcome.reply("No assessment is under way to draw the plan from.");
		}
		Assessment assessment = current.get();
		Framework framework = conversation.frameworkOf(assessment);
		List<String> low = framework.scale().levels().subList(0, Math.min(2, framework.scale().levels().size())).stream()
			.map(l -> l.key()).toList();
		List<Action> plan = actions.plan(seat.partnership().id());
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Heading("Draft actions from the consensus"));
		int drafted = 0;
		for (Criterion c : framework.criteria()) {
			Settlement s = assessment.settlements().get(c.id());
			if (s == null || !low.contains(s.levelKey()) || plan.stream().anyMatch(a -> a.criteria().contains(c.id()))) {
				continue;
			}
			Action draft = actions.create(new Action(new Action.ActionId(UUID.randomUUID().toString()), seat.partnership().id(), 0,
					c.id() + " " + c.title(), "Address " + c.id() + ": " + c.title(), List.of(c.id()), null, null, null, null,
					Action.Status.DRAFT, List.of(), null, 0));
			plan = new ArrayList<>(plan);
			plan.add(draft);
			drafted++;
		}
		List<Action> drafts = plan.stream().filter(a -> a.status() == Action.Status.DRAFT).toList();
		if (drafts.isEmpty()) {
			return Outcome.reply("No criterion was settled at " + String.join(" or ", framework.scale().levels().subList(0, 2)
				.stream().map(l -> l.label()).toList()) + " without an action already, so there is nothing to draft.");
		}
		parts.add(new Part.Text(drafted + " new; " + drafts.size() + " awaiting you. Accept one to give it an owner, a date and a"
				+ " milestone (and edit its words), or drop it."));
		for (Action draft : drafts.subList(0, Math.min(drafts.size(), 15))) {
			parts.add(new Part.Text("*" + draft.number() + "* " + draft.issue()));
			parts.add(new Part.Buttons(List.of(
					new Button("Accept…", ButtonAction.forAction(ButtonAction.Kind.ACTION_ACCEPT_DRAFT, draft.id().value()), "primary"),
					Button.of("Drop", ButtonAction.forAction(ButtonAction.Kind.ACTION_DROP_DRAFT, draft.id().value())))));
		}
		return Outcome.reply(new Card("Draft actions", parts));
	}

	/** A pressed button about an action. */
	Outcome act(Caller caller, ButtonAction button) {
		Optional<Boards.Seat> seat = boards.seat(caller.user());
		Optional<Action> action = actions.find(new Action.ActionId(button.actionId()));
		if (seat.isEmpty() || action.isEmpty() || !action.get().partnershipId().equals(seat.get().partnership().id())) {
			return Outcome.reply("That action is not one of your board's.");
		}
		return switch (button.kind()) {
			case ACTION_DONE -> done(seat.get(), caller, action.get());
			case ACTION_PROGRESS -> owns(seat.get(), caller, action.get())
					? Outcome.builder().openForm(new Form("Progress on action " + action.get().number(), "Save",
							button.encode(), List.of(new Form.Input("note", "What has moved?", null, true, null)))).build()
					: notYours(action.get());
			case ACTION_NEW_DATE -> owns(seat.get(), caller, action.get())
					? Outcome.builder().openForm(new Form("New date, action " + action.get().number(), "Ask the chair",
							button.encode(), List.of(Form.Input.date("date", "The date you can meet",
									String.valueOf(action.get().due().plusDays(14))),
									new Form.Input("reason", "Why (for the chair)", null, true, null)))).build()
					: notYours(action.get());
			case ACTION_ACCEPT_DATE -> acceptDate(seat.get(), caller, action.get());
			case ACTION_ACCEPT_DRAFT -> seat.get().is(Role.CHAIR)
					? Outcome.builder().openForm(addForm(seat.get(), action.get())).build()
					: Outcome.reply("Only the chair accepts draft actions.");
			case ACTION_DROP_DRAFT -> chairSets(seat.get(), caller, action.get(), Action.Status.DROPPED, "dropped");
			default -> Outcome.reply("That button is not one of the plan's.");
		};
	}

	/** A submitted form about an action: progress, a new date, a new or accepted action. */
	Outcome submit(Caller caller, ButtonAction button, Map<String, String> values) {
		Optional<Boards.Seat> seat = boards.seat(caller.user());
		if (seat.isEmpty() || seat.get().member().isEmpty() && button.kind() != ButtonAction.Kind.ACTION_PROGRESS
				&& button.kind() != ButtonAction.Kind.ACTION_NEW_DATE) {
			return Outcome.reply("You are not on this board.");
		}
		if (button.kind() == ButtonAction.Kind.ACTION_ADD && button.actionId().isEmpty()) {
			if (!seat.get().is(Role.CHAIR)) {
				return Outcome.reply("Only the chair adds actions to the plan.");
			}
			String owner = values.get("owner");
			if (owner == null || values.get("text") == null || values.get("due") == null) {
				return Outcome.reply("An action needs its text, an owner and a due date.");
			}
			return create(seat.get(), caller, values.get("text"), new Typed.Mentioned(owner, null), values.get("due"), values.get("milestone"),
					values.get("criterion"));
		}
		Optional<Action> action = actions.find(new Action.ActionId(button.actionId()));
		if (action.isEmpty() || !action.get().partnershipId().equals(seat.get().partnership().id())) {
			return Outcome.reply("That action is not one of your board's.");
		}
		return switch (button.kind()) {
			case ACTION_PROGRESS -> progress(seat.get(), caller, action.get(), values.getOrDefault("note", ""));
			case ACTION_NEW_DATE -> newDate(seat.get(), caller, action.get(), values.getOrDefault("date", ""),
					values.get("reason"));
			case ACTION_ADD -> accept(seat.get(), caller, action.get(), values);
			default -> Outcome.reply("That form has expired; please open it again.");
		};
	}

	/** The form adding an action, or accepting a draft; the owner is picked from the chair's platform's people. */
	private Form addForm(Boards.Seat seat, Action draft) {
		String id = draft == null ? "" : draft.id().value();
		String platform = seat.member().map(m -> m.user().platform()).orElse("");
		List<Form.Choice> people = members.board(seat.partnership().id()).stream().filter(m -> m.user().platform().equals(platform))
			.map(m -> new Form.Choice(m.user().userId(), m.name() != null ? m.name() : m.roleWords() + " (" + m.user().userId() + ")"))
			.toList();
		return new Form(draft == null ? "New action" : "Accept action " + draft.number(), draft == null ? "Add" : "Accept",
				ButtonAction.forAction(ButtonAction.Kind.ACTION_ADD, id).encode(),
				List.of(new Form.Input("text", "Action", "What will be done", true, draft == null ? null : draft.text()),
						Form.Input.person("owner", "Owner", draft == null || draft.ownerUser() == null ? null : draft.ownerUser().userId(),
								people),
						Form.Input.date("due", "Due", draft == null || draft.due() == null ? null : draft.due().toString()),
						new Form.Input("milestone", "Milestone", "How the board will know it is on track", false,
								draft == null ? null : draft.milestone()),
						new Form.Input("criterion", "Criterion (optional)", "e.g. 2.3", false,
								draft == null || draft.criteria().isEmpty() ? null : draft.criteria().get(0))));
	}

	private Outcome accept(Boards.Seat seat, Caller caller, Action draft, Map<String, String> values) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair accepts draft actions.");
		}
		Optional<LocalDate> due = futureDate(seat.partnership(), values.getOrDefault("due", ""));
		String ownerId = values.get("owner");
		if (due.isEmpty() || ownerId == null) {
			return Outcome.reply("An accepted action needs an owner and a due date from today to 2099.");
		}
		PlatformUser ownerUser = new PlatformUser(caller.user().platform(), caller.user().workspace(), ownerId);
		Member owner = members.find(seat.partnership().id(), ownerUser)
			.orElse(new Member(null, seat.partnership().id(), ownerUser, Role.MEMBER, null));
		String ownerName = owner.name();
		String text = values.getOrDefault("text", draft.text());
		return change(draft, a -> a.status() == Action.Status.DRAFT ? a.withPlan(text, owner, due.get(), values.get("milestone")) : null,
				accepted -> {
					planned(seat.partnership(), accepted);
					return Outcome.builder()
						.reply("Accepted action " + accepted.number() + ": " + Verbatim.of(accepted.text()) + ", owned by "
								+ Mention.of(ownerId, ownerName) + ", due "
								+ accepted.due() + ".")
						.direct(ownerUser, NudgeService.ownerCard(accepted, "You own action " + accepted.number() + " of the plan"))
						.build();
				}, "Action " + draft.number() + " is no longer a draft.");
	}

	private Outcome done(Boards.Seat seat, Caller caller, Action action) {
		if (!owns(seat, caller, action)) {
			return notYours(action);
		}
		LocalDate today = today(seat.partnership());
		return change(action, a -> a.status().live() ? a.withNote(today, "Done").withStatus(Action.Status.DONE) : null,
				done -> Outcome.builder()
					.updateClicked(Card.text("Action " + done.number() + " is done (" + today + "): " + done.text()
							+ ". Thank you; the chair discharges it at the review."))
					.reply("Marked action " + done.number() + " done.")
					.add(tellChair(seat, caller, caller(seat, caller) + " marked action " + done.number() + " done: "
							+ done.text()))
					.build(),
				"Action " + action.number() + " is " + action.status().words() + " already.");
	}

	private Outcome progress(Boards.Seat seat, Caller caller, Action action, String note) {
		if (!owns(seat, caller, action)) {
			return notYours(action);
		}
		if (note.isBlank()) {
			return Outcome.reply("Write what has moved.");
		}
		LocalDate today = today(seat.partnership());
		return change(action, a -> a.status().live() ? a.withNote(today, note.strip()) : null,
				noted -> Outcome.builder().reply("Progress noted on action " + noted.number() + " (" + today + ").")
					.add(tellChair(seat, caller, caller(seat, caller) + " on action " + noted.number() + ": " + note.strip()))
					.build(),
				"Action " + action.number() + " is " + action.status().words() + ".");
	}

	private Outcome newDate(Boards.Seat seat, Caller caller, Action action, String dateText) {
		return newDate(seat, caller, action, dateText, null);
	}

	private Outcome newDate(Boards.Seat seat, Caller caller, Action action, String dateText, String reason) {
		if (!owns(seat, caller, action)) {
			return notYours(action);
		}
		Optional<LocalDate> date = futureDate(seat.partnership(), dateText);
		if (date.isEmpty()) {
			return Outcome.reply("'" + dateText + "' is not a date from today to the end of 2099: write it as YYYY-MM-DD.");
		}
		if (seat.is(Role.CHAIR)) {
			return change(action, a -> a.status().live() ? a.withDue(date.get()) : null, moved -> {
				planner.action(seat.partnership(), moved);
				return Outcome.reply("Action " + moved.number() + " is now due " + moved.due() + ".");
			}, "Action " + action.number() + " is " + action.status().words() + ".");
		}
		return change(action, a -> a.status().live() ? a.withRequestedDue(date.get()) : null, asked -> {
			Outcome.Builder outcome = Outcome.builder().reply("Asked the chair to move action " + asked.number() + " to " + date.get() + ".");
			chair(seat).ifPresent(chair -> outcome.direct(chair.user(), new Card("New date asked for action " + asked.number(),
					List.of(new Part.Text(caller(seat, caller) + " asks to move action " + asked.number() + " (" + asked.text()
							+ ") from " + asked.due() + " to *" + date.get() + "*." + (reason == null ? "" : "\nWhy: " + reason)),
							new Part.Buttons(List.of(new Button("Accept " + date.get(),
									ButtonAction.forAction(ButtonAction.Kind.ACTION_ACCEPT_DATE, asked.id().value()), "primary")))))));
			return outcome.build();
		}, "Action " + action.number() + " is " + action.status().words() + ".");
	}

	private Outcome acceptDate(Boards.Seat seat, Caller caller, Action action) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair accepts a new date.");
		}
		if (action.requestedDue() == null) {
			return Outcome.reply("No new date has been asked for action " + action.number() + ".");
		}
		LocalDate date = action.requestedDue();
		return change(action, a -> a.requestedDue() != null ? a.withDue(a.requestedDue()) : null, moved -> {
			planner.action(seat.partnership(), moved);
			return Outcome.builder()
				.updateClicked(Card.text("Accepted: action " + moved.number() + " is now due " + moved.due() + "."))
				.direct(moved.ownerUser(), Card.text("The chair accepted your new date: action " + moved.number() + " is now due "
						+ date + "."))
				.build();
		}, "Action " + action.number() + " has no new date waiting.");
	}

	private Outcome chairSets(Boards.Seat seat, Caller caller, Action action, Action.Status status, String words) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can mark an action " + words + ".");
		}
		if (status == Action.Status.DISCHARGED && action.status() == Action.Status.DRAFT) {
			return Outcome.reply("Action " + action.number() + " is a draft: accept or drop it.");
		}
		return change(action, a -> a.status() == status ? null : a.withStatus(status),
				changed -> Outcome.builder().updateClicked(Card.text("Action " + changed.number() + " " + words + "."))
					.reply("Action " + changed.number() + " " + words + ".").build(),
				"Action " + action.number() + " is " + words + " already.");
	}

	/** Compare-and-set with a few retries; {@code edit} returns null when the change no longer applies. */
	private Outcome change(Action action, Function<Action, Action> edit, Function<Action, Outcome> then, String refusal) {
		Action current = action;
		for (int attempt = 0; attempt < 5; attempt++) {
			Action next = edit.apply(current);
			if (next == null) {
				return Outcome.reply(refusal);
			}
			Optional<Action> stored = actions.update(current, next);
			if (stored.isPresent()) {
				return then.apply(stored.get());
			}
			Optional<Action> again = actions.find(action.id());
			if (again.isEmpty()) {
				break;
			}
			current = again.get();
		}
		return Outcome.reply("The action is changing right now; please try again.");
	}

	private boolean owns(Boards.Seat seat, Caller caller, Action action) {
		return caller.user().equals(action.ownerUser()) || seat.is(Role.CHAIR);
	}

	private static Outcome notYours(Action action) {
		return Outcome.reply("Only the action's owner or the chair can answer for action " + action.number() + ".");
	}

	private Outcome tellChair(Boards.Seat seat, Caller caller, String text) {
		Optional<Member> chair = chair(seat);
		if (chair.isEmpty() || chair.get().user().equals(caller.user())) {
			return Outcome.builder().build();
		}
		return Outcome.builder().direct(chair.get().user(), Card.text(text)).build();
	}

	/** The person answering, named as the board knows them. */
	private static String caller(Boards.Seat seat, Caller caller) {
		return Mention.of(caller.user().userId(), caller.name() != null ? caller.name() : seat.member().map(Member::name).orElse(null));
	}

	private Optional<Member> chair(Boards.Seat seat) {
		return members.board(seat.partnership().id()).stream().filter(m -> m.role() == Role.CHAIR).findFirst();
	}

	private Optional<Framework> framework(Boards.Seat seat) {
		return assessments.current(seat.partnership().id()).map(conversation::frameworkOf);
	}

	private Optional<LocalDate> futureDate(Partnership partnership, String text) {
		return DueDates.parse(text).filter(date -> DueDates.problem(date, today(partnership)).isEmpty());
	}

	LocalDate today(Partnership partnership) {
		return LocalDate.now(clock.withZone(partnership.timezone()));
	}

	/** An action in a few lines, as its owner and the chair read it. */
	static String describe(Action action) {
		StringBuilder text = new StringBuilder("*" + Verbatim.of(action.text()) + "*");
		if (action.issue() != null) {
			text.append("\nIssue: ").append(Verbatim.of(action.issue()));
		}
		text.append("\nDue: ").append(action.due() == null ? "no date" : action.due());
		if (action.milestone() != null) {
			text.append(" · Milestone: ").append(Verbatim.of(action.milestone()));
		}
		if (!action.notes().isEmpty()) {
			Action.Note last = action.notes().get(action.notes().size() - 1);
			text.append("\nLast progress (").append(last.date()).append("): ").append(Verbatim.of(last.text()));
		}
		return text.toString();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
