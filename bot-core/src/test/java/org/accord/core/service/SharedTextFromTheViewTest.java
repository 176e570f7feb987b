package org.accord.core.service;

import java.util.List;
import java.util.Map;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Form;
import org.accord.core.card.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.button;
import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disputed criterion's "Edit shared text…" on the consensus view opens the form {@code text 1.1} opens, pre-filled
 * with the members' anonymous evidence, and keeps its anonymity: a criterion with too few answers to show keeps
 * what its members wrote to itself.
 */
class SharedTextFromTheViewTest {

	private static final List<String> RATERS = List.of("UCHAIR", "UALEX", "USAM", "UKIM");

	private CoreFixture fixture;

	@BeforeEach
	void roundClosed() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board add <@UALEX> <@USAM> <@UKIM> as member");
		fixture.say("UCHAIR", "start tiny Shared text");
		for (int r = 0; r < RATERS.size(); r++) {
			String rater = RATERS.get(r);
			Outcome prompt = fixture.say(rater, "resume");
			// 1.1: everyone rates, split two against two, each with evidence.
			evidence(rater, prompt, "Evidence of " + rater);
			prompt = fixture.core.promptActions().act(caller(rater), button(prompt, r < 2 ? "Low" : "High"));
			// 1.2: two rate, the others don't know: too few answers to show, so their words stay unshown too.
			if (r < 2) {
				evidence(rater, prompt, "Secret of " + rater);
			}
			prompt = fixture.core.promptActions().act(caller(rater), button(prompt, r == 0 ? "Low" : r == 1 ? "High" : "Don't know"));
			fixture.core.promptActions().act(caller(rater), button(prompt, "Middling"));
		}
		assertThat(replyText(fixture.say("UCHAIR", "close now"))).contains("1 of 3 criteria agreed, 2 still to settle");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenACriterionsButton_thenItsFormHoldsTheMembersEvidence_andTheSavedTextIsWhatItOpensWithNext() {
		Form form = form(fixture.core.promptActions().act(caller("UCHAIR"), viewButton("Edit shared text 1.1…")));
		assertThat(form.title()).isEqualTo("Agreed text 1.1");
		assertThat(form.inputs().get(0).initial()).contains(RATERS.stream().map(r -> "Evidence of " + r).toArray(String[]::new));
		assertThat(form).isEqualTo(form(fixture.say("UCHAIR", "text 1.1")));

		assertThat(replyText(fixture.core.forms().submit(caller("UCHAIR"), form.context(),
				Map.of("evidence", "Minutes of May", "comment", "Shared by all partners")))).isEqualTo("Saved the board's text for 1.1.");
		Form again = form(fixture.core.promptActions().act(caller("UCHAIR"), viewButton("Edit shared text 1.1…")));
		assertThat(again.inputs()).extracting(Form.Input::initial).containsExactly("Minutes of May", "Shared by all partners");
	}

	@Test
	void givenTooFewAnswersToShow_thenTheFormOpensEmpty_andNothingAMemberWroteIsShown() {
		Outcome opened = fixture.core.promptActions().act(caller("UCHAIR"), viewButton("Edit shared text 1.2…"));
		Form form = form(opened);
		assertThat(form.inputs()).extracting(Form.Input::initial).containsOnlyNulls();
		assertThat(opened.toString()).doesNotContain("Secret of");
	}

	@Test
	void givenAMember_thenTheButtonOpensNothing() {
		ButtonAction edit = viewButton("Edit shared text 1.1…");
		assertThat(replyText(fixture.core.promptActions().act(caller("UALEX"), edit)))
			.isEqualTo("Only the chair edits the board's agreed text.");
		assertThat(fixture.core.promptActions().act(caller("UALEX"), edit).deliveries())
			.noneMatch(Delivery.OpenForm.class::isInstance);
	}

	private void evidence(String rater, Outcome prompt, String words) {
		Outcome opened = fixture.core.promptActions().act(caller(rater), button(prompt, "Add evidence / comment"));
		fixture.core.forms().submit(caller(rater), form(opened).context(), Map.of("evidence", words));
	}

	private ButtonAction viewButton(String label) {
		return java.util.stream.Stream.of(CoreFixture.view(fixture.say("UCHAIR", "consensus"))).flatMap(card -> card.parts().stream())
			.filter(Card.Part.Buttons.class::isInstance).flatMap(part -> ((Card.Part.Buttons) part).buttons().stream())
			.filter(b -> b.label().equals(label)).map(Card.Button::action).findFirst()
			.orElseThrow(() -> new AssertionError("No button " + label));
	}

	private static Form form(Outcome outcome) {
		return outcome.deliveries().stream().filter(Delivery.OpenForm.class::isInstance).map(Delivery.OpenForm.class::cast)
			.findFirst().orElseThrow(() -> new AssertionError("No form opened: " + replyText(outcome))).form();
	}

}
