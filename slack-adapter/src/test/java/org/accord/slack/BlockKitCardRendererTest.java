package org.accord.slack;

import java.util.List;

import com.slack.api.util.json.GsonFactory;
import org.accord.core.card.Card;
import org.accord.core.card.Form;
import org.accord.core.card.Mention;
import org.accord.core.port.in.Typed;
import org.accord.core.card.Verbatim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockKitCardRendererTest {

	private final BlockKitCardRenderer renderer = new BlockKitCardRenderer();

	/** A comment written to look like a link, a channel-wide mention and a mention of someone. */
	private static final String COMMENT = "See <https://evil.example|the board minutes> & <!channel> <@U0CHAIR>";

	@Test
	void givenSomeonesWordsInACard_thenSlackShowsThemAsWordsNeverAsLinksOrMentions() {
		Card card = new Card("A comment: " + Verbatim.of(COMMENT), List.of(new Card.Part.Heading(Verbatim.of("Title <b>")),
				new Card.Part.Text("*What members wrote* " + Mention.of(slack("U0ALEX"), "Alex") + "\n• " + Verbatim.of(COMMENT)),
				new Card.Part.Context(Verbatim.of(COMMENT))));
		String json = GsonFactory.createSnakeCase().newBuilder().disableHtmlEscaping().create().toJson(renderer.blocks(card));
		assertThat(json).doesNotContain("<https://evil", "<!channel>", "<@U0CHAIR>");
		assertThat(json).contains("&lt;https://evil.example|the board minutes&gt; &amp; &lt;!channel&gt; &lt;@U0CHAIR&gt;");
		// Accord's own markup and mentions stay what they are.
		assertThat(json).contains("*What members wrote* <@U0ALEX>");
		assertThat(json).contains("Title <b>").doesNotContain("\uE000", "\uE001");
		assertThat(renderer.text(card)).isEqualTo("A comment: See &lt;https://evil.example|the board minutes&gt; &amp;"
				+ " &lt;!channel&gt; &lt;@U0CHAIR&gt;");
	}

	@Test
	void givenAChoice_thenAMenuOfItsOptions_longOnesCutTo75_theInitialChosen_andRequired() {
		String longTitle = "1.4 " + "a criterion whose title runs on well past what a menu shows ".repeat(2);
		Form form = new Form("Settle a criterion", "Settle", "ctx", List.of(Form.Input.choice("criterion", "Disputed criterion",
				List.of(new Form.Choice("1.3", "1.3 Short"), new Form.Choice("1.4", longTitle)), "1.4")));

		com.google.gson.JsonObject block = GsonFactory.createSnakeCase().toJsonTree(renderer.modal(form)).getAsJsonObject()
			.getAsJsonArray("blocks").get(0).getAsJsonObject();

		assertThat(block.get("optional").getAsBoolean()).isFalse();
		com.google.gson.JsonObject menu = block.getAsJsonObject("element");
		assertThat(menu.get("type").getAsString()).isEqualTo("static_select");
		assertThat(menu.getAsJsonArray("options")).hasSize(2);
		String shown = menu.getAsJsonArray("options").get(1).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
		assertThat(shown).hasSize(75).endsWith("…").startsWith("1.4 a criterion");
		assertThat(menu.getAsJsonObject("initial_option").get("value").getAsString()).isEqualTo("1.4");
	}

	@Test
	void givenSeveralChoices_thenAMultiSelectMenuWithTheInitialOnesChosen() {
		Form form = new Form("Consensus round", "Open", "ctx", List.of(Form.Input.choices("criteria", "Criteria",
				List.of(new Form.Choice("1.3", "1.3 A"), new Form.Choice("1.4", "1.4 B"), new Form.Choice("1.6", "1.6 C")),
				List.of("1.3", "1.6"))));

		com.google.gson.JsonObject menu = GsonFactory.createSnakeCase().toJsonTree(renderer.modal(form)).getAsJsonObject()
			.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("element");

		assertThat(menu.get("type").getAsString()).isEqualTo("multi_static_select");
		assertThat(menu.getAsJsonArray("options")).hasSize(3);
		assertThat(menu.getAsJsonArray("initial_options").toString()).contains("\"1.3\"", "\"1.6\"").doesNotContain("\"1.4\"");
	}

	@Test
	void givenAPersonNamedByCore_thenSlackShowsItsOwnMentionAndAForgedMarkInSomeonesWordsIsNone() {
		String forged = "\uE002U0CHAIR\uE003Chair\uE004";
		Card card = new Card("Added " + Mention.of(slack("U0SAM"), "Sam"), List.of(new Card.Part.Text("Added " + Mention.of(slack("U0SAM"), null)
				+ " · " + Verbatim.of("note " + forged))));
		String json = GsonFactory.createSnakeCase().newBuilder().disableHtmlEscaping().create().toJson(renderer.blocks(card));
		assertThat(json).contains("Added <@U0SAM> · note  U0CHAIR Chair ").doesNotContain("<@U0CHAIR>", "\uE002");
		assertThat(renderer.text(card)).isEqualTo("Added <@U0SAM>");
	}

	@Test
	void givenTypedWordsWithMentions_thenCoreGetsThePeopleInOrderAndAMarkWhereEachStood() {
		var typed = SlackTyped.of("board add <@U0ALEX|alex> <@U0SAM> as authority police");
		assertThat(typed.mentions()).extracting(m -> m.userId() + "/" + m.name()).containsExactly("U0ALEX/null", "U0SAM/null");
		assertThat(typed.text().split("\\s+")).containsExactly("board", "add", Typed.MENTIONED, Typed.MENTIONED, "as", "authority", "police");
		assertThat(SlackTyped.of("action add \"Meet @ 10am\" <@U1>").mentions()).hasSize(1);
		assertThat(SlackTyped.of("a forged \uE002U0CHAIR\uE003Chair\uE004 \uE005").text()).doesNotContain("\uE002", "\uE005");
		assertThat(SlackTyped.of("<!channel> <#C123|general> add").mentions()).isEmpty();
	}

	@Test
	void givenATeamsMemberOfAMixedBoard_thenSlackNamesThemInWordsNotAsABrokenMention() {
		Card card = new Card("x", List.of(new Card.Part.Text("Owner: " + Mention.of(new org.accord.core.domain.PlatformUser("msteams",
				"tenant", "aad-megan"), "Megan <Bowen>") + " · " + Mention.of(new org.accord.core.domain.PlatformUser("msteams", "tenant",
						"aad-lee"), null))));
		String json = GsonFactory.createSnakeCase().newBuilder().disableHtmlEscaping().create().toJson(renderer.blocks(card));
		assertThat(json).contains("Owner: Megan &lt;Bowen&gt; · a board member").doesNotContain("<@aad");
	}

	private static org.accord.core.domain.PlatformUser slack(String id) {
		return new org.accord.core.domain.PlatformUser("slack", "T1", id);
	}

}
