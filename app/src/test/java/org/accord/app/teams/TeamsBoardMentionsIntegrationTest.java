package org.accord.app.teams;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Teams chair adds people by mentioning them, as a Slack chair does: the mention entity names them by chat id,
 * the roster gives the object id Accord knows Teams people by, and the board then shows them by name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamsBoardMentionsIntegrationTest {

	static FakeBotConnector connector;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		connector = new FakeBotConnector();
		TeamsRequests.embeddedStore(registry);
		registry.add("accord.teams.app-id", () -> "");
		registry.add("accord.teams.emulator", () -> "on");
		registry.add("accord.nudge-sweep-seconds", () -> "0");
	}

	@AfterAll
	static void stop() {
		connector.close();
	}

	@LocalServerPort
	int port;

	@Test
	void givenMentionsInBoardAdd_thenThosePeopleJoinByTheirObjectIdAndAreNamedButAnUnknownOneChangesNothing() {
		TeamsMembers teams = new TeamsMembers(port, connector);
		TeamsMembers.Member chair = new TeamsMembers.Member("aad-chair-mentions", "Adele Vance", "a:chat-adele-m");
		TeamsMembers.Member megan = new TeamsMembers.Member("aad-megan", "Megan Bowen", "a:chat-megan");
		long founded = teams.mark();
		teams.type(chair, "board");
		teams.next(chair, founded);

		// A personal chat's roster holds only its person: someone else mentioned there cannot be looked up.
		long alone = teams.mark();
		teams.typeMentioning(chair, "board add <at>Megan Bowen</at> as member", Map.of("29:aad-megan", "Megan Bowen"));
		assertThat(teams.message(chair, alone, "could not tell").body().toString())
			.contains("Teams could not tell me who Megan Bowen is", "invite as member");

		// Where the conversation's roster holds them (as a group chat's does), each mention resolves to its object id.
		connector.addToRoster(chair.conversation(), "29:aad-megan", "aad-megan", "Megan Bowen");
		connector.addToRoster(chair.conversation(), "29:aad-lee", "aad-lee", "Lee Gu");
		long added = teams.mark();
		Map<String, String> people = new LinkedHashMap<>();
		people.put("28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", "Teams TestBot");
		people.put("29:aad-megan", "Megan Bowen");
		people.put("29:aad-lee", "Lee Gu");
		teams.typeMentioning(chair, "<at>Teams TestBot</at> board add <at>Megan Bowen</at> <at>Lee Gu</at> as authority police",
				people);
		JsonNode reply = teams.message(chair, added, "Added").body();
		assertThat(reply.toString()).contains("Added <at>Megan Bowen</at> as responsible-authority representative (police), <at>Lee Gu</at>");
		assertThat(entities(reply)).contains("aad-megan=<at>Megan Bowen</at>", "aad-lee=<at>Lee Gu</at>");
		assertThat(card(reply)).doesNotContain("29:aad-megan", "Teams TestBot");

		long board = teams.mark();
		teams.type(chair, "board");
		JsonNode list = teams.message(chair, board, "The board").body();
		assertThat(list.toString()).contains("<at>Adele Vance</at>", "<at>Megan Bowen</at>", "<at>Lee Gu</at>")
			.doesNotContain("aad-chair-mentions ·", "@aad");

		long asked = teams.mark();
		teams.type(megan, "endorsements");
		assertThat(teams.next(megan, asked).body().toString()).contains("Endorsement has not been asked for yet");

		// Someone the roster does not know cannot be added under a guessed id.
		long stranger = teams.mark();
		teams.typeMentioning(chair, "board add <at>Stranger</at> as member", Map.of("29:nobody-here", "Stranger"));
		assertThat(teams.message(chair, stranger, "could not tell").body().toString()).contains("Teams could not tell me who Stranger is",
				"nothing was changed", "invite as member");

		long again = teams.mark();
		teams.type(chair, "board");
		assertThat(teams.message(chair, again, "The board").body().toString()).contains("The board** (3)").doesNotContain("Stranger");
	}

	/** What the person reads: the card, not the activity's envelope (which names the bot as its sender). */
	private static String card(JsonNode activity) {
		return activity.path("attachments").toString();
	}

	private static java.util.List<String> entities(JsonNode activity) {
		java.util.List<String> found = new java.util.ArrayList<>();
		activity.findValues("entities").forEach(list -> list.forEach(e -> {
			if (e.path("type").asText().equals("mention")) {
				found.add(e.path("mentioned").path("id").asText() + "=" + e.path("text").asText());
			}
		}));
		return found;
	}

}
