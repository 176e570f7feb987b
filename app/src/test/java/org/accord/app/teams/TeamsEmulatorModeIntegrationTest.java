package org.accord.app.teams;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/messages} with no app id and ACCORD_TEAMS_EMULATOR=on (the Bot Framework Emulator's
 * mode, asked for by name): the Teams fixtures, with their serviceUrl pointed at a local fake connector,
 * reach the bot without a token, and the bot's replies reach the fake; what is not an activity, or not
 * from Teams or the emulator, is refused with a 4xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TeamsTestBot.class)
@ExtendWith(OutputCaptureExtension.class)
class TeamsEmulatorModeIntegrationTest {

	static final Duration WAIT = Duration.ofSeconds(10);

	static final ObjectMapper JSON = new ObjectMapper();

	static FakeBotConnector connector;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		connector = new FakeBotConnector();
		TeamsRequests.embeddedStore(registry);
		// Blank even if MICROSOFT_APP_ID is set where the tests run.
		registry.add("accord.teams.app-id", () -> "");
		registry.add("accord.teams.app-password", () -> "");
		registry.add("accord.teams.emulator", () -> "on");
	}

	@AfterAll
	static void stop() {
		connector.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	TeamsTestBot bot;

	TeamsRequests requests;

	@BeforeEach
	void setUp() {
		requests = new TeamsRequests(port);
		connector.clear();
		bot.clear();
	}

	@Test
	void givenTheEmulatorAskedFor_thenStartUpSaysOnceThatTeamsIsNotAuthenticated(CapturedOutput output) {
		String warning = "Teams is in local emulator mode (ACCORD_TEAMS_EMULATOR=on): POST /api/messages takes activities"
				+ " without authentication, from this machine only (set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD to"
				+ " serve Microsoft Teams)";
		assertThat(output.getAll().split(java.util.regex.Pattern.quote(warning), -1)).hasSize(2);
	}

	@Test
	void givenAMessageWithoutToken_thenTheBotGetsItAndItsReplyReachesTheConnector() {
		ObjectNode message = TeamsRequests.fixture("message_activity", connector.serviceUrl());

		HttpResponse<String> response = requests.post(message, null);

		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(response.body()).isEmpty();
		assertThat(bot.turns()).singleElement().satisfies(turn -> {
			assertThat(turn.activity().getText()).isEqualTo("Hello Teams TestBot.Sending bold-italic rich text");
			assertThat(turn.activity().getFrom().getAadObjectId()).isEqualTo("7faf8ab2-3d56-4244-b585-20c8a42ed2b8");
			// The SDK copies channelData.tenant.id to conversation.tenantId for Teams.
			assertThat(turn.activity().getConversation().getTenantId()).isEqualTo("72f988bf-86f1-41af-91ab-2d7cd011db47");
		});
		String conversation = message.path("conversation").path("id").asText();
		FakeBotConnector.Call reply = connector.await(FakeBotConnector.Call::sends, WAIT);
		assertThat(reply.path()).isEqualTo("/amer/v3/conversations/" + conversation + "/activities/1485983408511");
		assertThat(reply.conversationId()).isEqualTo(conversation);
		assertThat(reply.activityId()).isEqualTo("1485983408511");
		assertThat(reply.text()).isEqualTo("You said: Hello Teams TestBot.Sending bold-italic rich text");
		assertThat(reply.body().path("replyToId").asText()).isEqualTo("1485983408511");
		assertThat(reply.body().path("conversation").path("id").asText()).isEqualTo(conversation);
		assertThat(reply.authorization()).as("no app id, so no outgoing token").isNull();
		assertThat(connector.calls()).hasSize(1);
	}

	@Test
	void givenTheBotEditsItsReplyAndStartsAChat_thenTheConnectorSeesPutAndNewConversation() {
		ObjectNode message = TeamsRequests.fixture("message_activity", connector.serviceUrl());
		message.put("text", "update me");
		assertThat(requests.post(message, null).statusCode()).isEqualTo(202);
		FakeBotConnector.Call reply = connector.await(FakeBotConnector.Call::sends, WAIT);
		FakeBotConnector.Call update = connector.await(FakeBotConnector.Call::updates, WAIT);
		assertThat(update.conversationId()).isEqualTo(reply.conversationId());
		assertThat(update.activityId()).as("the id the connector gave the reply").isEqualTo(reply.answeredId());
		assertThat(update.text()).isEqualTo("You said (edited): update me");

		connector.clear();
		message.put("text", "new chat");
		assertThat(requests.post(message, null).statusCode()).isEqualTo(202);
		FakeBotConnector.Call created = connector.await(FakeBotConnector.Call::createsConversation, WAIT);
		assertThat(created.path()).isEqualTo("/amer/v3/conversations");
		assertThat(created.body().path("members").get(0).path("id").asText())
			.isEqualTo(message.path("from").path("id").asText());
		assertThat(created.body().path("bot").path("id").asText()).isEqualTo("28:c9e8c047-2a74-40a2-b28a-b162d5f5327c");
		FakeBotConnector.Call hello = connector.await(c -> c.sends() && c.conversationId().startsWith("a:fake-conversation-"),
				WAIT);
		assertThat(hello.text()).isEqualTo("Hello in a new chat");
		// The SDK's createConversation turn has a made-up activity id, so its first message is sent as a
		// "reply" to it: POST …/activities/{uuid}.
		assertThat(hello.activityId()).isNotBlank();
	}

	@Test
	void givenAnInvoke_thenItsInvokeResponseIsTheHttpAnswer() throws IOException {
		ObjectNode invoke = TeamsRequests.fixture("invoke_adaptive_card_action", connector.serviceUrl());

		HttpResponse<String> response = requests.post(invoke, null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("statusCode").asInt()).isEqualTo(200);
		assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
		assertThat(body.path("value").asText()).isEqualTo("Thanks, Rido");
		assertThat(bot.turns()).singleElement().satisfies(turn -> {
			assertThat(turn.activity().getName()).isEqualTo("adaptiveCard/action");
			assertThat(turn.activity().getValue().toString()).contains("test invokes");
		});
		assertThat(connector.calls()).as("an invoke's answer is the HTTP response, not a call back").isEmpty();
	}

	@Test
	void givenTeamsEvents_thenTheBotGetsThem() {
		for (String name : new String[] { "conversation_update_members_added", "installation_update" }) {
			HttpResponse<String> response = requests.post(TeamsRequests.fixture(name, connector.serviceUrl()), null);
			assertThat(response.statusCode()).as(name).isEqualTo(202);
		}
		assertThat(bot.turns()).extracting(turn -> turn.activity().getType())
			.containsExactly("conversationUpdate", "installationUpdate");
	}

	@Test
	void givenATurkishUser_thenTheJvmLocaleStaysAndTheTurnHasTheirs() {
		Locale before = Locale.getDefault();
		ObjectNode message = TeamsRequests.fixture("message_activity", connector.serviceUrl());
		message.put("locale", "tr-TR");

		assertThat(requests.post(message, null).statusCode()).isEqualTo(202);

		assertThat(bot.turns()).singleElement().satisfies(turn -> {
			assertThat(turn.activity().getLocale()).isEqualTo("tr-TR");
			assertThat(turn.turnLocale()).isEqualTo("tr-TR");
			assertThat(turn.jvmLocale()).isEqualTo(before);
		});
		assertThat(Locale.getDefault()).isEqualTo(before);

		message.put("locale", "not a language tag!");
		assertThat(requests.post(message, null).statusCode()).isEqualTo(202);
		assertThat(Locale.getDefault()).isEqualTo(before);
	}

	@Test
	void givenWhatIsNotAnActivity_thenA4xxWithoutDetailAndTheBotIsNotCalled() {
		String message = TeamsRequests.fixture("message_activity", connector.serviceUrl()).toString();
		assertRefused(requests.post("{\"type\": \"message\", \"text\": ", "application/json", null), 400);
		assertRefused(requests.post("", "application/json", null), 400);
		assertRefused(requests.post("   ", "application/json", null), 400);
		assertRefused(requests.post("null", "application/json", null), 400);
		assertRefused(requests.post("[" + message + "]", "application/json", null), 400);
		assertRefused(requests.post("\"message\"", "application/json", null), 400);
		assertRefused(requests.post("{\"type\": {\"not\": \"a string\"}}", "application/json", null), 400);
		assertRefused(requests.post("{\"text\": \"no type\", \"serviceUrl\": \"" + connector.serviceUrl() + "\"}",
				"application/json", null), 400);
		assertRefused(requests.post(message.replace(connector.serviceUrl(), "not a url"), "application/json", null), 400);
		assertRefused(requests.post(message, "text/plain", null), 415);
		assertRefused(requests.post(message, null, null), 415);
		assertRefused(requests.post(message, "application/x-www-form-urlencoded", null), 415);
		assertThat(bot.turns()).isEmpty();
		assertThat(connector.calls()).isEmpty();
	}

	@Test
	void givenAServiceUrlOffThisMachine_thenRefusedBeforeTheBotCouldReplyThere() {
		ObjectNode message = TeamsRequests.fixture("message_activity", "https://smba.trafficmanager.net/amer/");
		assertRefused(requests.post(message, null), 403);
		message.put("serviceUrl", "http://169.254.169.254/latest/");
		assertRefused(requests.post(message, null), 403);
		assertThat(bot.turns()).isEmpty();
		message.put("serviceUrl", connector.serviceUrl().replace("127.0.0.1", "localhost"));
		assertThat(requests.post(message, null).statusCode()).isEqualTo(202);
		assertThat(bot.turns()).hasSize(1);
	}

	/** Only Teams' own activities, and the emulator's: no Web Chat, Direct Line or other channel of Azure Bot Service. */
	@Test
	void givenAnotherChannel_then400InPlainWordsAndTheBotIsNotCalled() {
		ObjectNode message = TeamsRequests.fixture("message_activity", connector.serviceUrl());
		for (String channel : new String[] { "slack", "webchat", "directline", "MSTEAMS", "" }) {
			message.put("channelId", channel);
			HttpResponse<String> response = requests.post(message, null);
			assertRefused(response, 400);
			assertThat(response.body()).isEqualTo("Accord answers Microsoft Teams and the Bot Framework Emulator only"
					+ " (channelId msteams or emulator).");
		}
		message.remove("channelId");
		assertRefused(requests.post(message, null), 400);
		assertThat(bot.turns()).isEmpty();
		assertThat(connector.calls()).isEmpty();

		// As the emulator sends it: its accounts carry their roles (the SDK reads the recipient's).
		message.put("channelId", "emulator");
		((ObjectNode) message.get("recipient")).put("role", "bot");
		((ObjectNode) message.get("from")).put("role", "user");
		assertThat(requests.post(message, null).statusCode()).isEqualTo(202);
		assertThat(bot.turns()).hasSize(1);
	}

	@Test
	void givenATokenThoughNoAppId_thenRefused() {
		ObjectNode message = TeamsRequests.fixture("message_activity", connector.serviceUrl());
		assertRefused(requests.post(message, "Bearer abc.def"), 401);
		assertThat(bot.turns()).isEmpty();
	}

	@Test
	void givenTheBotFails_then500WithoutDetail() {
		ObjectNode message = TeamsRequests.fixture("message_activity", connector.serviceUrl());
		message.put("text", "fail");
		HttpResponse<String> response = requests.post(message, null);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).isEqualTo("Teams could not handle this activity.");
	}

	static void assertRefused(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.accord", "com.microsoft", "jackson");
	}

}
