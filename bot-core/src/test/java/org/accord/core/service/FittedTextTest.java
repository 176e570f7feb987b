package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;

import org.accord.core.card.Card;
import org.accord.core.card.Verbatim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FittedTextTest {

	@Test
	void givenEntriesLongerThanTheBox_thenWholeOnesFitAndEveryOtherWordIsInTheMessage() {
		List<String> entries = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			entries.add(i + " " + "evidence ".repeat(90).strip());
		}
		entries.add("long " + "x".repeat(6000));
		FittedText fitted = FittedText.of(entries, 3000);
		assertThat(fitted.text().length()).isLessThanOrEqualTo(3000);
		assertThat(fitted.text()).startsWith("• 0 evidence").doesNotContain("…");
		int inBox = fitted.text().split("\n").length;
		assertThat(fitted.left()).hasSize(entries.size() - inBox);
		Card rest = FittedText.card("Did not fit", fitted.left());
		StringBuilder all = new StringBuilder();
		for (Card.Part part : rest.parts()) {
			String text = ((Card.Part.Text) part).text();
			assertThat(text.length()).isLessThanOrEqualTo(2800 + 2 * rest.parts().size());
			all.append(Verbatim.plain(text));
		}
		fitted.left().forEach(entry -> assertThat(all.toString().replace("\n", "")).contains(entry));
	}

}
