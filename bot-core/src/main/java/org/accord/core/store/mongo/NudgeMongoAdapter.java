package org.accord.core.store.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
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

	/** How far inside its lease a claim is taken to be still its sender's without a read. */
	private static final Duration SURELY_HELD = Duration.ofMinutes(1);

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
		fileAll(List.of(nudge.id()), nudge.sendAt().isBefore(now) ? now : nudge.sendAt());
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
		if (!claimable(current, now)) {
			return Optional.empty();
		}
		// Filed first: whatever stops this claim half way, the sweep meets the nudge again when the lease would end.
		fileAll(List.of(id), now.plus(lease));
		int attempt = current.getInteger("attempt", 0) + 1;
		for (int tries = 0;; tries++) {
			try {
				claims.insertOne(marker(id, attempt, claimer, now));
				break;
			}
			catch (MongoException e) {
				if (!Keys.isDuplicateKey(e)) {
					throw e;
				}
			}
			Document marker = claims.find(Filters.eq("_id", id + "|" + attempt)).first();
			if (marker != null && claimer.equals(marker.getString("claimer"))
					&& marker.getDate("at").toInstant().plus(lease).isAfter(now)) {
				// This sender won the attempt, within a lease, in a claim of many that stopped before its record: ours.
				break;
			}
			// Someone holds this attempt. If they won it longer ago than a lease and never recorded it on the nudge,
			// they died in between: the next attempt is free to take, so the nudge is never stuck.
			if (tries >= 8 || marker == null || marker.getDate("at").toInstant().plus(lease).isAfter(now)) {
				return Optional.empty();
			}
			attempt++;
		}
		current.put("attempt", attempt);
		return record(List.of(current), now, lease, claimer).stream().findFirst();
	}

	@Override
	public List<Nudge> claimAll(List<String> ids, Instant now, Duration lease, String claimer) {
		if (ids.isEmpty()) {
			return List.of();
		}
		// By _id with $in, which the embedded store answers from its _id index as it does a single key.
		Map<String, Document> found = new HashMap<>();
		nudges.find(Filters.in("_id", ids)).forEach(d -> found.put(d.getString("_id"), d));
		List<Document> claimable = new ArrayList<>();
		for (String id : new LinkedHashSet<>(ids)) {
			Document current = found.get(id);
			if (claimable(current, now)) {
				current.put("attempt", current.getInteger("attempt", 0) + 1);
				claimable.add(current);
			}
		}
		if (claimable.isEmpty()) {
			return List.of();
		}
		List<Document> markers = new ArrayList<>();
		List<String> filing = new ArrayList<>();
		claimable.forEach(d -> {
			markers.add(marker(d.getString("_id"), d.getInteger("attempt"), claimer, now));
			filing.add(d.getString("_id"));
		});
		// Filed first: whatever stops the claim half way, the sweep meets every one of them again when the lease would end.
		fileAll(filing, now.plus(lease));
		int won = markers.size();
		try {
			// In order: a refusal stops the insert there, so every marker before it is this sender's and none after it is.
			claims.insertMany(markers, new InsertManyOptions().ordered(true));
		}
		catch (MongoBulkWriteException e) {
			if (e.getWriteConcernError() != null || e.getWriteErrors().stream().anyMatch(error -> !Keys.isDuplicateKey(error))) {
				throw e;
			}
			won = e.getWriteErrors().stream().mapToInt(BulkWriteError::getIndex).min().orElse(0);
		}
		List<Nudge> claimed = new ArrayList<>(record(claimable.subList(0, won), now, lease, claimer));
		// From the first attempt someone else holds on: one by one, as a single claim settles it.
		for (Document refused : claimable.subList(won, claimable.size())) {
			claim(refused.getString("_id"), now, lease, claimer).ifPresent(claimed::add);
		}
		return claimed;
	}

	private static boolean claimable(Document current, Instant now) {
		if (current == null || Nudge.State.SENT.name().equals(current.getString("state"))
				|| current.getDate("sendAt").toInstant().isAfter(now)) {
			return false;
		}
		Date leaseUntil = current.getDate("leaseUntil");
		return !(Nudge.State.CLAIMED.name().equals(current.getString("state")) && leaseUntil != null
				&& leaseUntil.toInstant().isAfter(now));
	}

	private static Document marker(String id, int attempt, String claimer, Instant now) {
		return new Document("_id", id + "|" + attempt).append("claimer", claimer).append("at", Date.from(now));
	}

	/**
	 * Writes the won attempts on their nudges, in one call. They were filed under their lease's end before they were
	 * claimed: if this sender dies before it marks them sent, the sweep meets them again when the lease ends.
	 */
	private List<Nudge> record(List<Document> won, Instant now, Duration lease, String claimer) {
		if (won.isEmpty()) {
			return List.of();
		}
		Instant until = now.plus(lease);
		List<UpdateOneModel<Document>> updates = new ArrayList<>();
		for (Document d : won) {
			updates.add(new UpdateOneModel<>(Filters.eq("_id", d.getString("_id")),
					Updates.combine(Updates.set("state", Nudge.State.CLAIMED.name()), Updates.set("leaseUntil", Date.from(until)),
							Updates.set("claimer", claimer), Updates.set("attempt", d.getInteger("attempt")))));
		}
		nudges.bulkWrite(updates, new BulkWriteOptions().ordered(false));
		barrier.afterWrite();
		// The nudges as just written, without reading them back: only the claim's own fields changed.
		List<Nudge> claimed = new ArrayList<>();
		for (Document d : won) {
			d.put("state", Nudge.State.CLAIMED.name());
			claimed.add(nudge(d));
		}
		return claimed;
	}

	@Override
	public void sent(String id, String claimer, Instant heldUntil, Instant now) {
		// A minute's room for instances whose clocks disagree (as the sender's own margin before a lease ends).
		if (!now.plus(SURELY_HELD).isBefore(heldUntil) && !heldBy(id, claimer)) {
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
		fileAll(List.of(id), sendAt.isBefore(now) ? now : sendAt);
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

	private void fileAll(List<String> ids, Instant at) {
		slots.updateOne(Filters.eq("_id", minute(at)), Updates.addEachToSet("ids", ids), new UpdateOptions().upsert(true));
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
