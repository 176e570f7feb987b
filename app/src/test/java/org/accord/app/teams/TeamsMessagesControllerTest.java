package org.accord.app.teams;

import java.nio.charset.StandardCharsets;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import org.accord.app.AccordProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint without Spring's web layer: what it answers while there is no bot, and what "this machine" is. */
class TeamsMessagesControllerTest {

	@Test
	void givenNoBotBean_then503TeamsIsNotReady() {
		TeamsMessagesController controller = new TeamsMessagesController(
				new TeamsBotAdapter(MicrosoftAppCredentials.empty()), new StaticListableBeanFactory().getBeanProvider(Bot.class));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/messages");
		request.setContentType("application/json");
		request.setContent(TeamsRequests.fixture("message_activity", "http://127.0.0.1:9/amer/").toString()
			.getBytes(StandardCharsets.UTF_8));

		ResponseEntity<String> response = controller.messages(request, null);

		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getBody()).isEqualTo("Teams is not ready.");
	}

	@Test
	void givenABodyOverTheLimit_then413() {
		TeamsMessagesController controller = new TeamsMessagesController(
				new TeamsBotAdapter(MicrosoftAppCredentials.empty()), new StaticListableBeanFactory().getBeanProvider(Bot.class));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/messages");
		request.setContentType("application/json");
		request.setContent(new byte[TeamsMessagesController.MAX_BODY_BYTES + 1]);

		assertThat(controller.messages(request, null).getStatusCode().value()).isEqualTo(413);
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
		AccordProperties.Teams teams = new AccordProperties.Teams("app-id", "s3cret-value", " ");
		assertThat(teams.toString()).doesNotContain("s3cret-value").contains("app-id", "appPassword=set");
		assertThat(teams.tenantId()).isNull();
		assertThat(new AccordProperties.Teams(" ", null, null).emulatorMode()).isTrue();
	}

}
