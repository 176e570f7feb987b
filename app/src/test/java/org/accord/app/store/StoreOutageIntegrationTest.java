package org.accord.app.store;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.accord.app.slack.FakeSlackApi;
import org.accord.app.slack.SlackMembers;
import org.accord.app.slack.SlackRequests;
import org.accord.app.slack.SlackTestProperties;
import org.accord.app.teams.FakeBotConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store stops under a running Accord (the embedded server closed, as a crashed or unreachable MongoDB
 * would be). Every request is answered inside Slack's 3 s and the person is told, in plain words, that
 * nothing was saved: a command in its answer, a click by a message to them alone, a form inside the form;
 * an Events API delivery gets 503 so that Slack sends it again; Teams gets the same sentence as an
 * invoke's answer or a reply. The log blames the store at ERROR, never the sender, with no stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StoreOutageIntegrationTest {

	static final String TEAM = "T0OUTAGE";

	static final String TRY_AGAIN = "Accord could not save that just now; nothing was changed. Please try again in a minute.";

	/** Slack gives up on an answer after 3 s. */
	static final Duration SLACK_WAITS = Duration.ofSeconds(3);

	static final ObjectMapper JSON = new ObjectMapper();

	static FakeSlackApi slack;

	static FakeBotConnector connector;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) throws IOException {
		slack = new FakeSlackApi();
		connector = new FakeBotConnector();
		SlackTestProperties.register(registry, slack);
		registry.add("accord.teams.app-id", () -> "");
		registry.add("accord.teams.emulator", () -> "on");
		registry.add("accord.nudge-sweep-seconds", () -> "0");
	}

	@AfterAll
	static void stop() {
		slack.close();
		connector.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	StoreConnection store;

	record Timed<T>(T answer, Duration took) {
	}

	static <T> Timed<T> timed(Supplier<T> request) {
		long started = System.nanoTime();
		T answer = request.get();
		return new Timed<>(answer, Duration.ofNanos(System.nanoTime() - started));
	}

	@Test
	void givenTheStoreStopped_thenEveryoneIsToldWithinThreeSecondsAndTheLogBlamesTheStore(CapturedOutput output)
			throws Exception {
		SlackRequests requests = new SlackRequests(port, TEAM);
		SlackMembers members = new SlackMembers(slack, requests);
		requests.command("U0CHAIR", "board add <@U0ALEX> as member");
		long begin = slack.mark();
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "start cdrp-2002 due 2099-12-31 Outage")))
			.contains("2 people have been sent");
		SlackMembers.Prompt prompt = members.promptFor("U0ALEX", "1.1", begin);
		long opened = members.click("U0ALEX", prompt, "Add evidence / comment");
		String form = slack.awaitAfter(opened, "views.open", c -> true, SlackMembers.WAIT).json("view")
			.path("private_metadata").asText();
		int logBefore = output.getAll().length();

		store.close();
		List<String> took = new ArrayList<>();

		// A slash command: the sentence in its answer, to them alone.
		Timed<HttpResponse<String>> command = timed(() -> requests.command("U0ALEX", "status"));
		took.add("command " + command.took().toMillis() + " ms");
		assertThat(command.answer().statusCode()).isEqualTo(200);
		JsonNode said = JSON.readTree(command.answer().body());
		assertThat(said.path("response_type").asText()).isEqualTo("ephemeral");
		assertThat(said.path("text").asText()).isEqualTo(TRY_AGAIN);
		assertThat(command.took()).isLessThan(SLACK_WAITS);

		// A rating click: acknowledged, then the sentence to them alone where they clicked; the prompt is not
		// updated to show a choice that was never kept.
		long clicked = slack.mark();
		Timed<HttpResponse<String>> click = timed(() -> requests.click("U0ALEX", prompt.channel(), prompt.ts(),
				prompt.buttons().get("Some success")));
		took.add("click " + click.took().toMillis() + " ms");
		assertThat(click.answer().statusCode()).isEqualTo(200);
		assertThat(click.took()).isLessThan(SLACK_WAITS);
		FakeSlackApi.Call told = slack.awaitAfter(clicked, "chat.postEphemeral", c -> "U0ALEX".equals(c.param("user")),
				SlackMembers.WAIT);
		assertThat(told.param("channel")).isEqualTo(prompt.channel());
		assertThat(told.param("text")).isEqualTo(TRY_AGAIN);
		assertThat(slack.calls("chat.update").stream().filter(c -> c.seq() > clicked)).isEmpty();

		// A form: it stays open, with the sentence under its first input.
		Timed<HttpResponse<String>> submitted = timed(() -> requests.submitForm("U0ALEX", form,
				Map.of("evidence", "Minutes of the March board")));
		took.add("form " + submitted.took().toMillis() + " ms");
		assertThat(submitted.answer().statusCode()).isEqualTo(200);
		JsonNode errors = JSON.readTree(submitted.answer().body());
		assertThat(errors.path("response_action").asText()).isEqualTo("errors");
		assertThat(errors.path("errors").path("evidence").asText()).isEqualTo(TRY_AGAIN);
		assertThat(submitted.took()).isLessThan(SLACK_WAITS);

		// Events: 503, so that Slack delivers them again once the store is back.
		ObjectNode dm = (ObjectNode) SlackRequests.fixture("message_im.json");
		dm.put("team_id", TEAM).put("event_id", "Ev0OUTAGE1");
		((ObjectNode) dm.get("event")).put("user", "U0ALEX").put("text", "resume");
		ObjectNode home = (ObjectNode) SlackRequests.fixture("app_home_opened.json");
		home.put("team_id", TEAM).put("event_id", "Ev0OUTAGE2");
		((ObjectNode) home.get("event")).put("user", "U0ALEX").put("tab", "home");
		for (ObjectNode event : List.of(dm, home)) {
			Timed<HttpResponse<String>> delivered = timed(() -> requests.event(event.toString()));
			took.add(event.path("event").path("type").asText() + " " + delivered.took().toMillis() + " ms");
			assertThat(delivered.answer().statusCode()).isEqualTo(503);
			assertThat(delivered.answer().body()).isEqualTo("Accord's store did not answer; please send this again.");
			assertThat(delivered.took()).isLessThan(SLACK_WAITS);
		}

		// Teams: an invoke's answer says so; a message gets it as a reply. Never a 500.
		TeamsActivities teams = new TeamsActivities(port);
		Timed<HttpResponse<String>> invoke = timed(() -> teams.post(teams.fixture("invoke_adaptive_card_action",
				connector.serviceUrl())));
		took.add("teams invoke " + invoke.took().toMillis() + " ms");
		assertThat(invoke.answer().statusCode()).isEqualTo(200);
		JsonNode invoked = JSON.readTree(invoke.answer().body());
		assertThat(invoked.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
		assertThat(invoked.path("value").asText()).isEqualTo(TRY_AGAIN);
		assertThat(invoke.took()).isLessThan(SLACK_WAITS);
		ObjectNode message = teams.fixture("message_activity", connector.serviceUrl());
		message.put("text", "status");
		Timed<HttpResponse<String>> typed = timed(() -> teams.post(message));
		took.add("teams message " + typed.took().toMillis() + " ms");
		assertThat(typed.answer().statusCode()).isEqualTo(202);
		assertThat(typed.took()).isLessThan(SLACK_WAITS);
		assertThat(connector.await(FakeBotConnector.Call::sends, SlackMembers.WAIT).text()).isEqualTo(TRY_AGAIN);
		System.out.println("store_down_answers = " + took);

		String log = output.getAll().substring(logBefore);
		assertThat(log).contains("ERROR", "The store did not answer: a Slack command was not carried out",
				"The store did not answer: a Slack click was not carried out",
				"The store did not answer: a Slack form was not saved",
				"The store did not answer: a Slack event was not handled; answered 503",
				"The store did not answer: a Teams invoke activity was not carried out",
				"The store did not answer: a Teams message activity was not carried out");
		assertThat(log).doesNotContain("Refused a Slack request", "failed in the bot", "Bad request");
		assertThat(stackTracesAfter(log)).as("log lines at WARN or INFO with a stack trace (the MongoDB driver's own"
				+ " monitor aside)").isEmpty();
	}

	/** Log lines at WARN or INFO that a stack trace follows, except the MongoDB driver's own monitor's. */
	static List<String> stackTracesAfter(String log) {
		List<String> found = new ArrayList<>();
		Pattern entry = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+(TRACE|DEBUG|INFO|WARN|ERROR) .*");
		String last = null;
		for (String line : log.split("\\R")) {
			if (entry.matcher(line).matches()) {
				last = line;
			}
			else if (line.startsWith("\tat ") && last != null && !last.contains("ERROR") && !last.contains("mongodb.driver")) {
				found.add(last);
				last = null;
			}
		}
		return found;
	}

	/** Activities posted to /api/messages (TeamsRequests is the teams package's own). */
	static final class TeamsActivities {

		private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

		private final java.net.URI endpoint;

		TeamsActivities(int port) {
			endpoint = java.net.URI.create("http://127.0.0.1:" + port + "/api/messages");
		}

		ObjectNode fixture(String name, String serviceUrl) {
			try (var in = getClass().getResourceAsStream("/teams/" + name + ".json")) {
				ObjectNode activity = (ObjectNode) JSON.readTree(in);
				activity.put("serviceUrl", serviceUrl);
				return activity;
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}

		HttpResponse<String> post(ObjectNode activity) {
			try {
				return http.send(java.net.http.HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
					.header("Content-Type", "application/json")
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString(activity.toString()))
					.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}

	}

}
