package org.accord.app.teams;

import java.io.IOException;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import org.accord.app.slack.FakeSlackApi;
import org.accord.app.slack.SlackTestProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Slack-only Accord: no MICROSOFT_APP_ID and no ACCORD_TEAMS_EMULATOR. Forged activities once endorsed
 * a form in three representatives' names and made Accord post to a loopback path of the sender's
 * choosing; now {@code /api/messages} is off. Accord's own Teams bot is the one that would answer here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TeamsOffIntegrationTest {

	static final String OFF = "Teams is off on this Accord: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD to turn it on"
			+ " (or ACCORD_TEAMS_EMULATOR=on for the Bot Framework Emulator on this machine).";

	static FakeSlackApi slack;

	static FakeBotConnector connector;

	@DynamicPropertySource
	static void slackOnly(DynamicPropertyRegistry registry) throws IOException {
		slack = new FakeSlackApi();
		connector = new FakeBotConnector();
		SlackTestProperties.register(registry, slack);
		// Blank even if they are set where the tests run.
		registry.add("accord.teams.app-id", () -> "");
		registry.add("accord.teams.emulator", () -> "");
	}

	@AfterAll
	static void stop() {
		slack.close();
		connector.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	MongoClient mongo;

	@Test
	void givenNoAppIdAndNoEmulator_thenEveryActivityGets404SayingHowToTurnTeamsOn_andNothingHappens() {
		TeamsRequests requests = new TeamsRequests(port);
		ObjectNode join = TeamsRequests.fixture("message_activity", connector.serviceUrl());
		join.put("text", "join ABCD2345");
		ObjectNode endorse = TeamsRequests.fixture("invoke_adaptive_card_action", connector.serviceUrl());
		for (Object activity : new Object[] { join, endorse,
				TeamsRequests.fixture("conversation_update_members_added", connector.serviceUrl()),
				TeamsRequests.fixture("installation_update", connector.serviceUrl()) }) {
			HttpResponse<String> response = requests.post(activity, null);
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).isEqualTo(OFF);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("text/plain"));
		}
		assertThat(requests.post("not even JSON", "text/plain", null).body()).isEqualTo(OFF);
		assertThat(requests.post(join, "Bearer abc.def.ghi").statusCode()).isEqualTo(404);

		assertThat(connector.calls()).as("Accord posted nowhere").isEmpty();
		assertThat(mongo.getDatabase("accord").getCollection("addresses").countDocuments())
			.as("no Teams address remembered").isZero();
	}

	@Test
	void givenNoAppIdAndNoEmulator_thenTheStartUpLogSaysTeamsIsOffAndHowToTurnItOn(CapturedOutput output) {
		assertThat(output.getAll()).contains("Teams is off: POST /api/messages answers 404 (set MICROSOFT_APP_ID and"
				+ " MICROSOFT_APP_PASSWORD to serve Microsoft Teams, or ACCORD_TEAMS_EMULATOR=on for the Bot Framework"
				+ " Emulator on this machine)").doesNotContain("emulator mode");
	}

}
