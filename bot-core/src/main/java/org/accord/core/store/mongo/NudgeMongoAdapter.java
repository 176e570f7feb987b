package org.accord.core.store.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.accord.core.domain.Nudge;
import org.accord.core.domain.Partnership;
import org.accord.core.port.out.NudgePort;
import org.bson.Document;

/**
 * Nudges, and a slot document per minute listing the nudges that may be sent in it. The sweep reads the
 * slots from where it got to up to now by their keys, so it never scans the nudges.
 */
final class NudgeMongoAdapter implements NudgePort {

	private static final String SWEEP = "nudge-sweep";

	/**
	 * Beyond an hour of minutes to look at, the slots are read in one range query: the first sweep of a fresh store
	 * looks back a day, and 1,440 lookups cost more than reading the few slots a store has.
	 */
	private static final long CATCH_UP_MINUTES = 60;

	private final MongoCollection<Document> nudges;

	private final MongoCollection<Document> slots;

	private final MongoCollection<Document> counters;

	private final MongoCollection<Document> claims;

	private final WriteBarrier barrier;

	NudgeMongoAdapter(MongoStore store) {
		this.nudges = store.db().getCollection(Collections.NUDGES);
		this.slots = store.db().getCollection(Collections.NUDGE_SLOTS);
		this.counters = store.db().getCollection(Collections.COUNTERS);
		this.claims = store.db().getCollection(Collections.NUDGE_CLAIMS);
		this.barrier = store.barrier();
	}

	@Override
	public void schedule(Nudge nudge, Instant now) {
		try {
			nudges.insertOne(new Document("_id", nudge.id()).append("kind", nudge.kind().name())
				.append("target", nudge.target())
				.append("partnershipId", nudge.partnershipId().value())
				.append("scheduledAt", Date.from(nudge.scheduledAt()))
				.append("sendAt", Date.from(nudge.sendAt()))
				.append("sequence", nudge.sequence())
				.append("state", Nudge.State.PENDING.name()));
		}
		catch (MongoException e) {
			if (!Keys.isDuplicateKey(e)) {
				throw e;
			}
			// Scheduled before; filing again is harmless (a set), and mends a stop between the insert and its filing.
		}
		// A nudge already past its time (scheduled while the sweep is ahead of it) goes in the current minute.
		file(nudge.id(), nudge.sendAt().isBefore(now) ? now : nudge.sendAt());
		// The sweep starts from the first nudge ever scheduled, so a long stop before the first sweep loses none.
		counters.updateOne(Filters.eq("_id", SWEEP), Updates.setOnInsert("until", Date.from(now)),
				new UpdateOptions().upsert(true));
		barrier.afterWrite();
	}

	@Override
	public List<String> filedBetween(Instant from, Instant to) {
		Set<String> ids = new LinkedHashSet<>();
		long first = minute(from);
		long last = minute(to);
		if (last - first > CATCH_UP_MINUTES) {
			// Catching up after a long stop: one range query (the _id index on MongoDB) beats a lookup a minute.
			slots.find(Filters.and(Filters.gte("_id", first), Filters.lte("_id", last)))
				.sort(new Document("_id", 1))
				.forEach(slot -> ids.addAll(slot.getList("ids", String.class)));
			return new ArrayList<>(ids);
		}
		for (long minute = first; minute <= last; minute++) {
			Document slot = slots.find(Filters.eq("_id", minute)).first();
			if (slot != null) {
				ids.addAll(slot.getList("ids", String.class));
			}
		}
		return new ArrayList<>(ids);
	}

