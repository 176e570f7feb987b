package org.accord.core.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Card.Button;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Form;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.consensus.CriterionResult;
import org.accord.core.consensus.PlainWords;
import org.accord.core.consensus.RoundResult;
import org.accord.core.document.AssessmentForm;
import org.accord.core.document.CsvFormWriter;
import org.accord.core.document.DistributionChart;
import org.accord.core.document.DocxFormWriter;
import org.accord.core.document.XlsxFormWriter;
import org.accord.core.domain.AgreedText;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Member;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Response;
import org.accord.core.domain.Role;
import org.accord.core.domain.Round;
import org.accord.core.domain.Section;
import org.accord.core.domain.Settlement;
import org.accord.core.port.in.Caller;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;
import org.accord.core.stats.CriterionFigures;

/**
 * The chair's reconciling: closing a round, the consensus view, consensus rounds on what is disputed,
 * settling what is left, the board's agreed texts, and the form as documents.
 */
final class ConsensusService {

	private final Boards boards;

	private final AssessmentPort assessments;

	private final Ballots responses;

	private final MemberPort members;

	private final ConversationService conversation;

	private final Clock clock;

	ConsensusService(Boards boards, AssessmentPort assessments, Ballots responses, MemberPort members,
			ConversationService conversation, Clock clock) {
		this.boards = boards;
		this.assessments = assessments;
		this.responses = responses;
		this.members = members;
		this.conversation = conversation;
		this.clock = clock;
	}

