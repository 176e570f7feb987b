package org.accord.app.proof;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.accord.app.slack.FakeSlackApi;
import org.accord.app.slack.SlackMembers;
import org.accord.app.slack.SlackRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accord run with a bot token, signing secret and anonymity key that are easy to recognise, every logger
 * at DEBUG (the SDKs' own debug logging included), through a short but complete flow with a forged and a
 * malformed request on the way: none of the three, nor the key's base64, hex or raw bytes, nor any long
 * piece of them, is anywhere in the output from start-up to the end of the flow.
 */
// logging.level.* is read when the environment is prepared, before @DynamicPropertySource applies: so here.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "logging.level.root=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsTest {

	static final String TEAM = "T0SECRET";

	static final String BOT_TOKEN = "xoxb-SECRET-TOKEN-12345";

	static final String SIGNING_SECRET = "SIGNING-SECRET-d41d8cd98f00b204";

	/** 32 bytes, as ACCORD_ANONYMITY_KEY must hold, readable wherever they might surface. */
	static final byte[] ANONYMITY_KEY = "ANONYMITY-KEY-SECRET-0123456789!".getBytes(StandardCharsets.US_ASCII);

	static final String CHAIR = "U0CHAIR";

	static final String ALEX = "U0ALEX";

	static final String SAM = "U0SAM";

	static FakeSlackApi slack;

	@DynamicPropertySource
	static void secrets(DynamicPropertyRegistry registry) throws IOException {
		slack = new FakeSlackApi(BOT_TOKEN);
		String dataDir = Files.createTempDirectory("accord-secrets-it").toString();
		registry.add("accord.slack.bot-token", () -> BOT_TOKEN);
		registry.add("accord.slack.signing-secret", () -> SIGNING_SECRET);
		registry.add("accord.anonymity-key", () -> Base64.getEncoder().encodeToString(ANONYMITY_KEY));
		registry.add("accord.slack.api-url", slack::url);
		registry.add("accord.data-dir", () -> dataDir);
		registry.add("accord.mongodb-uri", () -> "");
	}

	@AfterAll
	static void stop() {
		slack.close();
	}

	@LocalServerPort
	int port;

	@Test
	void givenRecognisableSecretsAndDebugLogging_thenNoneOfThemIsInTheLog(CapturedOutput output) throws Exception {
		SlackRequests requests = new SlackRequests(port, TEAM, SIGNING_SECRET);
		SlackMembers members = new SlackMembers(slack, requests);
		assertThat(SlackRequests.shown(requests.command(CHAIR, "board add <@U0ALEX> <@U0SAM> as member"))).contains("Added");
		long begin = slack.mark();
		assertThat(SlackRequests.shown(requests.command(CHAIR, "start cdrp-2002 Secrets run"))).contains("3 people");
		for (String user : List.of(CHAIR, ALEX, SAM)) {
			SlackMembers.Prompt prompt = members.promptFor(user, "1.1", begin);
			if (user.equals(ALEX)) {
				long opened = members.click(user, prompt, "Add evidence / comment");
				String context = slack.awaitAfter(opened, "views.open", c -> true, SlackMembers.WAIT).json("view")
					.path("private_metadata").asText();
				assertThat(requests.submitForm(user, context, Map.of("evidence", "Minutes", "comment", "Fine"))
					.statusCode()).isEqualTo(200);
			}
			members.promptFor(user, "1.2", members.click(user, prompt, "Some success"));
		}
		// A forged request (signed with another secret) and a signed but malformed one.
		String body = SlackRequests.form(Map.of("team_id", TEAM, "user_id", CHAIR, "command", "/assess", "text", "close now"));
		String now = Long.toString(System.currentTimeMillis() / 1000);
		assertThat(requests.post(body, "application/x-www-form-urlencoded", now, SlackRequests.sign("forged", now, body),
				Map.of()).statusCode()).isEqualTo(401);
		HttpResponse<String> malformed = requests.post("payload=%7Bnot-json", "application/x-www-form-urlencoded");
		assertThat(malformed.statusCode()).isBetween(400, 499);
		ObjectNode home = (ObjectNode) SlackRequests.fixture("app_home_opened.json");
		home.put("team_id", TEAM).put("event_id", "Ev0SECRET");
		((ObjectNode) home.get("event")).put("user", CHAIR).put("tab", "home");
		assertThat(requests.event(home.toString()).statusCode()).isEqualTo(200);
		assertThat(SlackRequests.shown(requests.command(CHAIR, "close now"))).contains("Round 1 is closed");
		long viewed = slack.mark();
		assertThat(new SlackMembers(slack, requests).consensusView(CHAIR).words()).contains("Consensus view");
		// The chart upload is the flow's last Web API call: once it is done, the whole run has been logged.
		slack.awaitAfter(viewed, "files.completeUploadExternal", c -> true, SlackMembers.WAIT);
		slack.awaitAfter(begin, "views.publish", c -> true, SlackMembers.WAIT);
		Thread.sleep(300);

		String log = output.getAll();
		// The capture really holds the start-up (where configuration is read) and the SDKs' debug logging,
		// and the Web API really took the token.
		assertThat(log).contains("Started SecretsInLogsTest", "Slack is on").contains("DEBUG");
		// Nor, at DEBUG, does any request body reach the log: a click's body holds its clicker's user id beside the
		// rating it carries (its button value, RATE|…), the very link anonymity removes.
		assertThat(log).as("the log").doesNotContain("RATE|").doesNotContain("block_actions");
		assertThat(slack.calls("chat.postMessage")).isNotEmpty();
		for (String secret : secrets()) {
			assertThat(log).as("the log").doesNotContain(secret);
			// A mask that shows most of a secret is no mask: no 12 characters in a row of it appear either.
			for (int i = 0; i + 12 <= secret.length(); i++) {
				assertThat(log).as("the log, for a piece of a secret").doesNotContain(secret.substring(i, i + 12));
			}
		}
	}

	private static List<String> secrets() {
		List<String> secrets = new ArrayList<>(List.of(BOT_TOKEN, SIGNING_SECRET));
		secrets.add(Base64.getEncoder().encodeToString(ANONYMITY_KEY));
		secrets.add(Base64.getUrlEncoder().encodeToString(ANONYMITY_KEY));
		secrets.add(HexFormat.of().formatHex(ANONYMITY_KEY));
		secrets.add(new String(ANONYMITY_KEY, StandardCharsets.US_ASCII));
		return secrets;
	}

}
