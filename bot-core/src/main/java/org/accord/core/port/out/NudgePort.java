package org.accord.core.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.accord.core.domain.Nudge;

/**
 * Nudges and their claims. Due nudges are found by the minute they may be sent in, one lookup by key a
 * minute, so a sweep costs what is due, not what is stored; the embedded store has no secondary
 * indexes to lean on.
 */
public interface NudgePort {

	/** Stores the nudge unless one with its key exists (then nothing changes), filed under its send minute. */
	void schedule(Nudge nudge, Instant now);

	/** The ids filed under every minute from {@code from} to {@code to}, both included. */
	List<String> filedBetween(Instant from, Instant to);

	/**
	 * Claims the nudge for one send if it is due and unclaimed, or its earlier claim's lease ran out
	 * (that sender died). A claim is filed again under its lease's end, so it is looked at again then.
	 */
	Optional<Nudge> claim(String id, Instant now, Duration lease, String claimer);

	/**
	 * Claims each of them as {@link #claim} would, with a few store calls for them all instead of a few each: a sweep
	 * that meets a thousand due nudges should not make thousands of round trips before the first goes.
	 * @return the nudges claimed
	 */
	List<Nudge> claimAll(List<String> ids, Instant now, Duration lease, String claimer);

	/**
	 * The claimed nudge went out. Nobody can claim it again before {@code heldUntil}, the end of this claimer's lease:
	 * well before then it is marked without asking the store whose claim it is; nearer the end, only if still its.
	 */
	void sent(String id, String claimer, Instant heldUntil, Instant now);

	/** The claimed nudge waits: quiet hours, or the platform refused it for now. */
	void postpone(String id, String claimer, Instant sendAt, Instant now);

	Optional<Nudge> find(String id);

	/** Where the sweep has got to, shared by every instance. */
	Optional<Instant> sweptUntil();

	void sweptTo(Instant until);

}
