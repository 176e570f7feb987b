package org.accord.core.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Card.Button;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Mention;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Action;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Member;
import org.accord.core.domain.Nudge;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.Participation;
import org.accord.core.domain.Role;
import org.accord.core.port.in.NudgeSweepUseCase;
import org.accord.core.port.out.ActionPort;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.DeliveryPort;
import org.accord.core.port.out.MemberPort;
import org.accord.core.port.out.NudgePort;
import org.accord.core.port.out.PartnershipPort;

/**
 * The sweep: every nudge filed since the last sweep is claimed in the store before it is sent, so two
 * instances never both send it; one whose sender died is met again when its lease ends, so none is
 * dropped; one that falls in quiet hours waits for the next working morning.
 */
public final class NudgeService implements NudgeSweepUseCase {

	static final Duration LEASE = Duration.ofMinutes(5);

	/**
	 * How long before its lease ends a paced nudge may still begin to go: a send begun by then is answered, and
	 * recorded, before the lease ends (a Slack call gives up well within it).
	 */
	static final Duration SEND_MARGIN = Duration.ofMinutes(1);

	/**
	 * How many due nudges are claimed in one go. A claim holds its nudge for the lease, so a batch is sent soon after
	 * it is claimed; a few hundred keep the store's round trips few without holding many at once.
	 */
	static final int CLAIMS_AT_ONCE = 200;

	/** How far back a store that has never been swept is looked at. */
	static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

	private final NudgePort nudges;

	private final NudgePlanner planner;

	private final PartnershipPort partnerships;

	private final ActionPort actions;

	private final AssessmentPort assessments;

	private final Places participation;

	private final MemberPort members;

	private final DeliveryPort delivery;

	private final Clock clock;

	private final String claimer = UUID.randomUUID().toString();

	/**
	 * Nudges this instance has marked sent, by the minute it did so, while the sweep's window still reads that minute:
	 * a sweep every few seconds meets the same minute's nudges again, and a sent one needs no second look.
	 */
	private final java.util.Map<String, Long> finished = new java.util.concurrent.ConcurrentHashMap<>();

	/** @param at when this instance claimed it: its lease runs from then */
	private void sent(String id, Instant at) {
		nudges.sent(id, claimer, at.plus(LEASE), clock.instant());
		finished.put(id, Math.floorDiv(at.getEpochSecond(), 60));
	}

	/** Where this instance's last sweep got to: read from the store only at the first sweep. */
	private volatile Instant swept;

	NudgeService(NudgePort nudges, NudgePlanner planner, PartnershipPort partnerships, ActionPort actions,
			AssessmentPort assessments, Places participation, MemberPort members, DeliveryPort delivery,
			Clock clock) {
		this.nudges = nudges;
		this.planner = planner;
		this.partnerships = partnerships;
		this.actions = actions;
		this.assessments = assessments;
		this.participation = participation;
		this.members = members;
		this.delivery = delivery;
		this.clock = clock;
	}

