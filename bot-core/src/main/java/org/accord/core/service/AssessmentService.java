package org.accord.core.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Form;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Member;
import org.accord.core.domain.Participation;
import org.accord.core.domain.Role;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.StartAssessment;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;

/** {@code start} and {@code status}: opening a cycle's first round, and how far the board has got. */
final class AssessmentService implements StartAssessment {

	private final Boards boards;

	private final AssessmentPort assessments;

	private final MemberPort members;

	private final Places participation;

	private final RoundProgress progress;

	private final FrameworkCatalog frameworks;

	private final ConversationService conversation;

	private final java.time.Clock clock;

	AssessmentService(Boards boards, AssessmentPort assessments, MemberPort members, Places participation,
			FrameworkCatalog frameworks, ConversationService conversation, java.time.Clock clock) {
		this.boards = boards;
		this.assessments = assessments;
		this.members = members;
		this.participation = participation;
		this.progress = new RoundProgress(members, participation, conversation);
		this.frameworks = frameworks;
		this.conversation = conversation;
		this.clock = clock;
	}

	/** {@code start <framework> [due YYYY-MM-DD] [title]}: the words, read into the chair's command; alone, the form. */
	Outcome start(Boards.Seat seat, Caller caller, CommandText command) {
		List<String> words = command.after(1);
		if (words.isEmpty()) {
			return form(caller);
		}
		int next = 1;
		LocalDate due = null;
		if (words.size() > 1 && words.get(1).equalsIgnoreCase("due")) {
			if (words.size() < 3) {
				return Outcome.reply("Give the due date as YYYY-MM-DD, e.g. `due 2026-12-31`.");
			}
			Optional<LocalDate> parsed = DueDates.parse(words.get(2));
			if (parsed.isEmpty()) {
				return Outcome.reply("'" + words.get(2) + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-12-31.");
			}
			due = parsed.get();
			next = 3;
		}
		return start(caller, new Command(words.get(0), due, String.join(" ", words.subList(next, words.size()))));
	}

	@Override
	public Outcome form(Caller caller) {
		Optional<Boards.Seat> seat = boards.seat(caller.user());
		if (seat.isEmpty() || !seat.get().is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can start an assessment.");
		}
		List<Form.Choice> choices = frameworks.all().stream()
			.map(f -> new Form.Choice(f.id(), clip(f.title() + " (" + f.criterionCount() + " criteria)", 75))).toList();
		return Outcome.builder().openForm(new Form("Start an assessment", "Start",
				ButtonAction.of(ButtonAction.Kind.START_FORM, "", 0, null).encode(),
				List.of(Form.Input.choice("framework", "Framework", choices, choices.get(0).value()),
						Form.Input.date("due", "Round 1 due", null),
						new Form.Input("title", "Title", "e.g. Annual self-assessment 2027 (the framework's title if left empty)", false,
								null, Form.Type.TEXT, 150)))).build();
	}

	/** The start form, submitted: the same command the typed words make. */
	Outcome submitted(Caller caller, Map<String, String> values) {
		Optional<LocalDate> due = values.get("due") == null ? Optional.empty() : DueDates.parse(values.get("due"));
		if (values.get("due") != null && due.isEmpty()) {
			return Outcome.reply("'" + values.get("due") + "' is not a date; choose it again in the form.");
		}
		if (values.get("framework") == null) {
			return Outcome.reply("Choose a framework in the form.");
		}
		return start(caller, new Command(values.get("framework"), due.orElse(null), values.get("title")));
	}

	@Override
	public Outcome start(Caller caller, Command command) {
		// The board is there already (its chair set it up, asked): starting never founds one.
		Optional<Boards.Seat> found = boards.seat(caller.user());
		if (found.isEmpty() || !found.get().is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can start an assessment.");
		}
		Boards.Seat seat = found.get();
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can start an assessment.");
		}
		String known = String.join(", ", frameworks.all().stream().map(Framework::id).toList());
		Optional<Framework> framework = frameworks.find(command.frameworkId());
		if (framework.isEmpty()) {
			return Outcome.reply("There is no framework '" + command.frameworkId() + "'. Frameworks: " + known + ".");
		}
		LocalDate due = command.due();
		LocalDate today = LocalDate.now(clock.withZone(seat.partnership().timezone()));
		if (due != null) {
			Optional<String> problem = DueDates.problem(due, today);
			if (problem.isPresent()) {
				return Outcome.reply(problem.get());
			}
		}
		String title = command.title() == null ? framework.get().title() : command.title();
		List<Member> raters = members.board(seat.partnership().id()).stream().filter(m -> m.role().rates()).toList();
		Assessment assessment = Assessment.open(new Assessment.AssessmentId(UUID.randomUUID().toString()),
				seat.partnership().id(), framework.get().id(), title,
				framework.get().criteria().stream().map(org.accord.core.domain.Criterion::id).toList(), due, today);
		// A final cycle gives way to the next; its results stay, to be compared with the new one.
		assessments.current(seat.partnership().id())
			.filter(a -> a.state() == Assessment.State.FINAL || a.state() == Assessment.State.MONITORING)
			.ifPresent(assessments::retire);
		if (!assessments.create(assessment)) {
			return Outcome.reply("Your board already has an assessment under way: see `" + caller.commandPrefix() + "status`.");
		}
		Outcome.Builder outcome = Outcome.builder()
			.reply("Started *" + Verbatim.of(title) + "* (" + framework.get().id() + ", " + framework.get().criterionCount()
					+ " criteria" + (due == null ? "" : ", due " + due) + "). Round 1 is open: " + raters.size()
					+ (raters.size() == 1 ? " person has" : " people have") + " been sent the first prompt."
					+ (raters.size() <= assessment.minimumToShow() ? " Add more people with `" + caller.commandPrefix()
							+ "board add`: figures are shown only where at least " + (assessment.minimumToShow() + 1)
							+ " members rated a criterion, so that nobody's rating can be told from the rest." : "")
					+ conversation.unreachable(raters));
		outcome.add(conversation.openRound(assessment, raters).outcome());
		return outcome.build();
	}

