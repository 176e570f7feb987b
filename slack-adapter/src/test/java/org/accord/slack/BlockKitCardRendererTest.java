package org.accord.slack;

import java.util.List;

import com.slack.api.util.json.GsonFactory;
import org.accord.core.card.Card;
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
				new Card.Part.Text("*What members wrote* <@U0ALEX>\n• " + Verbatim.of(COMMENT)),
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

}
