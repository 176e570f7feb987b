package org.accord.core.store.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.accord.core.domain.Nudge;
import org.accord.core.domain.Partnership;
import org.accord.core.port.out.NudgePort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claiming many due nudges at once settles each as claiming it alone would: one sender per attempt, nothing claimed
 * that is not due or is held, and what another sender holds is left to it.
 */
class NudgeClaimsTest {

	private static final Instant NOW = Instant.parse("2027-03-03T10:00:30Z");

	private static final Duration LEASE = Duration.ofMinutes(5);

	private final MongoServer server = new MongoServer(H2Backend.inMemory());

	private MongoClient client;

	private NudgePort nudges;

	private NudgePort otherInstance;

	@BeforeEach
	void store() {
		client = MongoClients.create(server.bindAndGetConnectionString());
		nudges = MongoStore.open(client.getDatabase("accord"), WriteBarrier.NONE).nudges();
		otherInstance = MongoStore.open(client.getDatabase("accord"), WriteBarrier.NONE).nudges();
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	private List<String> schedule(int count, Instant sendAt) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Nudge nudge = Nudge.of(Nudge.Kind.ACTION_DUE_TODAY, "action:a" + ids.size() + sendAt.getEpochSecond() + "|2027-03-03",
					new Partnership.PartnershipId("board"), sendAt, sendAt, 0);
			nudges.schedule(nudge, NOW.minusSeconds(60));
			ids.add(nudge.id());
		}
		return ids;
	}

	@Test
	void givenDueNudges_thenEachIsClaimedOnceAndFiledUnderItsLeaseEnd() {
		List<String> due = schedule(5, NOW.minusSeconds(10));

		List<Nudge> claimed = nudges.claimAll(due, NOW, LEASE, "me");

		assertThat(claimed).extracting(Nudge::id).containsExactlyElementsOf(due);
		assertThat(claimed).allMatch(n -> n.state() == Nudge.State.CLAIMED);
		assertThat(nudges.claimAll(due, NOW, LEASE, "me")).as("held for the lease").isEmpty();
		assertThat(otherInstance.claimAll(due, NOW, LEASE, "other")).isEmpty();
		assertThat(nudges.filedBetween(NOW.plus(LEASE), NOW.plus(LEASE))).containsAll(due);
		assertThat(nudges.find(due.get(0))).get().extracting(Nudge::state).isEqualTo(Nudge.State.CLAIMED);
	}

	@Test
	void givenSomeNotDueSomeSentAndSomeHeldElsewhere_thenOnlyTheFreeDueOnesAreClaimed() {
		List<String> due = schedule(4, NOW.minusSeconds(10));
		List<String> later = schedule(2, NOW.plus(Duration.ofHours(1)));
		assertThat(otherInstance.claim(due.get(1), NOW, LEASE, "other")).isPresent();
		assertThat(nudges.claim(due.get(2), NOW, LEASE, "me")).isPresent();
		nudges.sent(due.get(2), "me", NOW.plus(LEASE), NOW);
		List<String> asked = new ArrayList<>(due);
		asked.addAll(later);
		asked.add("no-such-nudge");

		List<Nudge> claimed = nudges.claimAll(asked, NOW, LEASE, "me");

		assertThat(claimed).extracting(Nudge::id).containsExactly(due.get(0), due.get(3));
	}

	@Test
	void givenAnAttemptWonByASenderThatDiedBeforeRecordingIt_thenTheNextAttemptIsClaimedAfterItsLease() {
		List<String> due = schedule(3, NOW.minusSeconds(10));
		// A sender inserted the marker of the middle nudge's first attempt and died before writing it on the nudge.
		client.getDatabase("accord").getCollection(Collections.NUDGE_CLAIMS).insertOne(new org.bson.Document("_id",
				due.get(1) + "|1").append("claimer", "dead").append("at", java.util.Date.from(NOW)));

		assertThat(nudges.claimAll(due, NOW, LEASE, "me")).extracting(Nudge::id).containsExactly(due.get(0), due.get(2));
		nudges.sent(due.get(0), "me", NOW.plus(LEASE), NOW);
		nudges.sent(due.get(2), "me", NOW.plus(LEASE), NOW);

		Instant afterLease = NOW.plus(LEASE).plusSeconds(1);
		assertThat(nudges.claimAll(due, afterLease, LEASE, "me")).extracting(Nudge::id).containsExactly(due.get(1));
	}

	@Test
	void givenTwoSendersClaimingTheSameNudgesAtOnce_thenEachNudgeGoesToExactlyOne() throws Exception {
		List<String> due = schedule(300, NOW.minusSeconds(10));
		for (int round = 0; round < 3; round++) {
			Instant at = NOW.plus(LEASE.multipliedBy(round)).plusSeconds(round);
			CompletableFuture<List<Nudge>> mine = CompletableFuture.supplyAsync(() -> nudges.claimAll(due, at, LEASE, "me"));
			CompletableFuture<List<Nudge>> theirs = CompletableFuture.supplyAsync(() -> otherInstance.claimAll(due, at, LEASE, "other"));
			List<String> both = new ArrayList<>();
			mine.get().forEach(n -> both.add(n.id()));
			theirs.get().forEach(n -> both.add(n.id()));
			assertThat(both).as("round " + round).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(due);
		}
	}

	@Test
	void givenASenderLateWithItsSent_whenAnotherHoldsTheNudgeNow_thenItIsNotMarkedSentForThem() {
		String id = schedule(1, NOW.minusSeconds(10)).get(0);
		assertThat(nudges.claim(id, NOW, LEASE, "slow")).isPresent();
		Instant afterLease = NOW.plus(LEASE).plusSeconds(1);
		assertThat(otherInstance.claim(id, afterLease, LEASE, "other")).isPresent();

		nudges.sent(id, "slow", NOW.plus(LEASE), afterLease.plusSeconds(1));

		assertThat(nudges.find(id)).get().extracting(Nudge::state).isEqualTo(Nudge.State.CLAIMED);
		otherInstance.sent(id, "other", afterLease.plus(LEASE), afterLease.plusSeconds(2));
		assertThat(nudges.find(id)).get().extracting(Nudge::state).isEqualTo(Nudge.State.SENT);
	}

	@Test
	void givenAClaimStoppedAfterItsMarkers_thenTheNudgesAreFiledUnderTheLeaseEndAndClaimedThen() {
		List<String> due = schedule(3, NOW.minusSeconds(10));
		// The claims' record on the nudges fails part way (two nudges cannot share a claimer under this index).
		var nudgeDocuments = client.getDatabase("accord").getCollection(Collections.NUDGES);
		nudgeDocuments.createIndex(new org.bson.Document("claimer", 1),
				new com.mongodb.client.model.IndexOptions().unique(true).sparse(true));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> nudges.claimAll(due, NOW, LEASE, "me"))
			.isInstanceOf(com.mongodb.MongoException.class);
		nudgeDocuments.dropIndex("claimer_1");

		// The sweep reads the lease's end minute when it comes: every one of them is there, and free to claim then.
		assertThat(otherInstance.filedBetween(NOW.plus(LEASE), NOW.plus(LEASE))).containsAll(due);
		Instant afterLease = NOW.plus(LEASE).plusSeconds(1);
		assertThat(otherInstance.claimAll(due, afterLease, LEASE, "other")).extracting(Nudge::id)
			.containsExactlyInAnyOrderElementsOf(due);
	}

	@Test
	void givenAnOwnMarkerOlderThanALease_thenItIsNotTakenForAClaimWonNow() {
		String id = schedule(1, NOW.minusSeconds(10)).get(0);
		var markers = client.getDatabase("accord").getCollection(Collections.NUDGE_CLAIMS);
		// This sender won attempt 1 long ago and never recorded it; another has just won attempt 2, not yet recorded.
		markers.insertOne(new org.bson.Document("_id", id + "|1").append("claimer", "me")
			.append("at", java.util.Date.from(NOW.minus(LEASE).minusSeconds(1))));
		markers.insertOne(new org.bson.Document("_id", id + "|2").append("claimer", "other").append("at", java.util.Date.from(NOW)));

		assertThat(nudges.claimAll(List.of(id), NOW, LEASE, "me")).isEmpty();
		assertThat(nudges.claim(id, NOW, LEASE, "me")).isEmpty();
	}

}
