package org.accord.app.teams;

import java.nio.charset.StandardCharsets;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import org.accord.app.AccordProperties;
import org.accord.app.StartupProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The endpoint without Spring's web layer: what it answers while there is no bot, with Teams off, to a
 * caller that is not this machine in emulator mode, and what "this machine" is.
 */
class TeamsMessagesControllerTest {

	static TeamsMessagesController controller(String appId, String emulator) {
		return new TeamsMessagesController(new TeamsBotAdapter(appId == null ? MicrosoftAppCredentials.empty()
				: new MicrosoftAppCredentials(appId, null)),
				new StaticListableBeanFactory().getBeanProvider(Bot.class), properties(appId, emulator));
	}

	static AccordProperties properties(String appId, String emulator) {
		return new AccordProperties(null, null, null, null, null, null, new AccordProperties.Teams(appId, null, null, emulator));
	}

	static MockHttpServletRequest message(String remoteAddress) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/messages");
		request.setRemoteAddr(remoteAddress);
		request.setContentType("application/json");
		request.setContent(TeamsRequests.fixture("message_activity", "http://127.0.0.1:9/amer/").toString()
			.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	@Test
	void givenNoBotBean_then503TeamsIsNotReady() {
		ResponseEntity<String> response = controller(null, "on").messages(message("127.0.0.1"), null);

		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getBody()).isEqualTo("Teams is not ready.");
	}

	@Test
	void givenABodyOverTheLimit_then413() {
		MockHttpServletRequest request = message("127.0.0.1");
		request.setContent(new byte[TeamsMessagesController.MAX_BODY_BYTES + 1]);

		assertThat(controller(null, "on").messages(request, null).getStatusCode().value()).isEqualTo(413);
	}

	@Test
	void givenNeitherAppIdNorEmulator_then404SayingHowToTurnTeamsOn_whateverWasSent() {
		for (String contentType : new String[] { "application/json", "text/plain", null }) {
			MockHttpServletRequest request = message("127.0.0.1");
			request.setContentType(contentType);

			ResponseEntity<String> response = controller(null, null).messages(request, null);

			assertThat(response.getStatusCode().value()).isEqualTo(404);
			assertThat(response.getBody()).isEqualTo("Teams is off on this Accord: set MICROSOFT_APP_ID and"
					+ " MICROSOFT_APP_PASSWORD to turn it on (or ACCORD_TEAMS_EMULATOR=on for the Bot Framework Emulator"
					+ " on this machine).");
		}
		assertThat(controller(null, "off").messages(message("127.0.0.1"), null).getStatusCode().value()).isEqualTo(404);
	}

	/** The peer's address, not the serviceUrl the activity names: a stranger can name a loopback serviceUrl. */
	@Test
	void givenEmulatorMode_thenOnlyACallerOnThisMachineIsServed() {
		TeamsMessagesController controller = controller(null, "on");
		for (String stranger : new String[] { "203.0.113.7", "10.0.0.5", "169.254.169.254", "2001:db8::1" }) {
			ResponseEntity<String> response = controller.messages(message(stranger), null);
			assertThat(response.getStatusCode().value()).as(stranger).isEqualTo(403);
			assertThat(response.getBody()).isEqualTo("In local emulator mode Accord only answers callers on this machine.");
		}
		for (String local : new String[] { "127.0.0.1", "127.0.1.1", "0:0:0:0:0:0:0:1", "::1" }) {
			// Past the peer check: no bot in this test, so "not ready".
			assertThat(controller.messages(message(local), null).getStatusCode().value()).as(local).isEqualTo(503);
		}
	}

	@Test
	void givenAnAppId_thenAnyCallerMayTry_andTheTokenDecides() {
		assertThat(controller("app-id", null).messages(message("203.0.113.7"), null).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void onThisMachine_meansLoopbackByNameOrLiteral_neverByDns() {
		assertThat(TeamsMessagesController.onThisMachine("http://localhost:9000/")).isTrue();
		assertThat(TeamsMessagesController.onThisMachine("http://127.0.0.1:9000/amer/")).isTrue();
		assertThat(TeamsMessagesController.onThisMachine("http://127.8.9.10/")).isTrue();
		assertThat(TeamsMessagesController.onThisMachine("http://[::1]:9000/")).isTrue();
		assertThat(TeamsMessagesController.onThisMachine("https://smba.trafficmanager.net/amer/")).isFalse();
		assertThat(TeamsMessagesController.onThisMachine("http://169.254.169.254/")).isFalse();
		assertThat(TeamsMessagesController.onThisMachine("http://10.0.0.1/")).isFalse();
		assertThat(TeamsMessagesController.onThisMachine("http://localhost.example.org/")).isFalse();
		assertThat(TeamsMessagesController.onThisMachine("http://127.0.0.1.nip.io/")).isFalse();
	}

	@Test
	void teamsSettings_neverPrintThePassword_andBlankMeansUnset() {
		AccordProperties.Teams teams = new AccordProperties.Teams("app-id", "s3cret-value", " ", null);
		assertThat(teams.toString()).doesNotContain("s3cret-value").contains("app-id", "appPassword=set");
		assertThat(teams.tenantId()).isNull();
	}

	@Test
	void teamsMode_isOffUnlessTheAppIdIsSetOrTheEmulatorIsAskedForByName() {
		assertThat(new AccordProperties.Teams(" ", null, null, null).mode()).isEqualTo(AccordProperties.Teams.Mode.OFF);
		assertThat(new AccordProperties.Teams(null, null, null, "off").mode()).isEqualTo(AccordProperties.Teams.Mode.OFF);
		assertThat(new AccordProperties.Teams(null, null, null, "on").mode()).isEqualTo(AccordProperties.Teams.Mode.EMULATOR);
		assertThat(new AccordProperties.Teams(null, null, null, " ON ").emulatorMode()).isTrue();
		// An app id wins: the emulator's switch never turns authentication off.
		assertThat(new AccordProperties.Teams("app-id", null, null, "on").mode()).isEqualTo(AccordProperties.Teams.Mode.ON);
		assertThatThrownBy(() -> new AccordProperties.Teams(null, null, null, "maybe"))
			.isInstanceOfSatisfying(StartupProblem.class, problem -> assertThat(problem.toString())
				.startsWith("ACCORD_TEAMS_EMULATOR is \"maybe\".").contains("Set it to on"));
	}

}
