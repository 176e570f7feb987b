package org.accord.teams;

import java.util.List;

import org.accord.core.card.Card;
import org.accord.core.card.Form;
import org.accord.core.card.Mention;
import org.accord.core.card.Verbatim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdaptiveCardRendererTest {

	private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

	@Test
	void givenSomeonesWordsInACard_thenTeamsShowsThemAsWordsNeverAsALink() {
		String comment = "Read [the board minutes](https://evil.example) or <https://evil.example> *now*";
		Card card = new Card("Comment: " + Verbatim.of(comment), List.of(new Card.Part.Heading(Verbatim.of("Plan [x](y)")),
				new Card.Part.Text("*What members wrote*\n• " + Verbatim.of(comment))));
		String json = renderer.card(card).toString();
		assertThat(json).doesNotContain("](https://evil", "<https://evil", "](y)", "\uE000", "\uE001");
		assertThat(json).contains("**What members wrote**", "*now*");
		assertThat(renderer.summary(card)).isEqualTo("Comment: " + comment);
	}

	@Test
	void givenAChoice_thenARequiredCompactChoiceSetOfItsOptions() {
		Form form = new Form("Settle a criterion", "Settle", "ctx", List.of(Form.Input.choice("level", "Settled at",
				List.of(new Form.Choice("wt", "Working towards"), new Form.Choice("ss", "Some success")), null)));

		com.fasterxml.jackson.databind.JsonNode input = renderer.form(form).path("body").get(1);

		assertThat(input.path("type").asText()).isEqualTo("Input.ChoiceSet");
		assertThat(input.path("id").asText()).isEqualTo("level");
		assertThat(input.path("isRequired").asBoolean()).isTrue();
		assertThat(input.path("style").asText()).isEqualTo("compact");
		assertThat(input.path("choices").toString()).isEqualTo(
				"[{\"title\":\"Working towards\",\"value\":\"wt\"},{\"title\":\"Some success\",\"value\":\"ss\"}]");
		assertThat(input.has("value")).isFalse();
	}

	@Test
	void givenSeveralChoices_thenAMultiSelectChoiceSetWhoseValueIsTheInitialOnesCommaSeparated() {
		Form form = new Form("Consensus round", "Open", "ctx", List.of(Form.Input.choices("criteria", "Criteria",
				List.of(new Form.Choice("1.3", "1.3 A"), new Form.Choice("1.4", "1.4 B")), List.of("1.3", "1.4"))));

		com.fasterxml.jackson.databind.JsonNode input = renderer.form(form).path("body").get(1);

		assertThat(input.path("isMultiSelect").asBoolean()).isTrue();
		assertThat(input.path("value").asText()).isEqualTo("1.3,1.4");
	}

	@Test
	void givenAPersonNamedByCore_thenAnAtMentionListedAmongTheCardsEntitiesByTheirId() {
		Card card = new Card("Board", List.of(new Card.Part.Text("• " + Mention.of(teams("aad-alex"), "Alex Smith") + " · member\n• "
				+ Mention.of(teams("aad-sam"), null) + " · member\n• " + Mention.of(teams("aad-alex"), "Alex Smith") + " again")));
		var json = renderer.card(card);
		assertThat(json.path("body").get(0).path("text").asText())
			.isEqualTo("• <at>Alex Smith</at> · member\n• a board member · member\n• <at>Alex Smith</at> again");
		var entities = json.path("msteams").path("entities");
		assertThat(entities).hasSize(1);
		assertThat(entities.get(0).path("type").asText()).isEqualTo("mention");
		assertThat(entities.get(0).path("text").asText()).isEqualTo("<at>Alex Smith</at>");
		assertThat(entities.get(0).path("mentioned").path("id").asText()).isEqualTo("aad-alex");
		assertThat(entities.get(0).path("mentioned").path("name").asText()).isEqualTo("Alex Smith");
	}

	@Test
	void givenNobodyNamed_thenTheCardHasNoEntitiesAndSomeonesAtTagIsWords() {
		var json = renderer.card(new Card("x", List.of(new Card.Part.Text(Verbatim.of("<at>Chair</at> said so")))));
		assertThat(json.has("msteams")).isFalse();
		assertThat(json.path("body").get(0).path("text").asText()).doesNotContain("<at>");
	}

	@Test
	void givenBoldAroundSomeonesWords_thenTeamsShowsThemBoldAndStillAsWords() {
		var json = renderer.card(new Card("x", List.of(new Card.Part.Text("Started *" + Verbatim.of("Annual *review* [x](y)")
				+ "* (cdrp-2002)"))));
		assertThat(json.path("body").get(0).path("text").asText()).isEqualTo("Started **Annual *review* [\u200Bx]\u200B(y)** (cdrp-2002)");
	}

	@Test
	void givenAFormOfEveryKindOfInput_thenTheBotFrameworkClientCanSendIt() throws Exception {
		// The connector client flattens keys with a dot into nested objects; a card it cannot write never leaves.
		Form form = new Form("Accept action 1", "Accept", "ctx", List.of(new Form.Input("text", "Action", "What", true, "x"),
				Form.Input.person("owner", "Owner", "aad-megan", List.of(new Form.Choice("aad-megan", "Megan Bowen"))),
				Form.Input.date("due", "Due", "2099-01-31"),
				Form.Input.choice("level", "Level", List.of(new Form.Choice("wt", "Working towards")), null),
				Form.Input.choices("criteria", "Criteria", List.of(new Form.Choice("1.1", "1.1"), new Form.Choice("1.2", "1.2")),
						List.of("1.1"))));
		var attachment = new com.microsoft.bot.schema.Attachment();
		attachment.setContentType(AdaptiveCardRenderer.CONTENT_TYPE);
		attachment.setContent(renderer.form(form));
		String sent = new com.microsoft.bot.restclient.serializer.JacksonAdapter()
			.serialize(com.microsoft.bot.builder.MessageFactory.attachment(attachment));
		assertThat(sent).contains("\"style\":\"filtered\"", "\"title\":\"Megan Bowen\"", "\"value\":\"aad-megan\"")
			.doesNotContain("choices.data", "Data.Query");
	}

	@Test
	void givenButtonsAndAForm_thenEachIsAUniversalActionCarryingItsIntent() {
		var card = renderer.card(new Card("x", List.of(new Card.Part.Buttons(List.of(Card.Button.of("Close round 1",
				org.accord.core.card.ButtonAction.of(org.accord.core.card.ButtonAction.Kind.CLOSE_ROUND, "a1", 1, null)))))));
		var button = card.path("body").get(0).path("items").get(0).path("actions").get(0);
		assertThat(button.path("type").asText()).isEqualTo("Action.Execute");
		assertThat(button.path("verb").asText()).isEqualTo(AdaptiveCardRenderer.ACTION_KEY);
		assertThat(button.path("data").path(AdaptiveCardRenderer.ACTION_KEY).asText()).isEqualTo("CLOSE_ROUND|a1|1||");
		var form = renderer.form(new Form("Start", "Start", "ctx", List.of(Form.Input.date("due", "Due", null))));
		assertThat(form.path("actions").get(0).path("type").asText()).isEqualTo("Action.Execute");
		assertThat(form.path("actions").get(0).path("data").path(AdaptiveCardRenderer.FORM_KEY).asText()).isEqualTo("ctx");
	}

	@Test
	void givenMoreButtonsThanTeamsShowsInOneSet_thenTheyComeInSetsOfFive() {
		List<Card.Button> buttons = new java.util.ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			buttons.add(Card.Button.of("Settle 1." + i + "…",
					org.accord.core.card.ButtonAction.of(org.accord.core.card.ButtonAction.Kind.SETTLE, "a1", 1, "1." + i)));
		}
		var sets = renderer.card(new Card("x", List.of(new Card.Part.Buttons(buttons)))).path("body").get(0).path("items");
		assertThat(sets).hasSize(3);
		assertThat(sets.get(0).path("actions")).hasSize(5);
		assertThat(sets.get(2).path("actions")).hasSize(2);
		assertThat(sets.get(2).path("actions").get(1).path("title").asText()).isEqualTo("Settle 1.12…");
	}

	@Test
	void givenASlackMemberOfAMixedBoard_thenTeamsNamesThemInWordsWithoutAnEntity() {
		var json = renderer.card(new Card("x", List.of(new Card.Part.Text("Owner: " + Mention.of(
				new org.accord.core.domain.PlatformUser("slack", "T1", "U0ALEX"), "Alex")))));
		assertThat(json.path("body").get(0).path("text").asText()).isEqualTo("Owner: Alex");
		assertThat(json.has("msteams")).isFalse();
	}

	private static org.accord.core.domain.PlatformUser teams(String id) {
		return new org.accord.core.domain.PlatformUser("msteams", "tenant", id);
	}

}
