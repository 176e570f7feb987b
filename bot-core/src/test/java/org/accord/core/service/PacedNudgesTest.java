package org.accord.core.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Nudge;
import org.accord.core.port.in.NudgeSweepUseCase.Sweep;
import org.accord.core.port.out.DeliveryPort;
import org.accord.core.store.mongo.MongoStore;
import org.accord.core.store.mongo.WriteBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform that keeps to a pace answers for a nudge after the sweep has returned: the nudge is marked sent only when
 * the platform took it, is postponed when it did not, and is never handed over twice while it is on its way.
 */
class PacedNudgesTest {

	private static final Instant SEVEN_DAYS = Instant.parse("2026-11-27T09:00:00Z");

	private CoreFixture fixture;

	private MongoStore store;

	private CoreServices core;

	/** What the sweep handed over, with how long it allowed, and the answer the test gives later. */
	record Handed(Outcome outcome, Duration within, CompletableFuture<Boolean> answer) {
	}

	private final List<Handed> handed = new CopyOnWriteArrayList<>();

	@BeforeEach
	void plan() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board add <@UOWN> as member");
		assertThat(replyText(fixture.say("UCHAIR", "action add \"Agree the information sharing protocol\" <@UOWN> due 2026-12-04")))
			.contains("Added action 1");
		store = MongoStore.open(fixture.db, WriteBarrier.NONE);
		DeliveryPort paced = new DeliveryPort() {

			@Override
			public boolean deliver(Outcome outcome) {
				throw new AssertionError("a nudge goes through deliverPaced");
			}

			@Override
			public CompletionStage<Boolean> deliverPaced(Outcome outcome, Duration within) {
				Handed h = new Handed(outcome, within, new CompletableFuture<>());
				handed.add(h);
				return h.answer();
			}

		};
		core = new CoreServices(new CoreServices.Ports(store.partnerships(), store.members(), store.assessments(),
				store.responses(), store.participation(), store.actions(), store.nudges(), store.checklists(),
				store.invitations(), store.regions(), paced, store.unsealed(), store.meetingLinks()),
				org.accord.core.framework.FrameworkCatalog.builtIn(), new AnonymityKey(new byte[32]), fixture.clock);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private String sevenDayNudge() {
		List<String> due = store.nudges().filedBetween(SEVEN_DAYS.minusSeconds(60), SEVEN_DAYS);
		assertThat(due).hasSize(1);
		return due.get(0);
	}

	private Nudge.State state(String id) {
		return store.nudges().find(id).orElseThrow().state();
	}

	@Test
	void givenTheSlowPlatformRefusesLater_thenTheNudgeIsPostponed_andGoesAgainAfterItsLease() {
		String id = sevenDayNudge();
		fixture.clock.set(SEVEN_DAYS);
		Sweep sweep = core.nudges().sweep();
		assertThat(sweep.sent()).isEqualTo(1);
		assertThat(sweep.pending()).isEqualTo(1);
		assertThat(handed).singleElement().satisfies(h -> assertThat(h.within())
			.isPositive().isLessThanOrEqualTo(NudgeService.LEASE.minus(NudgeService.SEND_MARGIN)));
		assertThat(state(id)).isEqualTo(Nudge.State.CLAIMED);
		// While it is on its way, no sweep hands it over again.
		fixture.clock.advance(Duration.ofMinutes(1));
		core.nudges().sweep();
		assertThat(handed).hasSize(1);

		handed.get(0).answer().complete(false);
		assertThat(state(id)).isEqualTo(Nudge.State.PENDING);
		core.nudges().sweep();
		assertThat(handed).hasSize(1);
		fixture.clock.advance(NudgeService.LEASE);
		core.nudges().sweep();
		assertThat(handed).hasSize(2);
		handed.get(1).answer().complete(true);
		assertThat(state(id)).isEqualTo(Nudge.State.SENT);
	}

	@Test
	void givenTheSlowPlatformTakesIt_thenItIsMarkedSentOnce_andNeverHandedOverAgain() {
		String id = sevenDayNudge();
		fixture.clock.set(SEVEN_DAYS);
		core.nudges().sweep();
		assertThat(handed).hasSize(1);
		handed.get(0).answer().complete(true);
		assertThat(state(id)).isEqualTo(Nudge.State.SENT);
		// Past its lease, sweep after sweep: it is not handed over again.
		for (int i = 0; i < 4; i++) {
			fixture.clock.advance(NudgeService.LEASE);
			core.nudges().sweep();
		}
		assertThat(handed).hasSize(1);
		assertThat(state(id)).isEqualTo(Nudge.State.SENT);
	}

	@Test
	void givenThePlatformFailsOutright_thenTheNudgeIsPostponedNotSent() {
		String id = sevenDayNudge();
		fixture.clock.set(SEVEN_DAYS);
		core.nudges().sweep();
		handed.get(0).answer().completeExceptionally(new IllegalStateException("the connection was reset"));
		assertThat(state(id)).isEqualTo(Nudge.State.PENDING);
		assertThat(store.nudges().find(id).orElseThrow().sendAt()).isAfter(SEVEN_DAYS);
	}

	@Test
	void givenAPlatformThatAnswersAtOnce_thenTheSweepCountsItsAnswers() {
		fixture.clock.set(SEVEN_DAYS);
		DeliveryPort refusing = outcome -> false;
		CoreServices refused = new CoreServices(new CoreServices.Ports(store.partnerships(), store.members(), store.assessments(),
				store.responses(), store.participation(), store.actions(), store.nudges(), store.checklists(),
				store.invitations(), store.regions(), refusing, store.unsealed(), store.meetingLinks()),
				org.accord.core.framework.FrameworkCatalog.builtIn(), new AnonymityKey(new byte[32]), fixture.clock);
		Sweep sweep = refused.nudges().sweep();
		assertThat(sweep).isEqualTo(new Sweep(1, 0, 1, 0, 0));
		assertThat(state(sevenDayNudge())).isEqualTo(Nudge.State.PENDING);
	}

}