	@Override
	public Sweep sweep() {
		Instant now = clock.instant();
		Instant before = swept;
		Instant from = before != null ? before : nudges.sweptUntil().orElse(now.minus(FIRST_LOOK_BACK));
		int postponed = 0;
		int skipped = 0;
		Tally handed = new Tally();
		long firstMinute = Math.floorDiv(from.getEpochSecond(), 60);
		finished.values().removeIf(minute -> minute < firstMinute);
		List<String> due = new ArrayList<>();
		for (String id : nudges.filedBetween(from, now)) {
			// Sent by this instance, and a sent nudge is never due again: no need to read it back.
			if (!finished.containsKey(id)) {
				due.add(id);
			}
		}
		int looked = due.size();
		// A board's nudges mostly come together: its settings are read once a sweep, not once a nudge.
		Map<Partnership.PartnershipId, Optional<Partnership>> boards = new HashMap<>();
		RuntimeException failed = null;
		for (int first = 0; first < due.size(); first += CLAIMS_AT_ONCE) {
			List<String> batch = due.subList(first, Math.min(due.size(), first + CLAIMS_AT_ONCE));
			// Each batch's lease runs from its own claim, so a long sweep does not shorten the last batch's.
			Instant claimedAt = first == 0 ? now : clock.instant();
			List<Nudge> claimed = nudges.claimAll(batch, claimedAt, LEASE, claimer);
			Map<Action.ActionId, Action> plan = planOf(claimed);
			for (Nudge nudge : claimed) {
				try {
					switch (handle(nudge, now, claimedAt, boards, plan, handed)) {
						case POSTPONED -> postponed++;
						case SKIPPED -> skipped++;
						case HANDED -> {
						}
					}
				}
				catch (RuntimeException e) {
					// A nudge that cannot be composed holds back only itself: its claim runs out and it is met again
					// then, while the rest of its batch goes now.
					if (failed == null) {
						failed = e;
					}
					else {
						failed.addSuppressed(e);
					}
				}
			}
		}
		// Nudges are filed by the minute, so where sweeps have got to needs writing once a minute, not at every sweep: a
		// restart looks again from the start of that minute. Another instance may have got further; looking again at
		// what it swept claims nothing twice.
		if (before == null || Math.floorDiv(before.getEpochSecond(), 60) != Math.floorDiv(now.getEpochSecond(), 60)) {
			nudges.sweptTo(now);
		}
		swept = now;
		if (failed != null) {
			throw failed;
		}
		return handed.sweep(looked, postponed, skipped);
	}

	private enum Handled { HANDED, POSTPONED, SKIPPED }

	/** One claimed nudge: handed to its platform, postponed to an allowed time, or marked sent with nothing to say. */
	private Handled handle(Nudge nudge, Instant now, Instant claimedAt, Map<Partnership.PartnershipId, Optional<Partnership>> boards,
			Map<Action.ActionId, Action> plan, Tally handed) {
		String id = nudge.id();
		Optional<Partnership> partnership = boards.computeIfAbsent(nudge.partnershipId(), partnerships::find);
		if (partnership.isEmpty()) {
			sent(id, claimedAt);
			return Handled.SKIPPED;
		}
		LocalDateTime local = LocalDateTime.ofInstant(now, partnership.get().timezone());
		if (partnership.get().quietHours().isQuiet(local)) {
			// Settings may have changed since it was planned; it waits for the next allowed moment.
			nudges.postpone(id, claimer,
					partnership.get().quietHours().nextAllowed(local).atZone(partnership.get().timezone()).toInstant(), now);
			return Handled.POSTPONED;
		}
		Outcome outcome = compose(nudge, partnership.get(), now, plan);
		if (outcome.deliveries().isEmpty()) {
			sent(id, claimedAt);
			return Handled.SKIPPED;
		}
		handOver(id, outcome, claimedAt, handed);
		return Handled.HANDED;
	}

