package org.accord.core.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.accord.core.domain.Action;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Member;
import org.accord.core.domain.Nudge;
import org.accord.core.domain.Partnership;
import org.accord.core.port.out.NudgePort;

/**
 * When each nudge is due: in the partnership's own time, at the start of a working day, moved out of its
 * quiet hours. Only nudges still ahead are scheduled; overdue ones follow each other one at a time.
 */
final class NudgePlanner {

	/** Nudges go at the start of the working day, in the partnership's timezone. */
	static final LocalTime NUDGE_TIME = LocalTime.of(9, 0);

	private final NudgePort nudges;

	private final Clock clock;

	NudgePlanner(NudgePort nudges, Clock clock) {
		this.nudges = nudges;
		this.clock = clock;
	}

	/**
	 * The due-date nudges of an action: 7 days and 1 day before, on the day, and the first overdue one; those whose
	 * moment has passed are left out.
	 *
	 * @return what the owner will be reminded of, in words: "7 days and 1 day before, on the day, and weekly if it
	 * runs over", or as much of it as is still ahead
	 */
	String action(Partnership partnership, Action action) {
		if (action.due() == null || !action.status().live()) {
			return "";
		}
		String target = actionTarget(action);
		LocalDate due = action.due();
		List<String> before = new ArrayList<>();
		if (schedule(partnership, Nudge.Kind.ACTION_DUE_IN_7_DAYS, target, due.minusDays(7), 0, false)) {
			before.add("7 days");
		}
		if (schedule(partnership, Nudge.Kind.ACTION_DUE_IN_1_DAY, target, due.minusDays(1), 0, false)) {
			before.add("1 day");
		}
		List<String> when = new ArrayList<>();
		if (!before.isEmpty()) {
			when.add(String.join(" and ", before) + " before");
		}
		if (schedule(partnership, Nudge.Kind.ACTION_DUE_TODAY, target, due, 0, false)) {
			when.add("on the day");
		}
		schedule(partnership, Nudge.Kind.ACTION_OVERDUE, target, due.plusDays(1), 1, true);
		when.add("weekly if it runs over");
		return when.size() == 1 ? when.get(0) : String.join(", ", when.subList(0, when.size() - 1)) + ", and " + when.get(when.size() - 1);
	}

	/** The next weekly overdue nudge, after the one numbered {@code sequence} went out. */
	void nextOverdue(Partnership partnership, Action action, int sequence) {
		schedule(partnership, Nudge.Kind.ACTION_OVERDUE, actionTarget(action), action.due().plusDays(1 + 7L * sequence),
				sequence + 1, true);
	}

	/** Reminders to a rater 2 days and 1 day before the round's due date. */
	void round(Partnership partnership, Assessment assessment, Member rater) {
		LocalDate due = assessment.dueDate();
		if (due == null) {
			return;
		}
		String target = "round:" + assessment.id().value() + "|" + assessment.round() + "|" + rater.id().value();
		schedule(partnership, Nudge.Kind.ROUND_DUE_IN_2_DAYS, target, due.minusDays(2), 0, false);
		schedule(partnership, Nudge.Kind.ROUND_DUE_IN_1_DAY, target, due.minusDays(1), 0, false);
	}

	/** The chair's review of the plan, six months on. */
	void review(Partnership partnership, LocalDate from) {
		schedule(partnership, Nudge.Kind.PLAN_REVIEW, "review:" + partnership.id().value(), from.plusMonths(6), 0, true);
	}

	/**
	 * @param evenIfPast true for a nudge that must go whenever it falls (overdue, review): a past one goes at
	 * the next allowed moment; false for one that only makes sense ahead of its date
	 */
	/** @return whether it was scheduled (false: its moment has passed) */
	private boolean schedule(Partnership partnership, Nudge.Kind kind, String target, LocalDate day, int sequence,
			boolean evenIfPast) {
		Instant now = clock.instant();
		LocalDateTime local = day.atTime(NUDGE_TIME);
		Instant scheduled = local.atZone(partnership.timezone()).toInstant();
		if (!evenIfPast && scheduled.isBefore(now)) {
			return false;
		}
		Instant sendAt = partnership.quietHours().nextAllowed(local).atZone(partnership.timezone()).toInstant();
		nudges.schedule(Nudge.of(kind, target, partnership.id(), scheduled, sendAt, sequence), now);
		return true;
	}

	/** The due date is part of the target, so nudges planned for an old due date are recognisably stale. */
	static String actionTarget(Action action) {
		return "action:" + action.id().value() + "|" + action.due();
	}

}
