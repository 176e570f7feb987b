package org.accord.app.slack;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

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
 * The action plan in Slack with a movable clock: an owner is nudged in their DM and answers in the
 * nudge itself (a new date, progress, done); the chair accepts the new date from the message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackNudgeIntegrationTest {

	static final String TEAM = "T0PLAN";

	static FakeSlackApi slack;

	@DynamicPropertySource
	static void slack(DynamicPropertyRegistry registry) throws IOException {
		slack = new FakeSlackApi();
		SlackTestProperties.register(registry, slack);
		// The test sweeps by itself at the times it sets; Quartz's own sweep (at start, on the wall clock) is off.
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

	@Test
	void givenAnActionWithAnOwner_thenNudgedOnTimeAndAnsweredInPlace() {
		// Signed at Accord's time, as Slack's clock and Accord's agree.
		SlackRequests requests = new SlackRequests(port, TEAM).at(clock);
		MovableClock time = (MovableClock) clock;
		requests.command("U0CHAIR", "board add <@U0OWN> as member");
		long added = slack.mark();
		assertThat(SlackRequests.shown(requests.command("U0CHAIR",
				"action add \u201cAgree the information sharing protocol\u201d <@U0OWN|own> due 2026-12-04 milestone \"Signed by all\" criterion 5.5")))
			.contains("Added action 1: Agree the information sharing protocol, owned by <@U0OWN>, due 2026-12-04");
		slack.awaitAfter(added, "chat.postMessage", c -> "U0OWN".equals(c.param("channel"))
				&& c.param("text").startsWith("You own action 1"), SlackMembers.WAIT);

		time.set(Instant.parse("2026-11-27T08:59:00Z"));
		long early = slack.mark();
		// Nudges go in their conversation's turn, after the sweep returns: it handed none over, so none will come.
		assertThat(core.nudges().sweep().sent()).isZero();
		assertThat(slack.calls("chat.postMessage").stream().filter(c -> c.seq() > early)).isEmpty();
		time.set(Instant.parse("2026-11-27T09:00:30Z"));
		// Slack says "too many" once: the nudge waits Retry-After and goes, still once.
		slack.rateLimitNext("chat.postMessage", 1);
		core.nudges().sweep();
		FakeSlackApi.Call nudge = slack.awaitAfter(early, "chat.postMessage", c -> "U0OWN".equals(c.param("channel"))
				&& c.param("text").startsWith("Action 1 is due in 7 days"), SlackMembers.WAIT);
		assertThat(slack.refused.get()).isEqualTo(1);
		assertThat(core.nudges().sweep().sent()).isZero();
		assertThat(slack.calls("chat.postMessage").stream().filter(c -> c.seq() > early)).hasSize(1);

		Map<String, String> buttons = FakeSlackApi.buttons(nudge.json("blocks"));
		long asked = slack.mark();
		requests.click("U0OWN", nudge.param("_channel"), nudge.param("_ts"), buttons.get("Need a new date"));
		FakeSlackApi.Call form = slack.awaitAfter(asked, "views.open", c -> true, SlackMembers.WAIT);
		assertThat(form.json("view").toString()).contains("datepicker");
		requests.submitForm("U0OWN", form.json("view").path("private_metadata").asText(),
				Map.of("date", "2026-12-18", "reason", "Waiting for the fire service's legal review"));
		FakeSlackApi.Call request = slack.awaitAfter(asked, "chat.postMessage", c -> "U0CHAIR".equals(c.param("channel"))
				&& c.param("text").startsWith("New date asked for action 1"), SlackMembers.WAIT);
		assertThat(request.json("blocks").toString()).contains("fire service's legal review");
		long accepted = slack.mark();
		requests.click("U0CHAIR", request.param("_channel"), request.param("_ts"),
				FakeSlackApi.buttons(request.json("blocks")).get("Accept 2026-12-18"));
		slack.awaitAfter(accepted, "chat.update", c -> c.json("blocks").toString().contains("now due 2026-12-18"),
				SlackMembers.WAIT);
		slack.awaitAfter(accepted, "chat.postMessage", c -> "U0OWN".equals(c.param("channel"))
				&& c.param("text").contains("accepted your new date"), SlackMembers.WAIT);

		// The old date's nudges say nothing now; the new date's come in their turn.
		time.set(Instant.parse("2026-12-03T09:00:30Z"));
		long moved = slack.mark();
		core.nudges().sweep();
		time.set(Instant.parse("2026-12-11T09:00:30Z"));
		core.nudges().sweep();
		FakeSlackApi.Call second = slack.awaitAfter(moved, "chat.postMessage", c -> "U0OWN".equals(c.param("channel"))
				&& c.param("text").startsWith("Action 1 is due in 7 days"), SlackMembers.WAIT);
		assertThat(slack.calls("chat.postMessage").stream().filter(c -> c.seq() > moved)).hasSize(1);

		long done = slack.mark();
		requests.click("U0OWN", second.param("_channel"), second.param("_ts"),
				FakeSlackApi.buttons(second.json("blocks")).get("Done"));
		FakeSlackApi.Call saidDone = slack.awaitAfter(done, "chat.update", c -> c.json("blocks").toString().contains("Action 1 is done"),
				SlackMembers.WAIT);
		slack.awaitAfter(done, "chat.postMessage", c -> "U0CHAIR".equals(c.param("channel"))
				&& c.param("text").contains("marked action 1 done"), SlackMembers.WAIT);
		// The reminder became the answer: no second message says the same to the owner.
		assertThat(slack.calls().stream().filter(c -> c.seq() > done && c.method().equals("chat.postEphemeral"))).isEmpty();
		// Done pressed by mistake is taken back from the same message, and then pressed again.
		long undoing = slack.mark();
		requests.click("U0OWN", second.param("_channel"), second.param("_ts"),
				FakeSlackApi.buttons(saidDone.json("blocks")).get("Undo"));
		FakeSlackApi.Call reopened = slack.awaitAfter(undoing, "chat.update", c -> c.json("blocks").toString()
				.contains("Action 1 is open again"), SlackMembers.WAIT);
		slack.awaitAfter(undoing, "chat.postMessage", c -> "U0CHAIR".equals(c.param("channel"))
				&& c.param("text").contains("took back Done on action 1"), SlackMembers.WAIT);
		long doneAgain = slack.mark();
		requests.click("U0OWN", second.param("_channel"), second.param("_ts"),
				FakeSlackApi.buttons(reopened.json("blocks")).get("Done"));
		slack.awaitAfter(doneAgain, "chat.update", c -> c.json("blocks").toString().contains("Action 1 is done"), SlackMembers.WAIT);
		slack.awaitAfter(doneAgain, "chat.postMessage", c -> "U0CHAIR".equals(c.param("channel"))
				&& c.param("text").contains("marked action 1 done"), SlackMembers.WAIT);
		time.set(Instant.parse("2026-12-21T09:00:30Z"));
		long after = slack.mark();
		assertThat(core.nudges().sweep().sent()).isZero();
		assertThat(slack.calls("chat.postMessage").stream().filter(c -> c.seq() > after)).isEmpty();
		assertThat(SlackRequests.shown(requests.command("U0OWN", "actions mine"))).contains("Agree the information sharing protocol",
				"done");
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "settings"))).contains("Europe/London", "18:00–08:00");

		// An action due tomorrow, added at 09:00:30: the reminders the chair is told of are those still ahead.
		assertThat(SlackRequests.shown(requests.command("U0CHAIR",
				"action add \"Circulate the minutes\" <@U0OWN|own> due 2026-12-22")))
			.contains("due 2026-12-22. They will be reminded on the day, and weekly if it runs over.");
		assertThat(SlackRequests.shown(requests.command("U0CHAIR",
				"action add \"Book the review\" <@U0OWN|own> due 2026-12-30")))
			.contains("due 2026-12-30. They will be reminded 7 days and 1 day before, on the day, and weekly if it runs over.");

		// A new date the chair does not accept: the request's Keep button, and the owner hears it.
		long asking = slack.mark();
		assertThat(SlackRequests.shown(requests.command("U0OWN", "action date 3 2027-01-15"))).contains("Asked the chair");
		FakeSlackApi.Call wanted = slack.awaitAfter(asking, "chat.postMessage", c -> "U0CHAIR".equals(c.param("channel"))
				&& c.param("text").startsWith("New date asked for action 3"), SlackMembers.WAIT);
		long keeping = slack.mark();
		requests.click("U0CHAIR", wanted.param("_channel"), wanted.param("_ts"),
				FakeSlackApi.buttons(wanted.json("blocks")).get("Keep 2026-12-30"));
		slack.awaitAfter(keeping, "chat.update", c -> c.json("blocks").toString().contains("Kept: action 3 stays due 2026-12-30"),
				SlackMembers.WAIT);
		slack.awaitAfter(keeping, "chat.postMessage", c -> "U0OWN".equals(c.param("channel"))
				&& c.param("text").contains("The chair kept the date of action 3"), SlackMembers.WAIT);
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "action accept 3"))).startsWith("No new date has been asked for action 3.");

		// An owner who is not on the board lists their own actions all the same, and nothing else of the board.
		requests.command("U0CHAIR", "action add \"Brief the partner agency\" <@U0OUT|out> due 2026-12-30");
		assertThat(SlackRequests.shown(requests.command("U0OUT", "actions mine"))).contains("Brief the partner agency")
			.doesNotContain("You are not on", "Book the review");
		assertThat(SlackRequests.shown(requests.command("U0OUT", "actions"))).contains("You are not on");
	}

}
