package org.accord.slack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each conversation keeps Slack's pace on its own, on a clock moved by hand: a message a second after Slack's last
 * answer, a Retry-After waited out in that conversation only, and nothing held past its time.
 */
class SlackPaceTest {

	private static final long SECOND = 1_000_000_000L;

	/** Time moved by hand; what falls due runs as it passes. */
	private static final class HandClock implements SlackPace.Timer {

		private record Task(long at, long order, Runnable run) {
		}

		private long now;

		private long order;

		private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.at != b.at ? Long.compare(a.at, b.at)
				: Long.compare(a.order, b.order));

		@Override
		public long nanos() {
			return now;
		}

		@Override
		public void after(long delayNanos, Runnable task) {
			tasks.add(new Task(now + Math.max(0, delayNanos), order++, task));
		}

		void advance(Duration by) {
			long end = now + by.toNanos();
			while (!tasks.isEmpty() && tasks.peek().at <= end) {
				Task task = tasks.poll();
				now = Math.max(now, task.at);
				task.run.run();
			}
			now = end;
		}

		void seconds(double s) {
			advance(Duration.ofMillis(Math.round(s * 1000)));
		}

	}

	private final HandClock clock = new HandClock();

	private final SlackPace pace = new SlackPace(clock, Runnable::run, Duration.ofSeconds(1), () -> {
	});

	/** Every try Slack saw: conversation, text, and when (seconds on the hand clock). */
	private final List<String> seen = new ArrayList<>();

	private SlackPace.Post post(String conversation, String text, SlackPace.Answer... answers) {
		AtomicInteger tries = new AtomicInteger();
		return () -> {
			int n = tries.getAndIncrement();
			seen.add(conversation + " " + text + " @" + clock.nanos() / (double) SECOND);
			return n < answers.length ? answers[n] : SlackPace.Answer.TOOK;
		};
	}

	private CompletableFuture<Boolean> send(String conversation, String text, SlackPace.Answer... answers) {
		return pace.send(conversation, Duration.ofMinutes(4), post(conversation, text, answers));
	}

	@Test
	void givenSeveralMessagesInOneConversation_thenEachGoesASecondAfterTheLastAnswer_andOtherConversationsAtOnce() {
		CompletableFuture<Boolean> a1 = send("T1 UANN", "one");
		CompletableFuture<Boolean> a2 = send("T1 UANN", "two");
		CompletableFuture<Boolean> a3 = send("T1 UANN", "three");
		CompletableFuture<Boolean> b1 = send("T1 UBOB", "one");
		assertThat(seen).containsExactly("T1 UANN one @0.0", "T1 UBOB one @0.0");
		assertThat(a1).isCompletedWithValue(true);
		assertThat(a2).isNotDone();
		clock.seconds(0.999);
		assertThat(seen).hasSize(2);
		clock.seconds(0.001);
		assertThat(seen).containsExactly("T1 UANN one @0.0", "T1 UBOB one @0.0", "T1 UANN two @1.0");
		clock.seconds(5);
		assertThat(seen).containsExactly("T1 UANN one @0.0", "T1 UBOB one @0.0", "T1 UANN two @1.0", "T1 UANN three @2.0");
		assertThat(List.of(a1, a2, a3, b1)).allSatisfy(f -> assertThat(f).isCompletedWithValue(true));
	}

	@Test
	void givenTooManyInOneConversation_thenItWaitsItsRetryAfter_andTheOthersGoOnMeanwhile() {
		CompletableFuture<Boolean> limited = send("T1 UANN", "nudge", SlackPace.Answer.tooMany(Duration.ofSeconds(3)));
		List<CompletableFuture<Boolean>> others = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			others.add(send("T1 UBOB", "nudge " + i));
			others.add(send("T1 U" + i, "nudge"));
		}
		clock.seconds(2.5);
		assertThat(limited).isNotDone();
		assertThat(others).allSatisfy(f -> assertThat(f).isCompletedWithValue(true));
		clock.seconds(0.5);
		assertThat(limited).isCompletedWithValue(true);
		assertThat(seen).filteredOn(s -> s.startsWith("T1 UANN")).containsExactly("T1 UANN nudge @0.0", "T1 UANN nudge @3.0");
		assertThat(seen).filteredOn(s -> s.startsWith("T1 UBOB")).containsExactly("T1 UBOB nudge 0 @0.0", "T1 UBOB nudge 1 @1.0",
				"T1 UBOB nudge 2 @2.0");
		// A message given after the wait still keeps a second from the last answer.
		CompletableFuture<Boolean> after = send("T1 UANN", "later");
		clock.seconds(0.9);
		assertThat(after).isNotDone();
		clock.seconds(0.1);
		assertThat(after).isCompletedWithValue(true);
	}

	@Test
	void givenMoreThanCanBeginInTime_thenTheLateOnesAreGivenBackAtOnceAndNeverSent() {
		List<CompletableFuture<Boolean>> sent = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			sent.add(pace.send("T1 UANN", Duration.ofMillis(4_500), post("T1 UANN", "nudge " + i)));
		}
		// 0 s, 1 s, … 4 s begin within 4.5 s; the other five could not, and hear so now.
		assertThat(sent.subList(5, 10)).allSatisfy(f -> assertThat(f).isCompletedWithValue(false));
		clock.seconds(60);
		assertThat(sent.subList(0, 5)).allSatisfy(f -> assertThat(f).isCompletedWithValue(true));
		assertThat(seen).hasSize(5).allSatisfy(s -> assertThat(s).doesNotContain("nudge 5", "nudge 9"));
	}

	@Test
	void givenARetryAfterPastTheDeadline_thenTheMessageIsGivenBackThen_notTriedLate() {
		CompletableFuture<Boolean> first = pace.send("T1 UANN", Duration.ofSeconds(10),
				post("T1 UANN", "first", SlackPace.Answer.tooMany(Duration.ofSeconds(30))));
		CompletableFuture<Boolean> second = pace.send("T1 UANN", Duration.ofSeconds(40), post("T1 UANN", "second"));
		assertThat(first).isCompletedWithValue(false);
		assertThat(second).isNotDone();
		clock.seconds(29.9);
		assertThat(second).isNotDone();
		clock.seconds(0.1);
		assertThat(second).isCompletedWithValue(true);
		assertThat(seen).containsExactly("T1 UANN first @0.0", "T1 UANN second @30.0");
	}

	@Test
	void givenARefusalOrAFailure_thenThatMessageEndsFalse_andTheLineGoesOn() {
		CompletableFuture<Boolean> refused = send("T1 UANN", "refused", SlackPace.Answer.REFUSED);
		CompletableFuture<Boolean> failed = pace.send("T1 UANN", Duration.ofMinutes(1), () -> {
			throw new IllegalStateException("connection reset");
		});
		CompletableFuture<Boolean> next = send("T1 UANN", "next");
		clock.seconds(3);
		assertThat(refused).isCompletedWithValue(false);
		assertThat(failed).isCompletedWithValue(false);
		assertThat(next).isCompletedWithValue(true);
		assertThat(seen).containsExactly("T1 UANN refused @0.0", "T1 UANN next @2.0");
	}

	@Test
	void givenThePaceCloses_thenWhatWaitsIsGivenBackUnsent() {
		CompletableFuture<Boolean> first = send("T1 UANN", "first");
		CompletableFuture<Boolean> second = send("T1 UANN", "second");
		pace.close();
		assertThat(first).isCompletedWithValue(true);
		assertThat(second).isCompletedWithValue(false);
		assertThat(send("T1 UBOB", "after")).isCompletedWithValue(false);
		clock.seconds(5);
		assertThat(seen).containsExactly("T1 UANN first @0.0");
	}

}
