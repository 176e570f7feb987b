package org.accord.teams;

import java.util.List;

import org.accord.core.card.Card;
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

}
