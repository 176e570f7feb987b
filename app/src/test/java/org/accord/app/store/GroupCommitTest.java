package org.accord.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writes that arrive together share a commit, and none is acknowledged before a commit that covers it has ended. */
class GroupCommitTest {

	@Test
	void givenConcurrentWrites_thenEachReturnsOnlyAfterACommitThatBeganAfterIt_andTheyShareCommits() throws Exception {
		AtomicLong written = new AtomicLong();
		AtomicLong durable = new AtomicLong();
		AtomicInteger commits = new AtomicInteger();
		GroupCommit barrier = new GroupCommit(() -> {
			long upTo = written.get();
			commits.incrementAndGet();
			sleep(2);
			durable.accumulateAndGet(upTo, Math::max);
		});
		int threads = 8;
		int each = 100;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> early = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			early.add(pool.submit(() -> {
				go.await();
				int acknowledgedEarly = 0;
				for (int i = 0; i < each; i++) {
					long mine = written.incrementAndGet();
					barrier.afterWrite();
					if (durable.get() < mine) {
						acknowledgedEarly++;
					}
				}
				return acknowledgedEarly;
			}));
		}
		go.countDown();
		for (Future<Integer> f : early) {
			assertThat(f.get(30, TimeUnit.SECONDS)).as("writes acknowledged before a commit covered them").isZero();
		}
		pool.shutdown();
		assertThat(commits.get()).as("commits for %d writes", threads * each).isLessThan(threads * each / 2);
	}

	@Test
	void givenAWriteAlone_thenItHasACommitOfItsOwn() {
		AtomicInteger commits = new AtomicInteger();
		GroupCommit barrier = new GroupCommit(commits::incrementAndGet);
		barrier.afterWrite();
		barrier.afterWrite();
		assertThat(commits.get()).isEqualTo(2);
	}

	@Test
	void givenACommitThatFails_thenItsWriterHearsIt_andTheNextWriterCommitsAfresh() {
		AtomicInteger calls = new AtomicInteger();
		GroupCommit barrier = new GroupCommit(() -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("disk full");
			}
		});
		assertThatThrownBy(barrier::afterWrite).hasMessage("disk full");
		barrier.afterWrite();
		assertThat(calls.get()).isEqualTo(2);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
