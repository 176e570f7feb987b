package org.accord.app.slack;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.accord.core.port.in.NudgeSweepUseCase;
import org.accord.core.service.CoreServices;
import org.accord.core.service.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nudges to many owners against a Slack that takes one message a second per channel: each channel keeps the pace,
 * a 429 in one channel holds up no other, and every nudge arrives once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackPacedNudgesIntegrationTest {

	static final String TEAM = "T0PACE";

	static final int OWNERS = 20;

	/**
	 * Its first nudge gets Slack's 429, Retry-After: 2: long enough that every other nudge is handed over well within
	 * it, however the sweep orders them.
	 */
	static final String LIMITED = "U0OWN07";

	/** Owns three actions due the same day: three nudges in one channel. */
	static final String BUSY = "U0OWN00";

	static FakeSlackApi slack;


	@DynamicPropertySource
	static void slack(DynamicPropertyRegistry registry) throws IOException {
		slack = new FakeSlackApi();
		SlackTestProperties.register(registry, slack);
		registry.add("accord.nudge-sweep-seconds", () -> "0");
	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		Clock movableClock() {
			return new MovableClock(Instant.parse("2026-11-26T10:00:00Z"));
		}

	}

	@AfterAll
	static void stop() {
		slack.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	CoreServices core;

	@Autowired
	Clock clock;

	static String owner(int i) {
		return String.format("U0OWN%02d", i);
	}

	@Test
	void givenManyOwnersAndOneChannelRateLimited_thenEachChannelKeepsThePace_andNoneWaitsForAnother() {
		SlackRequests requests = new SlackRequests(port, TEAM).at(clock);
		long added = slack.mark();
		for (int i = 0; i < OWNERS; i++) {
			requests.command("U0CHAIR", "action add \"Task " + i + "\" <@" + owner(i) + "|o" + i + "> due 2026-12-04");
		}
		requests.command("U0CHAIR", "action add \"Extra A\" <@" + BUSY + "|busy> due 2026-12-04");
		requests.command("U0CHAIR", "action add \"Extra B\" <@" + BUSY + "|busy> due 2026-12-04");
		int due = OWNERS + 2;
		awaitCount(added, "You own action", due);

		// A sweep a minute before, so that the one that sends reads two minutes of the schedule, not a day of it.
		((MovableClock) clock).set(Instant.parse("2026-11-27T08:59:00Z"));
		assertThat(core.nudges().sweep().sent()).isZero();
		slack.paceChannels();
		slack.rateLimitNextTo(LIMITED, 1, 2);
		((MovableClock) clock).set(Instant.parse("2026-11-27T09:00:30Z"));
		long start = System.nanoTime();
		long swept = slack.mark();
		NudgeSweepUseCase.Sweep sweep = core.nudges().sweep();
		long returned = System.nanoTime();
		assertThat(sweep.sent()).isEqualTo(due);
		// Handed over, not waited for: the busy channel's later nudges were still on their way.
		assertThat(sweep.pending()).isPositive();
		awaitCount(swept, "is due in 7 days", due);

		List<FakeSlackApi.Post> posts = slack.posts().stream().filter(p -> p.nanos() >= start).toList();
		Map<String, List<FakeSlackApi.Post>> byChannel = posts.stream().collect(Collectors.groupingBy(FakeSlackApi.Post::channel));
		// Accord never tried a second message within a second in any channel: the only refusal is the one Slack chose.
		assertThat(posts).filteredOn(p -> !p.taken()).extracting(FakeSlackApi.Post::channel).containsExactly(LIMITED);
		byChannel.forEach((channel, each) -> {
			for (int i = 1; i < each.size(); i++) {
				assertThat(each.get(i).nanos() - each.get(i - 1).nanos()).as(channel).isGreaterThanOrEqualTo(1_000_000_000L);
			}
		});
		assertThat(byChannel.get(BUSY)).hasSize(3).allMatch(FakeSlackApi.Post::taken);
		List<FakeSlackApi.Post> limited = byChannel.get(LIMITED);
		assertThat(limited).extracting(FakeSlackApi.Post::taken).containsExactly(false, true);
		assertThat(limited.get(1).nanos() - limited.get(0).nanos()).as("Retry-After obeyed").isGreaterThanOrEqualTo(2_000_000_000L);
		// Every other channel's first nudge was in before the limited channel's retry.
		long retry = limited.get(1).nanos();
		assertThat(returned).as("the sweep returned before the 429's wait was over").isLessThan(retry);
		byChannel.forEach((channel, each) -> {
			if (!channel.equals(LIMITED)) {
				assertThat(each.get(0).nanos()).as(channel).isLessThan(retry);
			}
		});
		// Once each: by text, and the next sweep has nothing to hand over.
		List<String> texts = slack.calls("chat.postMessage").stream().filter(c -> c.seq() > swept).map(c -> c.param("channel")
				+ " " + c.param("text").lines().findFirst().orElse("")).toList();
		assertThat(texts).hasSize(due).doesNotHaveDuplicates();
		assertThat(texts).filteredOn(t -> t.startsWith(LIMITED + " ")).hasSize(1);
		assertThat(core.nudges().sweep().sent()).isZero();
	}

	private static void awaitCount(long mark, String words, int count) {
		long end = System.nanoTime() + SlackMembers.WAIT.toNanos();
		while (System.nanoTime() < end && matching(mark, words) < count) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		assertThat(matching(mark, words)).as("messages with \"%s\"", words).isEqualTo(count);
	}

	private static long matching(long mark, String words) {
		return slack.calls("chat.postMessage").stream().filter(c -> c.seq() > mark && c.param("text") != null
				&& c.param("text").contains(words)).count();
	}

}
