package org.accord.scheduler;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.accord.core.port.in.NudgeSweepUseCase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NudgeSchedulerTest {

	@Test
	void givenAnInterval_thenTheSweepRunsRepeatedlyAndAFailingSweepDoesNotStopIt() throws Exception {
		CountDownLatch threeSweeps = new CountDownLatch(3);
		AtomicInteger calls = new AtomicInteger();
		NudgeSweepUseCase sweep = () -> {
			threeSweeps.countDown();
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("store briefly unreachable");
			}
			return new NudgeSweepUseCase.Sweep(0, 0, 0, 0);
		};
		try (NudgeScheduler scheduler = new NudgeScheduler(sweep, 1)) {
			scheduler.start();
			assertThat(threeSweeps.await(10, TimeUnit.SECONDS)).isTrue();
		}
	}

	@Test
	void givenTwoSchedulersInOneProcess_thenBothRun() throws Exception {
		CountDownLatch both = new CountDownLatch(2);
		NudgeSweepUseCase sweep = () -> {
			both.countDown();
			return new NudgeSweepUseCase.Sweep(0, 0, 0, 0);
		};
		try (NudgeScheduler a = new NudgeScheduler(sweep, 60); NudgeScheduler b = new NudgeScheduler(sweep, 60)) {
			a.start();
			b.start();
			assertThat(both.await(10, TimeUnit.SECONDS)).isTrue();
		}
	}

	@Test
	void givenNoInterval_thenRefused() {
		assertThatThrownBy(() -> new NudgeScheduler(() -> null, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