	/**
	 * A claim is the insert of a marker whose _id is the nudge's id and the attempt's number: the store's
	 * unique _id lets exactly one sender win each attempt. Every other step reads or writes one document
	 * by its _id alone, because the embedded store scans the collection for any other filter.
	 */
	@Override
	public Optional<Nudge> claim(String id, Instant now, Duration lease, String claimer) {
		Document current = nudges.find(Filters.eq("_id", id)).first();
		if (current == null || Nudge.State.SENT.name().equals(current.getString("state"))
				|| current.getDate("sendAt").toInstant().isAfter(now)) {
			return Optional.empty();
		}
		Date leaseUntil = current.getDate("leaseUntil");
		if (Nudge.State.CLAIMED.name().equals(current.getString("state")) && leaseUntil != null
				&& leaseUntil.toInstant().isAfter(now)) {
			return Optional.empty();
		}
		int attempt = current.getInteger("attempt", 0) + 1;
		for (int tries = 0;; tries++) {
			try {
				claims.insertOne(new Document("_id", id + "|" + attempt).append("claimer", claimer).append("at", Date.from(now)));
				break;
			}
			catch (MongoException e) {
				if (!Keys.isDuplicateKey(e)) {
					throw e;
				}
			}
			// Someone holds this attempt. If they won it longer ago than a lease and never recorded it on the nudge,
			// they died in between: the next attempt is free to take, so the nudge is never stuck.
			Document marker = claims.find(Filters.eq("_id", id + "|" + attempt)).first();
			if (tries >= 8 || marker == null || marker.getDate("at").toInstant().plus(lease).isAfter(now)) {
				return Optional.empty();
			}
			attempt++;
		}
		Instant until = now.plus(lease);
		nudges.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("state", Nudge.State.CLAIMED.name()),
				Updates.set("leaseUntil", Date.from(until)), Updates.set("claimer", claimer), Updates.set("attempt", attempt)));
		// If this sender dies before it marks the nudge sent, the sweep meets it again when the lease ends.
		file(id, until);
		barrier.afterWrite();
		// The nudge as just written, without reading it back: only the claim's own fields changed.
		current.put("state", Nudge.State.CLAIMED.name());
		return Optional.of(nudge(current));
	}

	@Override
	public void sent(String id, String claimer) {
		if (!heldBy(id, claimer)) {
			return;
		}
		nudges.updateOne(Filters.eq("_id", id),
				Updates.combine(Updates.set("state", Nudge.State.SENT.name()), Updates.unset("leaseUntil")));
		barrier.afterWrite();
	}

	@Override
	public void postpone(String id, String claimer, Instant sendAt, Instant now) {
		if (!heldBy(id, claimer)) {
			return;
		}
		nudges.updateOne(Filters.eq("_id", id),
				Updates.combine(Updates.set("state", Nudge.State.PENDING.name()), Updates.set("sendAt", Date.from(sendAt)),
						Updates.unset("leaseUntil")));
		file(id, sendAt.isBefore(now) ? now : sendAt);
		barrier.afterWrite();
	}

	/** Read, then written by _id alone: the embedded store would scan for a filter on _id and claimer. */
	private boolean heldBy(String id, String claimer) {
		Document current = nudges.find(Filters.eq("_id", id)).first();
		return current != null && claimer.equals(current.getString("claimer"));
	}

	@Override
	public Optional<Nudge> find(String id) {
		return Optional.ofNullable(nudges.find(Filters.eq("_id", id)).first()).map(NudgeMongoAdapter::nudge);
	}

	@Override
	public Optional<Instant> sweptUntil() {
		return Optional.ofNullable(counters.find(Filters.eq("_id", SWEEP)).first())
			.map(d -> d.getDate("until").toInstant());
	}

	@Override
	public void sweptTo(Instant until) {
		counters.updateOne(Filters.eq("_id", SWEEP), Updates.max("until", Date.from(until)),
				new UpdateOptions().upsert(true));
		barrier.afterWrite();
	}

	private void file(String id, Instant at) {
		slots.updateOne(Filters.eq("_id", minute(at)), Updates.addToSet("ids", id), new UpdateOptions().upsert(true));
	}

	private static long minute(Instant t) {
		return Math.floorDiv(t.getEpochSecond(), 60);
	}

	private static Nudge nudge(Document d) {
		return new Nudge(d.getString("_id"), Nudge.Kind.valueOf(d.getString("kind")), d.getString("target"),
				new Partnership.PartnershipId(d.getString("partnershipId")), d.getDate("scheduledAt").toInstant(),
				d.getDate("sendAt").toInstant(), d.getInteger("sequence"), Nudge.State.valueOf(d.getString("state")));
	}

}