	/** Whether a button made for this round still speaks of the open one: a stale "Close round 1" must not close round 2. */
	boolean isOpenRound(Boards.Seat seat, String assessmentId, int round) {
		return assessments.current(seat.partnership().id())
			.filter(a -> a.id().value().equals(assessmentId) && a.round() == round && a.roundOpen()).isPresent();
	}

	/** Whether a button made for this round still speaks of the last one: an old "Reopen round 1" must not reopen round 2. */
	boolean isLastRound(Boards.Seat seat, String assessmentId, int round) {
		return assessments.current(seat.partnership().id())
			.filter(a -> a.id().value().equals(assessmentId) && a.round() == round).isPresent();
	}

	private static String clip(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	Outcome status(Boards.Seat seat, Caller caller) {
		Optional<Assessment> current = assessments.current(seat.partnership().id());
		if (current.isEmpty()) {
			return Outcome.reply("No assessment is under way." + (seat.is(Role.CHAIR) ? " Start one with `"
					+ caller.commandPrefix() + "start cdrp-2002`." : ""));
		}
		Assessment assessment = current.get();
		Framework framework = conversation.frameworkOf(assessment);
		Member me = seat.member().orElseThrow();
		String head = "*" + Verbatim.of(assessment.title()) + "* · round " + assessment.round() + " "
				+ (assessment.roundOpen() ? "open" : "closed") + (assessment.dueDate() == null ? "" : " · due " + assessment.dueDate());
		if (me.role().seesParticipation()) {
			RoundProgress.Counts counts = counts(assessment, seat);
			return Outcome.reply(head + "\n" + counts.finished() + " finished · " + counts.started() + " started · "
					+ counts.notStarted() + " not started (of " + counts.total() + " who rate).");
		}
		if (!assessment.acceptsAnswers()) {
			// No "carry on" where nothing can be carried on: the round is over for everyone.
			return Outcome.reply(head + "\nAnswers are no longer taken; yours are kept (`" + caller.commandPrefix()
					+ "mine` shows them). You will hear if the chair opens a consensus round.");
		}
		Optional<Participation> mine = participation.find(assessment.id(), assessment.round(), me.id());
		String progress = mine.map(p -> p.finished() ? "You have been through every criterion."
				: "You are on " + (p.position() + 1) + " of " + ConversationService.roundCriteria(assessment, framework).size() + ".")
			.orElse("You have not started yet.");
		return Outcome.reply(head + "\n" + progress + (mine.map(Participation::finished).orElse(false)
				? " `" + caller.commandPrefix() + "mine` shows your answers."
				: " Carry on with `" + caller.commandPrefix() + "resume`."));
	}

	/** Participation counts over the people who rate in this round; never who answered what. */
	RoundProgress.Counts counts(Assessment assessment, Boards.Seat seat) {
		return progress.of(assessment, seat.partnership().id());
	}

}