	Outcome close(Boards.Seat seat, Caller caller) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can close a round.");
		}
		Optional<Assessment> current = assessments.current(seat.partnership().id());
		if (current.isEmpty() || !current.get().acceptsAnswers()) {
			return Outcome.reply("No round is open.");
		}
		Assessment before = current.get();
		Framework framework = conversation.frameworkOf(before);
		RoundResult result = Results.compute(before, framework, before.currentRound(), responses);
		Map<String, Settlement> agreed = new LinkedHashMap<>();
		for (CriterionResult r : result.criteria()) {
			if (r.agreed()) {
				agreed.put(r.criterion().id(), new Settlement(Settlement.How.AGREED, before.round(),
						framework.scale().levels().get(r.figures().modalRanks().get(0) - 1).key(), null));
			}
		}
		Optional<Assessment> after = assessments.update(before, before.withCurrentRoundClosed(agreed));
		if (after.isEmpty()) {
			return Outcome.reply("The assessment changed while closing the round; please try again.");
		}
		int disputed = result.criteria().size() - agreed.size();
		return Outcome.reply("Round " + before.round() + " is closed: " + agreed.size() + " of " + result.criteria().size()
				+ " criteria agreed, " + disputed + " still to settle. Late answers are now refused kindly. See the figures with `"
				+ caller.commandPrefix() + "consensus`.");
	}

	Outcome view(Boards.Seat seat, Caller caller) {
		if (!seat.member().map(m -> m.role().seesParticipation()).orElse(false)) {
			return Outcome.reply("The consensus view is for the chair and the facilitator; the board sees it with them.");
		}
		Optional<Assessment> current = assessments.current(seat.partnership().id());
		if (current.isEmpty()) {
			return Outcome.reply("No assessment is under way.");
		}
		Assessment assessment = current.get();
		Framework framework = conversation.frameworkOf(assessment);
		Results results = Results.of(assessment, framework, responses);
		if (results.round(1).isEmpty()) {
			return Outcome.reply("Round 1 is still open. Figures are shown only once a round is closed (`"
					+ caller.commandPrefix() + "close`), so that nobody can read a vote from a moving count.");
		}
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Heading("Consensus view · " + Verbatim.of(clip(assessment.title(), 100))));
		int agreed = 0;
		int chair = 0;
		List<String> disputed = new ArrayList<>();
		for (Criterion c : framework.criteria()) {
			Settlement s = assessment.settlements().get(c.id());
			if (s == null) {
				if (!(assessment.roundOpen() && assessment.currentRound().criteria().contains(c.id()))) {
					disputed.add(c.id());
				}
			}
			else if (s.how() == Settlement.How.AGREED) {
				agreed++;
			}
			else {
				chair++;
			}
		}
		StringBuilder head = new StringBuilder(agreed + " agreed · " + chair + " settled by the chair · " + disputed.size()
				+ " disputed, of " + framework.criterionCount() + ". ");
		RoundResult first = results.round(1).get();
		head.append("Agreement across round 1, Krippendorff's alpha (ordinal): ")
			.append(first.alpha().isPresent() ? PlainWords.alpha(first.alpha().getAsDouble()) : "not enough ratings")
			.append('.');
		if (assessment.roundOpen()) {
			head.append(" Round ").append(assessment.round()).append(" is open: its figures appear when it closes.");
		}
		head.append("\nAgreed means at least ").append(Math.round(assessment.agreementThreshold() * 100))
			.append("% chose one category; a distribution is shown only where at least ").append(assessment.minimumToShow() + 1)
			.append(" members rated, so that nobody's rating can be told from the rest.");
		parts.add(new Part.Text(head.toString()));
		PreviousCycle previous = PreviousCycle.of(assessments, assessment);
		for (Section section : framework.sections()) {
			StringBuilder lines = new StringBuilder("*" + section.id() + " " + section.title() + "*");
			for (Criterion c : section.criteria()) {
				lines.append("\n").append(line(assessment, framework, results, c))
					.append(previous.moved(framework, c.id(), assessment.settlements().get(c.id())));
			}
			parts.add(new Part.Text(lines.toString()));
		}
		List<Button> buttons = new ArrayList<>();
		if (seat.is(Role.CHAIR)) {
			if (!disputed.isEmpty() && !assessment.roundOpen()) {
				buttons.add(new Button("Consensus round…",
						ButtonAction.of(ButtonAction.Kind.ROUND_FORM, assessment.id().value(), assessment.round(), null), "primary"));
				if (reconcilable(assessment)) {
					buttons.add(new Button("Settle a criterion…",
							ButtonAction.of(ButtonAction.Kind.SETTLE, assessment.id().value(), assessment.round(), null), null));
				}
			}
			if (disputed.isEmpty() && !assessment.roundOpen() && reconcilable(assessment)) {
				buttons.add(new Button("Ask for endorsement",
						ButtonAction.of(ButtonAction.Kind.REQUEST_ENDORSEMENT, assessment.id().value(), assessment.round(), null),
						"primary"));
			}
		}
		if (seat.member().map(m -> m.role().seesParticipation()).orElse(false)) {
			buttons.add(new Button("Documents",
					ButtonAction.of(ButtonAction.Kind.EXPORT, assessment.id().value(), assessment.round(), null), null));
		}
		if (!buttons.isEmpty()) {
			parts.add(new Part.Buttons(buttons));
		}
		if (seat.is(Role.CHAIR)) {
			String p = caller.commandPrefix();
			parts.add(new Part.Context("Chosen criteria: `" + p + "round 1.2 3.4 due YYYY-MM-DD` · settle one: `" + p
					+ "settle 1.2 some success <note>` · the board's text: `" + p + "text 1.2` · documents: `" + p
					+ "export` · when all is settled: `" + p + "endorse`"));
		}
		AssessmentForm form = FormAssembler.form(results, LocalDate.now(clock), previous);
		return Outcome.builder()
			.reply(new Card("Consensus view · " + Verbatim.of(assessment.title()), parts))
			.file(caller.user(), "consensus-view.png", "Distributions · " + assessment.title(),
					DistributionChart.png(form, 1200, 600), "Ratings per criterion (criteria with too few answers left out)")
			.build();
	}

	private static String line(Assessment assessment, Framework framework, Results results, Criterion c) {
		Settlement s = assessment.settlements().get(c.id());
		Optional<CriterionResult> latest = results.latest(c.id());
		StringBuilder line = new StringBuilder("• *" + c.id() + "* ");
		if (s != null) {
			String level = framework.scale().level(s.levelKey()).map(Level::label).orElse(s.levelKey());
			line.append(s.how() == Settlement.How.AGREED ? "Agreed in round " + s.round() + ": *" + level + "*"
					: "Settled by the chair: *" + level + "*" + (s.note() == null ? "" : " (" + Verbatim.of(s.note()) + ")"));
		}
		else if (assessment.roundOpen() && assessment.currentRound().criteria().contains(c.id())) {
			line.append("In round ").append(assessment.round()).append(", open");
		}
		else {
			line.append("Disputed");
		}
		if (latest.isPresent()) {
			CriterionResult r = latest.get();
			line.append(" · ").append(PlainWords.agreement(framework, r));
			if (r.shown()) {
				CriterionFigures f = r.figures();
				line.append(" · ").append(PlainWords.counts(framework, r));
				line.append(String.format(Locale.ROOT, " · median %s, IQR %s, Cns %.2f", number(f.median().getAsDouble()),
						number(f.interquartileRange().getAsDouble()), f.consensus().getAsDouble()));
				if (s == null && f.proposalTied()) {
					int[] tie = f.tiedBetween();
					line.append(" · tie between ").append(framework.scale().levels().get(tie[0] - 1).label()).append(" and ")
						.append(framework.scale().levels().get(tie[1] - 1).label());
				}
				else if (s == null && f.proposedRank().isPresent()) {
					line.append(" · proposed: ").append(framework.scale().levels().get(f.proposedRank().getAsInt() - 1).label());
				}
			}
		}
		return line.toString();
	}

	/** How long a consensus round runs unless the chair says otherwise: two weeks, time for one board meeting. */
	static final int ROUND_DAYS = 14;

	/** The round form: every disputed criterion, all chosen at first, and a due date two weeks on. */
	Outcome roundForm(Caller caller, ButtonAction action) {
		return chairsForm(caller, action, "Only the chair can start a consensus round.", (seat, assessment) -> {
			List<Form.Choice> disputed = conversation.frameworkOf(assessment).criteria().stream()
				.filter(c -> !assessment.settlements().containsKey(c.id()))
				.map(c -> new Form.Choice(c.id(), c.id() + " " + c.title())).toList();
			if (disputed.isEmpty()) {
				return Outcome.reply("Nothing is disputed: every criterion is settled. Next: `" + caller.commandPrefix() + "endorse`.");
			}
			// A menu holds 100 options; a framework with more disputed than that leaves the rest to `round 1.2 3.4`.
			disputed = disputed.subList(0, Math.min(disputed.size(), Form.Input.CHOICES_MAX));
			LocalDate due = LocalDate.now(clock.withZone(seat.partnership().timezone())).plusDays(ROUND_DAYS);
			return Outcome.builder().openForm(new Form("Consensus round", "Open the round",
					ButtonAction.of(ButtonAction.Kind.ROUND_FORM, assessment.id().value(), assessment.round(), null).encode(),
					List.of(Form.Input.choices("criteria", "Disputed criteria to put to the board again", disputed,
							disputed.stream().map(Form.Choice::value).toList()),
							Form.Input.date("due", "Due", due.toString())))).build();
		});
	}

	/**
	 * A form of the chair's from a button of the consensus view: only for the chair, only for the assessment the
	 * button belongs to, and only once no round is open; else what stands in the way.
	 */
	private Outcome chairsForm(Caller caller, ButtonAction action, String notChair,
			java.util.function.BiFunction<Boards.Seat, Assessment, Outcome> form) {
		return boards.seat(caller.user()).map(seat -> {
			if (!seat.is(Role.CHAIR)) {
				return Outcome.reply(notChair);
			}
			Optional<Assessment> current = assessments.current(seat.partnership().id());
			if (current.isEmpty() || !current.get().id().value().equals(action.assessmentId())) {
				return Outcome.reply("That button belongs to an assessment that is no longer under way.");
			}
			if (current.get().roundOpen()) {
				return Outcome.reply("Round " + current.get().round() + " is still open: close it first with `"
						+ caller.commandPrefix() + "close`.");
			}
			return form.apply(seat, current.get());
		}).orElse(Outcome.reply("You are not on this board."));
	}

	/** The round form, submitted: the chosen criteria, and its due date. */
	Outcome roundSubmitted(Caller caller, ButtonAction action, Map<String, String> values) {
		return boards.seat(caller.user()).map(seat -> {
			Optional<Assessment> current = assessments.current(seat.partnership().id());
			if (current.isEmpty() || !current.get().id().value().equals(action.assessmentId())
					|| current.get().round() != action.round()) {
				return Outcome.reply("That form belongs to a round that is over; open the consensus view again.");
			}
			String criteria = values.get("criteria");
			if (criteria == null || criteria.isBlank()) {
				return Outcome.reply("Choose at least one criterion for the round.");
			}
			LocalDate due = null;
			if (values.get("due") != null) {
				Optional<LocalDate> parsed = DueDates.parse(values.get("due"));
				if (parsed.isEmpty()) {
					return Outcome.reply("Choose the day the round is due.");
				}
				due = parsed.get();
			}
			return startRound(seat, caller, List.of(criteria.split(",")).stream().map(String::strip).toList(), due);
		}).orElse(Outcome.reply("You are not on this board."));
	}

	/** {@code round [all | 1.2 3.4 …] [due YYYY-MM-DD]}: a consensus round on disputed criteria. */
	Outcome startRound(Boards.Seat seat, Caller caller, CommandText command) {
		List<String> words = command.after(1);
		LocalDate due = null;
		int dueAt = indexOf(words, "due");
		if (dueAt >= 0) {
			if (dueAt + 1 >= words.size()) {
				return Outcome.reply("Give the due date as YYYY-MM-DD, e.g. `due 2026-12-31`.");
			}
			Optional<LocalDate> parsed = DueDates.parse(words.get(dueAt + 1));
			if (parsed.isEmpty()) {
				return Outcome.reply("'" + words.get(dueAt + 1) + "' is not a date: write it as YYYY-MM-DD.");
			}
			due = parsed.get();
			List<String> rest = new ArrayList<>(words.subList(0, dueAt));
			rest.addAll(words.subList(dueAt + 2, words.size()));
			words = rest;
		}
		return startRound(seat, caller, words.isEmpty() || words.equals(List.of("all")) ? null : words, due);
	}

	Outcome startRound(Boards.Seat seat, Caller caller, List<String> chosen, LocalDate due) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can start a consensus round.");
		}
		Optional<Assessment> current = assessments.current(seat.partnership().id());
		if (current.isEmpty()) {
			return Outcome.reply("No assessment is under way.");
		}
		Assessment before = current.get();
		if (before.roundOpen()) {
			return Outcome.reply("Round " + before.round() + " is still open: close it first with `" + caller.commandPrefix()
					+ "close`.");
		}
		if (before.state() != Assessment.State.RECONCILING) {
			return Outcome.reply("Consensus rounds come before endorsement; this assessment is past that.");
		}
		Optional<String> problem = due == null ? Optional.empty()
				: DueDates.problem(due, LocalDate.now(clock.withZone(seat.partnership().timezone())));
		if (problem.isPresent()) {
			return Outcome.reply(problem.get());
		}
		Framework framework = conversation.frameworkOf(before);
		List<String> disputed = framework.criteria().stream().map(Criterion::id)
			.filter(id -> !before.settlements().containsKey(id)).toList();
		List<String> criteria;
		if (chosen == null) {
			criteria = disputed;
		}
		else {
			List<String> unknown = chosen.stream().filter(id -> framework.criterion(id).isEmpty()).toList();
			if (!unknown.isEmpty()) {
				return Outcome.reply("Not criteria of this framework: " + String.join(", ", unknown) + ".");
			}
			List<String> settled = chosen.stream().filter(before.settlements()::containsKey).toList();
			if (!settled.isEmpty()) {
				return Outcome.reply("Already settled, so not for another round: " + String.join(", ", settled) + ".");
			}
			criteria = framework.criteria().stream().map(Criterion::id).filter(chosen::contains).toList();
		}
		if (criteria.isEmpty()) {
			return Outcome.reply("Nothing is disputed: every criterion is settled. Next: `" + caller.commandPrefix() + "endorse`.");
		}
		Optional<Assessment> after = assessments.update(before, before.withRound(new Round(before.round() + 1, criteria, due, true)));
		if (after.isEmpty()) {
			return Outcome.reply("The assessment changed meanwhile; please try again.");
		}
		List<Member> raters = members.board(seat.partnership().id()).stream().filter(m -> m.role().rates()).toList();
		ConversationService.Opening opening = conversation.openRound(after.get(), raters);
		return Outcome.builder().reply("Consensus round " + after.get().round() + " is open on "
				+ criteria.size() + (criteria.size() == 1 ? " criterion" : " criteria") + " (" + String.join(", ", criteria)
				+ ")" + (due == null ? "" : ", due " + due) + ". " + opening.taking().size()
				+ " people have been sent the anonymous distribution and rationales, and may keep or change their rating;"
				+ " a rating nobody changes stands as it was."
				+ (opening.left().isEmpty() ? "" : " " + opening.left().size() + (opening.left().size() == 1
						? " person who joined after round 1 has" : " people who joined after round 1 have")
						+ " nothing to re-rate in it.")
				+ conversation.unreachable(opening.taking()))
			.add(opening.outcome())
			.build();
	}

	/** The chair's settling of one criterion, however asked for: typed, from the settle form, from elsewhere. */
	record Settle(String criterionId, String levelKey, String note) {
	}

	/** The most a settle note takes: it is shown in the consensus view and on the form beside the level. */
	static final int NOTE_MAX = 500;

	/** {@code settle <criterion> <category> [note…]}: the typed shortcut of {@link #settle(Boards.Seat, Caller, Settle)}. */
	Outcome settle(Boards.Seat seat, Caller caller, CommandText command) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can settle a criterion.");
		}
		List<String> words = command.after(1);
		String usage = "Write `" + caller.commandPrefix() + "settle 1.2 some success <note>`: the criterion, the category"
				+ " (its name or number), and a note on why.";
		if (words.size() < 2) {
			return Outcome.reply(usage);
		}
		Optional<Assessment> current = assessments.current(seat.partnership().id());
		if (current.isEmpty()) {
			return Outcome.reply("No assessment is under way.");
		}
		Framework framework = conversation.frameworkOf(current.get());
		Optional<LevelMatch> match = level(framework, words.subList(1, words.size()));
		if (match.isEmpty()) {
			return Outcome.reply("Which category? Use one of: " + String.join(", ",
					framework.scale().levels().stream().map(Level::label).toList()) + " (or 1–" + framework.scale().levels().size()
					+ "). " + usage);
		}
		String note = String.join(" ", words.subList(1 + match.get().words(), words.size())).strip();
		return settle(seat, caller, new Settle(words.get(0), match.get().level().key(), note));
	}

	/** The chair settles what the members could not: a level and, if they like, a note on why. */
	Outcome settle(Boards.Seat seat, Caller caller, Settle settle) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can settle a criterion.");
		}
		return change(seat, caller, assessment -> {
			Framework framework = conversation.frameworkOf(assessment);
			String id = settle.criterionId();
			if (id == null || framework.criterion(id).isEmpty()) {
				return Change.refuse(id == null ? "Choose the criterion to settle." : "There is no criterion " + id + " in this framework.");
			}
			if (assessment.roundOpen()) {
				return Change.refuse("Round " + assessment.round() + " is open: close it before settling.");
			}
			if (!reconcilable(assessment)) {
				return Change.refuse("The form is final: every responsible authority endorsed it as it stands.");
			}
			Settlement existing = assessment.settlements().get(id);
			if (existing != null && existing.how() == Settlement.How.AGREED) {
				return Change.refuse(id + " was agreed by the members in round " + existing.round() + "; it stays as they agreed.");
			}
			Optional<Level> level = settle.levelKey() == null ? Optional.empty() : framework.scale().level(settle.levelKey());
			if (level.isEmpty()) {
				return Change.refuse("Choose the category " + id + " is settled at: one of " + String.join(", ",
						framework.scale().levels().stream().map(Level::label).toList()) + ".");
			}
			String note = settle.note() == null ? "" : settle.note().strip();
			if (note.length() > NOTE_MAX) {
				return Change.refuse("A note takes " + NOTE_MAX + " characters at most; this one has " + note.length()
						+ ". Shorten it, or put the rest in the board's text for " + id + ".");
			}
			Settlement settlement = new Settlement(Settlement.How.CHAIR, assessment.lastRoundOf(id), level.get().key(),
					note.isEmpty() ? null : note);
			return Change.to(reopened(assessment).withSettlement(id, settlement),
					id + " settled by the chair: *" + level.get().label() + "*" + (note.isEmpty() ? "" : " (" + Verbatim.of(note) + ")") + "."
							+ reopenedWords(assessment));
		});
	}

	/** The settle form: a disputed criterion (none is chosen for the chair), its level, a note. */
	Outcome settleForm(Caller caller, ButtonAction action) {
		return chairsForm(caller, action, "Only the chair can settle a criterion.", (seat, assessment) -> {
			if (!reconcilable(assessment)) {
				return Outcome.reply("The form is final: every responsible authority endorsed it as it stands.");
			}
			Framework framework = conversation.frameworkOf(assessment);
			List<Form.Choice> disputed = framework.criteria().stream()
				.filter(c -> !assessment.settlements().containsKey(c.id()))
				.map(c -> new Form.Choice(c.id(), c.id() + " " + c.title()))
				.toList();
			if (disputed.isEmpty()) {
				return Outcome.reply("Nothing is disputed: every criterion is settled. Next: `" + caller.commandPrefix() + "endorse`.");
			}
			List<Form.Choice> levels = framework.scale().levels().stream().map(l -> new Form.Choice(l.key(), l.label())).toList();
			return Outcome.builder().openForm(new Form("Settle a criterion", "Settle",
					ButtonAction.of(ButtonAction.Kind.SETTLE, assessment.id().value(), assessment.round(), null).encode(),
					List.of(Form.Input.choice("criterion", "Disputed criterion", disputed.subList(0,
							Math.min(disputed.size(), Form.Input.CHOICES_MAX)), disputed.size() == 1 ? disputed.get(0).value() : null),
							Form.Input.choice("level", "Settled at", levels, null),
							new Form.Input("note", "Why (shown with the level)", "What the board weighed", true, null,
									Form.Type.TEXT, NOTE_MAX)))).build();
		});
	}

	/** The settle form, submitted. */
	Outcome settleSubmitted(Caller caller, ButtonAction action, Map<String, String> values) {
		return boards.seat(caller.user()).map(seat -> {
			Optional<Assessment> current = assessments.current(seat.partnership().id());
			if (current.isEmpty() || !current.get().id().value().equals(action.assessmentId())) {
				return Outcome.reply("That form belongs to an assessment that is no longer under way.");
			}
			return settle(seat, caller, new Settle(values.get("criterion"), values.get("level"), values.get("note")));
		}).orElse(Outcome.reply("You are not on this board."));
	}

	/** {@code text <criterion>}: a form pre-filled with members' anonymous evidence, for the board's shared text. */
	Outcome textForm(Boards.Seat seat, Caller caller, CommandText command) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair edits the board's agreed text.");
		}
		Optional<Assessment> current = assessments.current(seat.partnership().id());
		if (current.isEmpty()) {
			return Outcome.reply("No assessment is under way.");
		}
		Assessment assessment = current.get();
		String id = command.word(1);
		Framework framework = conversation.frameworkOf(assessment);
		if (framework.criterion(id).isEmpty()) {
			return Outcome.reply("Say which criterion, e.g. `" + caller.commandPrefix() + "text 1.2`.");
		}
		AgreedText text = assessment.agreedTexts().get(id);
		// The board's saved text, else the members' entries; a box takes 3,000 characters, and what does not
		// fit follows in a message, so that nothing a member wrote is dropped without a word.
		FittedText evidence = text != null ? new FittedText(text.evidence(), List.of())
				: FittedText.of(drawnEvidence(assessment, id, true), Form.TEXT_MAX);
		FittedText comment = text != null ? new FittedText(text.comment(), List.of())
				: FittedText.of(drawnEvidence(assessment, id, false), Form.TEXT_MAX);
		Outcome.Builder outcome = Outcome.builder()
			.openForm(new Form("Agreed text " + id, "Save",
					ButtonAction.of(ButtonAction.Kind.AGREED_TEXT, assessment.id().value(), assessment.round(), id).encode(),
					List.of(new Form.Input("evidence", "Evidence for " + id, "Drawn from members' anonymous evidence: edit it"
							+ " into the board's shared text" + notFitted(evidence), true, evidence.text()),
							new Form.Input("comment", "Additional comments", notFitted(comment).strip(), true, comment.text()))));
		if (!evidence.left().isEmpty()) {
			outcome.reply(FittedText.card("Evidence for " + id + " that did not fit in the form", evidence.left()));
		}
		if (!comment.left().isEmpty()) {
			outcome.reply(FittedText.card("Comments on " + id + " that did not fit in the form", comment.left()));
		}
		return outcome.build();
	}

	Outcome saveText(Caller caller, ButtonAction action, Map<String, String> values) {
		return boards.seat(caller.user()).map(seat -> {
			if (!seat.is(Role.CHAIR)) {
				return Outcome.reply("Only the chair edits the board's agreed text.");
			}
			return change(seat, caller, assessment -> {
				if (!assessment.id().value().equals(action.assessmentId()) || action.criterionId() == null
						|| conversation.frameworkOf(assessment).criterion(action.criterionId()).isEmpty()) {
					return Change.refuse("That form belongs to another assessment.");
				}
				if (!reconcilable(assessment)) {
					return Change.refuse("The form is final: every responsible authority endorsed it as it stands.");
				}
				return Change.to(reopened(assessment).withAgreedText(action.criterionId(),
						new AgreedText(blankToNull(values.get("evidence")), blankToNull(values.get("comment")))),
						"Saved the board's text for " + action.criterionId() + "." + reopenedWords(assessment));
			});
		}).orElse(Outcome.reply("You are not on this board."));
	}

	/** {@code export}: the form (DRAFT until every authority endorsed), the workbook and the CSV. */
	Outcome export(Boards.Seat seat, Caller caller) {
		if (!seat.member().map(m -> m.role().seesParticipation()).orElse(false)) {
			return Outcome.reply("The documents are for the chair and the facilitator.");
		}
		Optional<Assessment> current = assessments.current(seat.partnership().id());
		if (current.isEmpty()) {
			return Outcome.reply("No assessment is under way.");
		}
		return Outcome.builder().reply("Here are the documents.").add(documents(current.get(), caller.user())).build();
	}

	Outcome documents(Assessment assessment, PlatformUser to) {
		Results results = Results.of(assessment, conversation.frameworkOf(assessment), responses);
		AssessmentForm form = FormAssembler.form(results, LocalDate.now(clock), PreviousCycle.of(assessments, assessment));
		String stem = fileStem(assessment);
		String draft = form.draft() ? " (draft)" : "";
		return Outcome.builder()
			.file(to, stem + (form.draft() ? "-draft" : "") + ".docx", "Self-assessment form" + draft,
					DocxFormWriter.write(form), "The self-assessment form" + draft)
			.file(to, stem + ".xlsx", "Figures", XlsxFormWriter.write(form), "Figures per criterion and round")
			.file(to, stem + ".csv", "Figures (CSV)", CsvFormWriter.write(form), "The same figures as CSV")
			.build();
	}

	/** The form alone, as the authorities receive it to endorse. */
	Outcome formDocument(Assessment assessment, PlatformUser to) {
		AssessmentForm form = FormAssembler.form(Results.of(assessment, conversation.frameworkOf(assessment), responses),
				LocalDate.now(clock), PreviousCycle.of(assessments, assessment));
		String draft = form.draft() ? " (draft)" : "";
		return Outcome.builder()
			.file(to, fileStem(assessment) + (form.draft() ? "-draft" : "") + ".docx", "Self-assessment form" + draft,
					DocxFormWriter.write(form), "The self-assessment form" + draft)
			.build();
	}

	static String fileStem(Assessment assessment) {
		String stem = assessment.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return stem.isEmpty() ? "assessment" : stem;
	}

	private static String notFitted(FittedText text) {
		int left = text.left().size();
		return left == 0 ? "" : " (" + left + (left == 1 ? " entry" : " entries") + " did not fit in "
				+ String.format(Locale.UK, "%,d", Form.TEXT_MAX) + " characters: they follow in a message)";
	}

	/** Members' entries for a criterion, from rounds with enough answers to show, each once, in no member's order. */
	private List<String> drawnEvidence(Assessment assessment, String criterionId, boolean evidence) {
		List<String> lines = new ArrayList<>();
		Results results = Results.of(assessment, conversation.frameworkOf(assessment), responses);
		for (Round round : assessment.rounds()) {
			// A round with too few answers to show keeps its words to itself too.
			boolean shown = results.round(round.number()).flatMap(r -> r.criterion(criterionId))
				.map(CriterionResult::shown).orElse(false);
			if (round.open() || !round.criteria().contains(criterionId) || !shown) {
				continue;
			}
			for (Response r : responses.criterion(assessment.id(), round.number(), criterionId)) {
				if (r.evidence() == null) {
					continue;
				}
				String line = evidence ? evidenceLine(r) : r.evidence().comment();
				if (line != null && !line.isBlank() && !lines.contains(line.strip())) {
					lines.add(line.strip());
				}
			}
		}
		java.util.Collections.sort(lines);
		return lines;
	}

	private static String evidenceLine(Response r) {
		var e = r.evidence();
		if (e.text() == null || e.text().isBlank()) {
			return null;
		}
		List<String> where = new ArrayList<>();
		if (e.document() != null) {
			where.add(e.document());
		}
		if (e.page() != null) {
			where.add("p. " + e.page());
		}
		if (e.paragraph() != null) {
			where.add("para. " + e.paragraph());
		}
		return e.text().strip() + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")");
	}

	/** The chair may still change the form: while reconciling, or while endorsement is asked (which then restarts). */
	private static boolean reconcilable(Assessment assessment) {
		return assessment.state() == Assessment.State.RECONCILING || assessment.state() == Assessment.State.ENDORSING;
	}

	/**
	 * A change while endorsement is asked voids the endorsements given so far: they were of a form that no
	 * longer stands. The chair asks again with {@code endorse}.
	 */
	private static Assessment reopened(Assessment assessment) {
		return assessment.state() == Assessment.State.ENDORSING
				? assessment.withEndorsements(Assessment.State.RECONCILING, java.util.List.of()) : assessment;
	}

	private static String reopenedWords(Assessment assessment) {
		return assessment.state() == Assessment.State.ENDORSING
				? " The form has changed, so the endorsements asked for are void: ask again with `endorse`." : "";
	}

	/** Reads, changes and writes the current assessment by compare-and-set, retrying a few times if it moved. */
	Outcome change(Boards.Seat seat, Caller caller, java.util.function.Function<Assessment, Change> edit) {
		for (int attempt = 0; attempt < 5; attempt++) {
			Optional<Assessment> current = assessments.current(seat.partnership().id());
			if (current.isEmpty()) {
				return Outcome.reply("No assessment is under way.");
			}
			Change change = edit.apply(current.get());
			if (change.next() == null) {
				return Outcome.reply(change.message());
			}
			if (assessments.update(current.get(), change.next()).isPresent()) {
				return Outcome.reply(change.message());
			}
		}
		return Outcome.reply("The assessment is changing fast right now; please try again.");
	}

	record Change(Assessment next, String message) {

		static Change to(Assessment next, String message) {
			return new Change(next, message);
		}

		static Change refuse(String message) {
			return new Change(null, message);
		}

	}

	record LevelMatch(Level level, int words) {
	}

	/** A category by its label's words ("some success"), longest label first, else by number or key. */
	static Optional<LevelMatch> level(Framework framework, List<String> words) {
		List<Level> levels = framework.scale().levels();
		if (words.isEmpty()) {
			return Optional.empty();
		}
		LevelMatch best = null;
		for (Level level : levels) {
			String[] label = level.label().toLowerCase(Locale.ROOT).split("\\s+");
			if (label.length <= words.size() && (best == null || label.length > best.words())) {
				boolean same = true;
				for (int i = 0; i < label.length; i++) {
					same &= label[i].equals(words.get(i).toLowerCase(Locale.ROOT));
				}
				if (same) {
					best = new LevelMatch(level, label.length);
				}
			}
		}
		if (best != null) {
			return Optional.of(best);
		}
		String first = words.get(0).toLowerCase(Locale.ROOT);
		for (int i = 0; i < levels.size(); i++) {
			if (first.equals(Integer.toString(i + 1)) || first.equals(levels.get(i).key().toLowerCase(Locale.ROOT))) {
				return Optional.of(new LevelMatch(levels.get(i), 1));
			}
		}
		return Optional.empty();
	}

	private static int indexOf(List<String> words, String word) {
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).equalsIgnoreCase(word)) {
				return i;
			}
		}
		return -1;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String clip(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	private static String number(double d) {
		return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d).replaceAll("0+$", "");
	}

}
