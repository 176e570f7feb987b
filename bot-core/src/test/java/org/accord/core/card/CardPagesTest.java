package org.accord.core.card;

import java.util.ArrayList;
import java.util.List;

import org.accord.core.domain.PlatformUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardPagesTest {

	private static final PlatformUser SAM = new PlatformUser("slack", "T1", "USAM");

	@Test
	void givenACardThatFits_thenItComesBackAsItIs() {
		Card card = new Card("Short", List.of(new Card.Part.Heading("Short"), new Card.Part.Text("A line")));
		assertThat(CardPages.of(card)).containsExactly(card);
	}

	@Test
	void givenALongListInOneText_thenItGoesOnInTheNextParts_withEveryLineWhole() {
		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= 200; i++) {
			lines.add("• *" + i + "* " + Verbatim.of("An action & its owner <" + i + ">") + " · due 2027-01-0" + (i % 9 + 1));
		}
		Card card = new Card("Plan", List.of(new Card.Part.Text(String.join("\n", lines))));
		List<Card> pages = CardPages.of(card);
		assertThat(pages).hasSize(1);
		List<String> texts = pages.get(0).parts().stream().map(p -> ((Card.Part.Text) p).text()).toList();
		assertThat(texts).hasSizeGreaterThan(1).allSatisfy(t -> assertThat(CardPages.longest(t)).isLessThanOrEqualTo(CardPages.TEXT_MOST));
		assertThat(String.join("\n", texts)).isEqualTo(String.join("\n", lines));
	}

	@Test
	void givenOneLineLongerThanAPart_thenItIsSplitBetweenWords_andSomeonesWordsStayMarkedOnEachPiece() {
		String words = "Minutes & reviews ".repeat(600).strip();
		Card card = new Card("Evidence", List.of(new Card.Part.Text("Evidence: " + Verbatim.of(words))));
		List<Card.Part> parts = CardPages.of(card).get(0).parts();
		assertThat(parts).hasSizeGreaterThan(3);
		StringBuilder plain = new StringBuilder();
		for (Card.Part part : parts) {
			String text = ((Card.Part.Text) part).text();
			assertThat(CardPages.longest(text)).isLessThanOrEqualTo(CardPages.TEXT_MOST);
			// Each piece opens and closes the person's words, so no platform reads them as its own markup.
			assertThat(text.chars().filter(c -> c == Verbatim.OPEN).count()).isEqualTo(text.chars().filter(c -> c == Verbatim.CLOSE).count());
			plain.append(Verbatim.plain(text));
		}
		assertThat(plain.toString()).isEqualTo("Evidence: " + words);
	}

	@Test
	void givenMorePartsThanAMessageHolds_thenTheyGoOnInNextMessages_inOrder_eachSayingSo() {
		List<Card.Part> parts = new ArrayList<>();
		for (int i = 1; i <= 120; i++) {
			parts.add(new Card.Part.Text("Draft " + i));
		}
		List<Card> pages = CardPages.of(new Card("Drafts", parts));
		assertThat(pages).hasSize(3).allSatisfy(page -> assertThat(page.parts()).hasSizeLessThanOrEqualTo(CardPages.MOST_PARTS));
		List<String> drafts = pages.stream().flatMap(p -> p.parts().stream()).filter(Card.Part.Text.class::isInstance)
			.map(p -> ((Card.Part.Text) p).text()).toList();
		assertThat(drafts).hasSize(120).first().isEqualTo("Draft 1");
		assertThat(drafts).last().isEqualTo("Draft 120");
		assertThat(pages.get(0).parts().get(pages.get(0).parts().size() - 1)).isEqualTo(
				new Card.Part.Context("Continued in the next message (1 of 3)."));
		assertThat(pages.get(2).parts().get(0)).isEqualTo(new Card.Part.Context("Continued (3 of 3)"));
		assertThat(pages.get(2).summary()).isEqualTo("Drafts (continued, 3 of 3)");
	}

	@Test
	void givenAnOutcome_thenEachLongCardIsDeliveredAsItsPages_anUpdatesRestAsReplies() {
		List<Card.Part> parts = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			parts.add(new Card.Part.Text("Line " + i));
		}
		Card longCard = new Card("Long", parts);
		Outcome outcome = Outcome.builder().updateClicked(longCard).direct(SAM, longCard).reply("Short").build();
		assertThat(outcome.deliveries()).extracting(d -> d.getClass().getSimpleName())
			.containsExactly("UpdateClicked", "Reply", "Direct", "Direct", "Reply");
	}

}
