package org.accord.core.domain;

import java.time.Instant;

/**
 * A reminder the scheduler sends once. Its id is its unique key: (target, kind, scheduled time), so
 * scheduling it twice is one nudge, and a claim on it is a claim on exactly one send.
 *
 * @param target what it is about: an action, or a person's place in a round, or an assessment
 * @param scheduledAt when it is meant for (before quiet hours are applied); part of the key
 * @param sendAt when it may be sent: {@code scheduledAt}, moved out of quiet hours
 * @param sequence for overdue nudges, which weekly one this is (1, 2, …)
 */
public record Nudge(String id, Kind kind, String target, Partnership.PartnershipId partnershipId, Instant scheduledAt,
		Instant sendAt, int sequence, State state) {

	public enum Kind {

		ACTION_DUE_IN_7_DAYS, ACTION_DUE_IN_1_DAY, ACTION_DUE_TODAY, ACTION_OVERDUE, ROUND_DUE_IN_2_DAYS,
		ROUND_DUE_IN_1_DAY, PLAN_REVIEW

	}

	public enum State {

		PENDING, CLAIMED, SENT

	}

	public static Nudge of(Kind kind, String target, Partnership.PartnershipId partnership, Instant scheduledAt,
			Instant sendAt, int sequence) {
		return new Nudge(target + "|" + kind.name() + "|" + scheduledAt.getEpochSecond(), kind, target, partnership,
				scheduledAt, sendAt, sequence, State.PENDING);
	}

}
