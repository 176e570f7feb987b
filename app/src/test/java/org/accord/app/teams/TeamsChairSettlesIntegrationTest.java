package org.accord.app.teams;

import java.io.IOException;
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
 * A chair in Teams settles a disputed criterion and opens a consensus round from the consensus view's buttons
 * and the Adaptive Card forms they bring, as a chair in Slack does from modals: one use case behind both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamsChairSettlesIntegrationTest {

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
	void givenAClosedRound_thenTheChairSettlesACriterionFromTheViewsButtonAndTheCardsForm() {
		TeamsMembers teams = new TeamsMembers(port, connector);
		TeamsMembers.Member chair = new TeamsMembers.Member("aad-chair-settles", "Adele Vance", "a:chat-adele");
		long started = teams.mark();
		teams.type(chair, "start cdrp-2002 due 2099-01-31 Teams settling");
		teams.next(chair, started);
		long closed = teams.mark();
		// Nobody rated: every criterion is disputed, too few answers to show any.
		teams.type(chair, "close now");
		assertThat(teams.next(chair, closed).body().toString()).contains("Round 1 is closed");

		long viewed = teams.mark();
		teams.type(chair, "consensus");
		FakeBotConnector.Call view = teams.card(chair, "Consensus view", viewed);
		assertThat(TeamsMembers.buttons(view.body())).containsKey("Settle a criterion…");
		// A message in the chat, kept: the disputed first with their titles, in plain words; the figures on request,
		// in that same card.
		assertThat(view.body().toString()).contains("**Disputed (49)**", "The partnership is well led with leaders",
				"too few answers to show").doesNotContain("Krippendorff");
		teams.press(chair, view, "Every criterion, with figures");
		assertThat(teams.updated().toString()).contains("**Disputed (49)**", "Krippendorff's alpha (ordinal): not enough ratings");
		assertThat(TeamsMembers.buttons(teams.updated())).containsKey("Plain words, disputed first");

		FakeBotConnector.Call form = teams.form(chair, teams.press(chair, view, "Settle a criterion…"));
		JsonNode criterion = input(form.body(), "criterion");
		assertThat(criterion.path("type").asText()).isEqualTo("Input.ChoiceSet");
		assertThat(criterion.path("choices")).hasSize(49);
		assertThat(criterion.path("choices").get(0).path("value").asText()).isEqualTo("1.1");
		assertThat(input(form.body(), "level").path("choices").toString()).contains("Working towards", "\"value\"");

		String workingTowards = null;
		for (JsonNode choice : input(form.body(), "level").path("choices")) {
			if (choice.path("title").asText().equals("Working towards")) {
				workingTowards = choice.path("value").asText();
			}
		}
		long submitted = teams.submit(chair, form, Map.of("criterion", "1.1", "level", workingTowards, "note",
				"Agreed at the board's meeting"));
		assertThat(teams.message(chair, submitted, "settled by the chair").body().toString())
			.contains("1.1 settled by the chair: **Working towards** (Agreed at the board's meeting)");

		long again = teams.mark();
		teams.type(chair, "consensus");
		FakeBotConnector.Call after = teams.card(chair, "Consensus view", again);
		assertThat(after.body().toString()).contains("0 agreed · 1 settled by the chair · 48 disputed",
				"Settled by the chair: **Working towards**");

		// And a consensus round on two of the 48, from the view's button and its form.
		FakeBotConnector.Call roundForm = teams.form(chair, teams.press(chair, after, "Consensus round…"));
		JsonNode criteria = input(roundForm.body(), "criteria");
		assertThat(criteria.path("isMultiSelect").asBoolean()).isTrue();
		assertThat(criteria.path("choices")).hasSize(48);
		assertThat(criteria.path("value").asText()).startsWith("1.2,1.3,").doesNotContain("1.1,");
		assertThat(input(roundForm.body(), "due").path("type").asText()).isEqualTo("Input.Date");
		long opened = teams.submit(chair, roundForm, Map.of("criteria", "1.2,1.3", "due", "2099-01-31"));
		// The chair rates too: the round's first prompt and this answer come in either order.
		assertThat(teams.message(chair, opened, "is open on").body().toString())
			.contains("Consensus round 2 is open on 2 criteria (1.2, 1.3), due 2099-01-31");

		// The meeting page from the same view card: its link comes whole in the card's text, and opens the page.
		long linked = teams.press(chair, after, "Meeting page");
		String card = teams.message(chair, linked, "/meeting/").body().toString();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://localhost:" + port + "/meeting/[0-9a-f]+\\.[0-9a-f]+")
			.matcher(card);
		assertThat(link.find()).as(card).isTrue();
		assertThat(card).contains("View-only link", "End meeting links");
		java.net.http.HttpResponse<String> page = get(link.group());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Teams settling", "Round 2 is open", "Settled by the chair: Working towards")
			.doesNotContain("aad-chair-settles", "Adele");
	}

	private static java.net.http.HttpResponse<String> get(String url) {
		try {
			return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new AssertionError(e);
		}
	}

	private static JsonNode input(JsonNode node, String id) {
		if (node.isObject() && id.equals(node.path("id").asText()) && node.path("type").asText().startsWith("Input.")) {
			return node;
		}
		for (JsonNode child : node) {
			JsonNode found = input(child, id);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

}