	/**
	 * The actions a batch's nudges speak of, in one read; null when that read fails, and each nudge then reads its own,
	 * so that one action that cannot be read holds back only its own nudge.
	 */
	private Map<Action.ActionId, Action> planOf(List<Nudge> claimed) {
		try {
			return actions.findAll(claimed.stream().map(NudgeService::actionOf).flatMap(Optional::stream).toList());
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	/**
	 * The platform may hold the nudge back to keep to its pace, and the sweep goes on meanwhile. It is marked sent only
	 * once the platform took it; otherwise it is postponed, as it would have been at once. Whatever is held must go, or
	 * be given up, while the claim lasts: after that another sweep could claim the nudge and send it too. A failed
	 * write here leaves the claim to run out, and the nudge is met again then.
	 */
	private void handOver(String id, Outcome outcome, Instant claimedAt, Tally tally) {
		Duration within = LEASE.minus(Duration.between(claimedAt, clock.instant())).minus(SEND_MARGIN);
		tally.handed();
		delivery.deliverPaced(outcome, within).whenComplete((took, failed) -> {
			boolean sent = failed == null && Boolean.TRUE.equals(took);
			try {
				if (sent) {
					sent(id, claimedAt);
				}
				else {
					Instant at = clock.instant();
					nudges.postpone(id, claimer, at.plus(LEASE), at);
				}
			}
			finally {
				tally.answered(sent);
			}
		});
	}

	/** What the platforms were given in one sweep, and what they had answered for by the time it returned. */
	private static final class Tally {

		private int handed;

		private int answered;

		private int refused;

		synchronized void handed() {
			handed++;
		}

		synchronized void answered(boolean sent) {
			answered++;
			refused += sent ? 0 : 1;
		}

		synchronized Sweep sweep(int looked, int postponed, int skipped) {
			return new Sweep(looked, handed - refused, postponed + refused, skipped, handed - answered);
		}

	}

	/** @param plan the actions the sweep's batch of nudges speak of, as read for them all; null to read each one */
	private Outcome compose(Nudge nudge, Partnership partnership, Instant now, Map<Action.ActionId, Action> plan) {
		return switch (nudge.kind()) {
			case ACTION_DUE_IN_7_DAYS, ACTION_DUE_IN_1_DAY, ACTION_DUE_TODAY, ACTION_OVERDUE -> action(nudge, partnership, plan);
			case ROUND_DUE_IN_2_DAYS, ROUND_DUE_IN_1_DAY -> round(nudge, partnership);
			case PLAN_REVIEW -> review(partnership, LocalDate.ofInstant(now, partnership.timezone()));
		};
	}

	/** An action nudge's target is "action:{id}|{due date}", the date it was planned for. */
	private static Optional<Action.ActionId> actionOf(Nudge nudge) {
		return nudge.target().startsWith("action:")
				? Optional.of(new Action.ActionId(nudge.target().substring("action:".length()).split("\\|")[0]))
				: Optional.empty();
	}

	private Outcome action(Nudge nudge, Partnership partnership, Map<Action.ActionId, Action> plan) {
		String[] target = nudge.target().substring("action:".length()).split("\\|");
		Action.ActionId id = new Action.ActionId(target[0]);
		Optional<Action> found = plan != null ? Optional.ofNullable(plan.get(id)) : actions.find(id);
		// Done, dropped, or given a new date since this nudge was planned: it has nothing left to say.
		if (found.isEmpty() || !found.get().status().live() || found.get().ownerUser() == null
				|| !String.valueOf(found.get().due()).equals(target[1])) {
			return Outcome.builder().build();
		}
		Action action = found.get();
		String when = switch (nudge.kind()) {
			case ACTION_DUE_IN_7_DAYS -> "is due in 7 days";
			case ACTION_DUE_IN_1_DAY -> "is due tomorrow";
			case ACTION_DUE_TODAY -> "is due today";
			default -> "is overdue" + (nudge.sequence() > 1 ? " (reminder " + nudge.sequence() + ")" : "");
		};
		Outcome.Builder outcome = Outcome.builder().direct(action.ownerUser(), ownerCard(action, "Action " + action.number() + " " + when));
		if (nudge.kind() == Nudge.Kind.ACTION_OVERDUE) {
			planner.nextOverdue(partnership, action, nudge.sequence());
			if (nudge.sequence() == 2) {
				chair(partnership).ifPresent(chair -> outcome.direct(chair.user(),
						Card.text("Action " + action.number() + " (" + Verbatim.of(action.text()) + "), owned by "
								+ Mention.of(action.ownerUser(), members.find(partnership.id(), action.ownerUser())
									.map(Member::name).orElse(null))
								+ ", has been overdue since " + action.due() + " and two reminders have gone unanswered.")));
			}
		}
		return outcome.build();
	}

	/** The card an owner answers in place: done, a progress note, or a new date. */
	static Card ownerCard(Action action, String heading) {
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Heading(heading));
		parts.add(new Part.Text(ActionText.describe(action)));
		String id = action.id().value();
		parts.add(new Part.Buttons(List.of(
				new Button("Done", ButtonAction.forAction(ButtonAction.Kind.ACTION_DONE, id), "primary"),
				Button.of("Add progress", ButtonAction.forAction(ButtonAction.Kind.ACTION_PROGRESS, id)),
				Button.of("Need a new date", ButtonAction.forAction(ButtonAction.Kind.ACTION_NEW_DATE, id)))));
		parts.add(new Part.Context("Answer here; the chair sees your answer."));
		return new Card(heading + ": " + Verbatim.of(action.text()), parts);
	}

	private Outcome round(Nudge nudge, Partnership partnership) {
		String[] target = nudge.target().substring("round:".length()).split("\\|");
		Optional<Assessment> assessment = assessments.find(new Assessment.AssessmentId(target[0]));
		int round = Integer.parseInt(target[1]);
		if (assessment.isEmpty() || !assessment.get().acceptsAnswers() || assessment.get().round() != round) {
			return Outcome.builder().build();
		}
		Member.PersonId person = new Member.PersonId(target[2]);
		Optional<Member> rater = members.board(partnership.id()).stream().filter(m -> m.id().equals(person)).findFirst();
		Optional<Participation> place = participation.find(assessment.get().id(), round, person);
		if (rater.isEmpty() || place.map(Participation::finished).orElse(false)) {
			return Outcome.builder().build();
		}
		Assessment a = assessment.get();
		String when = nudge.kind() == Nudge.Kind.ROUND_DUE_IN_2_DAYS ? "in 2 days" : "tomorrow";
		String progress = place.filter(Participation::started)
			.map(p -> "You are on " + (p.position() + 1) + ".")
			.orElse("You have not started yet.");
		return Outcome.builder()
			.direct(rater.get().user(), new Card("Reminder: " + Verbatim.of(a.title()) + " is due " + when,
					List.of(new Part.Text("*" + Verbatim.of(a.title()) + "*" + (round > 1 ? ", consensus round " + round : "") + ", is due " + when
							+ " (" + a.dueDate() + "). " + progress),
							new Part.Buttons(List.of(new Button("Continue",
									ButtonAction.of(ButtonAction.Kind.CONTINUE, a.id().value(), round, null), "primary"))))))
			.build();
	}

	private Outcome review(Partnership partnership, LocalDate today) {
		List<Action> plan = actions.plan(partnership.id());
		boolean open = plan.stream().anyMatch(a -> a.status() != Action.Status.DISCHARGED && a.status() != Action.Status.DROPPED
				&& a.status() != Action.Status.DRAFT);
		Optional<Member> chair = chair(partnership);
		if (!open || chair.isEmpty()) {
			return Outcome.builder().build();
		}
		planner.review(partnership, today);
		LocalDate since = today.minusMonths(6);
		StringBuilder moved = new StringBuilder();
		for (Action a : plan) {
			a.notes().stream().filter(n -> !n.date().isBefore(since))
				.forEach(n -> moved.append("\n• Action ").append(a.number()).append(", ").append(n.date()).append(": ").append(Verbatim.of(n.text())));
		}
		long live = plan.stream().filter(a -> a.status().live()).count();
		long overdue = plan.stream().filter(a -> a.overdue(today)).count();
		long done = plan.stream().filter(a -> a.status() == Action.Status.DONE).count();
		long discharged = plan.stream().filter(a -> a.status() == Action.Status.DISCHARGED).count();
		return Outcome.builder()
			.direct(chair.get().user(), new Card("Six-monthly review of the action plan", List.of(
					new Part.Heading("Six-monthly review of the action plan"),
					new Part.Text(live + " open (" + overdue + " overdue) · " + done + " done, to discharge · " + discharged
							+ " discharged." + (moved.length() == 0 ? "\nNothing has moved since " + since + "." : "\n*What moved since "
									+ since + "*" + moved)),
					new Part.Context("The plan is monitored every six months until every action is discharged: `action discharge <n>`."))))
			.build();
	}

	private Optional<Member> chair(Partnership partnership) {
		return members.board(partnership.id()).stream().filter(m -> m.role() == Role.CHAIR).findFirst();
	}

}
