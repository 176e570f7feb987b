package org.accord.core.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Member;
import org.accord.core.domain.Participation;
import org.accord.core.domain.Role;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.Caller;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;

/** {@code start} and {@code status}: opening a cycle's first round, and how far the board has got. */
final class AssessmentService {

	private final AssessmentPort assessments;

	private final MemberPort members;

	private final Places participation;

	private final FrameworkCatalog frameworks;

	private final ConversationService conversation;

	private final java.time.Clock clock;

	AssessmentService(AssessmentPort assessments, MemberPort members, Places participation,
			FrameworkCatalog frameworks, ConversationService conversation, java.time.Clock clock) {
		this.assessments = assessments;
		this.members = members;
		this.participation = participation;
		this.frameworks = frameworks;
		this.conversation = conversation;
		this.clock = clock;
	}

	Outcome start(Boards.Seat seat, Caller caller, CommandText command) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can start an assessment.");
		}
		List<String> words = command.after(1);
		String known = String.join(", ", frameworks.all().stream().map(Framework::id).toList());
		if (words.isEmpty()) {
			return Outcome.reply("Say which framework, e.g. `" + caller.commandPrefix()
					+ "start cdrp-2002 due 2026-12-31 Annual self-assessment`. Frameworks: " + known + ".");
		}
		Optional<Framework> framework = frameworks.find(words.get(0).toLowerCase(java.util.Locale.ROOT));
		if (framework.isEmpty()) {
			return Outcome.reply("There is no framework '" + words.get(0) + "'. Frameworks: " + known + ".");
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
			Optional<String> problem = DueDates.problem(due, LocalDate.now(clock.withZone(seat.partnership().timezone())));
			if (problem.isPresent()) {
				return Outcome.reply(problem.get());
			}
			next = 3;
		}
		String title = String.join(" ", words.subList(next, words.size())).strip();
		if (title.isEmpty()) {
			title = framework.get().title();
		}
		List<Member> raters = members.board(seat.partnership().id()).stream().filter(m -> m.role().rates()).toList();
		Assessment assessment = Assessment.open(new Assessment.AssessmentId(UUID.randomUUID().toString()),
				seat.partnership().id(), framework.get().id(), title,
				framework.get().criteria().stream().map(org.accord.core.domain.Criterion::id).toList(), due,
				LocalDate.now(clock.withZone(seat.partnership().timezone())));
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
			Counts counts = counts(assessment, seat);
			return Outcome.reply(head + "\n" + counts.finished + " finished · " + counts.started + " started · "
					+ counts.notStarted + " not started (of " + counts.total() + " who rate).");
		}
		Optional<Participation> mine = participation.find(assessment.id(), assessment.round(), me.id());
		String progress = mine.map(p -> p.finished() ? "You have been through every criterion."
				: "You are on " + (p.position() + 1) + " of " + ConversationService.roundCriteria(assessment, framework).size() + ".")
			.orElse("You have not started yet.");
		return Outcome.reply(head + "\n" + progress + " Carry on with `" + caller.commandPrefix() + "resume`.");
	}

	/** Participation counts over the people who rate in this round; never who answered what. */
	Counts counts(Assessment assessment, Boards.Seat seat) {
		List<Member> raters = members.board(seat.partnership().id()).stream()
			.filter(m -> m.role().rates() && conversation.takesPart(assessment, m))
			.toList();
		Map<Member.PersonId, Participation> places = participation.of(assessment.id(), assessment.round(),
				raters.stream().map(Member::id).toList());
		int finished = 0;
		int started = 0;
		for (Member rater : raters) {
			Optional<Participation> p = Optional.ofNullable(places.get(rater.id()));
			if (p.map(Participation::finished).orElse(false)) {
				finished++;
			}
			else if (p.map(Participation::started).orElse(false)) {
				started++;
			}
		}
		return new Counts(finished, started, raters.size() - finished - started);
	}

	record Counts(int finished, int started, int notStarted) {

		int total() {
			return finished + started + notStarted;
		}

	}

}
