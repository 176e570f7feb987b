package org.accord.core.service;

import java.util.List;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.seenText;
import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.directs;
import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;

/** A board assesses itself again: the new cycle shows, per criterion, where it stood last time and what moved. */
class CycleTest {

	private static final List<String> RATERS = List.of("UCHAIR", "UALEX", "USAM", "UPOL");

	private static final List<String> WITH_FIRE = List.of("UCHAIR", "UALEX", "USAM", "UPOL", "UFIRE");

	private CoreFixture fixture;

	@BeforeEach
	void board() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board add <@UALEX> <@USAM> as member");
		fixture.say("UCHAIR", "board add <@UPOL> as authority police");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	/** Everyone answers the tiny framework's three criteria with one label each. */
	private void everyoneAnswers(List<String> labels) {
		for (String rater : RATERS) {
			Outcome prompt = fixture.core.commands().handle(caller(rater), TypedText.of("resume"));
			for (String label : labels) {
				ButtonAction action = CoreFixture.button(prompt, label);
				prompt = fixture.core.promptActions().act(caller(rater), action);
			}
		}
	}

	@Test
	void givenAChangeWhileEndorsementIsAsked_thenEndorsementsAreVoidAndAfterFinalNothingChanges() {
		fixture.say("UCHAIR", "board add <@UFIRE> as authority fire");
		fixture.say("UCHAIR", "start tiny First look");
		everyoneAnswers(List.of("Low", "Middling", "High"));
		fixture.say("UCHAIR", "close now");
		ButtonAction endorse = CoreFixture.endorseButton(fixture.say("UCHAIR", "endorse"), "UPOL");
		fixture.core.promptActions().act(caller("UPOL"), endorse);
		// Asking again keeps what was given and asks only who has not answered.
		assertThat(replyText(fixture.say("UCHAIR", "endorse"))).contains("1 already endorsed; Asked 1");
		assertThat(replyText(fixture.say("UCHAIR", "endorsements"))).contains("police: <@UPOL> endorsed");
		assertThat(replyText(fixture.say("UCHAIR", "text 1.1"))).isEmpty();
		// Members agreed every criterion, so the chair's change is the agreed text; it voids the endorsement.
		String context = ((org.accord.core.card.Delivery.OpenForm) fixture.say("UCHAIR", "text 1.1").deliveries().get(0))
			.form().context();
		assertThat(replyText(fixture.core.forms().submit(caller("UCHAIR"), context, java.util.Map.of("evidence", "Minutes"))))
			.contains("endorsements asked for are void");
		assertThat(replyText(fixture.say("UCHAIR", "endorsements"))).contains("has not been asked for yet");
		Outcome again = fixture.say("UCHAIR", "endorse");
		// The first request's button showed the form before the change: it records nothing, and brings the form as it is.
		Outcome stale = fixture.core.promptActions().act(caller("UPOL"), endorse);
		assertThat(stale.deliveries().get(0)).isInstanceOf(org.accord.core.card.Delivery.UpdateClicked.class);
		assertThat(CoreFixture.text(((org.accord.core.card.Delivery.UpdateClicked) stale.deliveries().get(0)).card()))
			.startsWith("This request showed an earlier form: the board has changed it since, so your endorsement was not recorded.");
		assertThat(CoreFixture.endorseButton(stale, "UPOL")).isEqualTo(CoreFixture.endorseButton(again, "UPOL"));
		assertThat(replyText(fixture.say("UCHAIR", "endorsements"))).contains("police: <@UPOL> has not answered yet");
		fixture.core.promptActions().act(caller("UPOL"), CoreFixture.endorseButton(again, "UPOL"));
		fixture.core.promptActions().act(caller("UFIRE"), CoreFixture.endorseButton(again, "UFIRE"));
		assertThat(replyText(fixture.say("UCHAIR", "endorsements"))).contains("final");
		assertThat(replyText(fixture.core.forms().submit(caller("UCHAIR"), context, java.util.Map.of("evidence", "Other"))))
			.contains("The form is final");
	}

	@Test
	void givenASecondCycle_thenTheViewShowsLastCyclesLevelAndWhatMoved() {
		fixture.say("UCHAIR", "start tiny First look");
		everyoneAnswers(List.of("Low", "Middling", "High"));
		assertThat(replyText(fixture.say("UCHAIR", "close now"))).contains("3 of 3 criteria agreed");
		Outcome request = fixture.say("UCHAIR", "endorse");
		assertThat(replyText(request)).contains("Asked 1 responsible-authority representative");
		Outcome asked = fixture.say("UCHAIR", "endorsements");
		assertThat(replyText(asked)).contains("police: <@UPOL> has not answered yet");
		assertThat(replyText(fixture.say("UCHAIR", "start tiny Too soon"))).contains("already has an assessment under way");
		fixture.core.promptActions().act(caller("UPOL"), CoreFixture.endorseButton(request, "UPOL"));
		assertThat(replyText(fixture.say("UCHAIR", "endorsements"))).contains("final");

		fixture.clock.advance(java.time.Duration.ofDays(730));
		assertThat(replyText(fixture.say("UCHAIR", "start tiny Second look"))).contains("Started *Second look*");
		everyoneAnswers(List.of("Middling", "Middling", "Middling"));
		fixture.say("UCHAIR", "close now");
		// In plain words the agreed are folded, saying what moved; with the figures each has its line.
		assertThat(seenText(fixture.say("UCHAIR", "consensus"))).contains("• Middling (3): 1.1 (up from Low), 1.2, 2.1 (down from High)");
		String view = seenText(fixture.say("UCHAIR", "consensus figures"));
		assertThat(view).contains("*1.1* Agreed in round 1: *Middling*", "last cycle (2026): Low, up",
				"*1.2* Agreed in round 1: *Middling*", "last cycle (2026): Middling, unchanged",
				"*2.1* Agreed in round 1: *Middling*", "last cycle (2026): High, down");
		assertThat(fixture.db.getCollection("assessments").countDocuments(new org.bson.Document("currentFor",
				new org.bson.Document("$exists", true)))).isEqualTo(1);
	}

}
