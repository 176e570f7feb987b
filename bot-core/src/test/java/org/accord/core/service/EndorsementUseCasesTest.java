package org.accord.core.service;

import java.util.List;
import java.util.Map;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Endorsement;
import org.accord.core.port.in.DeclineEndorsement;
import org.accord.core.port.in.Endorse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.directs;
import static org.accord.core.service.CoreFixture.replyText;
import static org.accord.core.service.CoreFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Asking for endorsement and each authority's answer, called as the use cases, beside the buttons and form that reach them. */
class EndorsementUseCasesTest {

	private static final List<String> RATERS = List.of("UCHAIR", "UALEX", "UPOL", "UFIRE");

	private CoreFixture fixture;

	private PlanUseCases plan;

	@BeforeEach
	void everyCriterionAgreed() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board add <@UALEX> as member");
		fixture.say("UCHAIR", "board add <@UPOL> as authority police");
		fixture.say("UCHAIR", "board add <@UFIRE> as authority fire");
		fixture.say("UCHAIR", "start tiny First look");
		for (String rater : RATERS) {
			Outcome prompt = fixture.say(rater, "resume");
			for (String label : List.of("Low", "Middling", "High")) {
				ButtonAction pick = CoreFixture.button(prompt, label);
				prompt = fixture.core.promptActions().act(caller(rater), pick);
			}
		}
		assertThat(replyText(fixture.say("UCHAIR", "close now"))).contains("3 of 3 criteria agreed");
		plan = fixture.core.plan();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenAnyoneButTheChair_thenEndorsementIsNotAsked() {
		for (String user : List.of("UALEX", "UPOL")) {
			assertThat(replyText(plan.requestEndorsement().request(caller(user)))).isEqualTo("Only the chair can ask for endorsement.");
		}
		assertThat(replyText(plan.requestEndorsement().request(caller("UOUTSIDER")))).isEqualTo("You are not on this board.");
		assertThat(assessment().endorsements()).isEmpty();
		assertThat(assessment().state()).isEqualTo(Assessment.State.RECONCILING);

		Outcome asked = plan.requestEndorsement().request(caller("UCHAIR"));
		assertThat(replyText(asked)).startsWith("Asked 2 responsible-authority representatives to endorse (").contains("police", "fire");
		assertThat(directs(asked)).extracting(d -> d.to().userId()).containsExactlyInAnyOrder("UPOL", "UFIRE");
		assertThat(replyText(fixture.say("UCHAIR", "endorsements"))).contains("police: <@UPOL> has not answered yet");
		assertThat(replyText(plan.showEndorsements().show(caller("UALEX"))))
			.isEqualTo("Endorsements are for the chair, the facilitator and the responsible authorities.");
	}

	@Test
	void givenSomeoneNotAsked_orNoReason_thenTheAnswerIsRefused_andNothingChanges() {
		plan.requestEndorsement().request(caller("UCHAIR"));
		String id = assessment().id().value();
		assertThat(replyText(plan.endorse().endorse(caller("UALEX"), new Endorse.Command(id, assessment().formFingerprint()))))
			.isEqualTo("Only the responsible-authority representatives asked can endorse this form.");
		assertThat(replyText(plan.endorse().endorse(caller("UOUTSIDER"), new Endorse.Command(id, assessment().formFingerprint())))).isEqualTo("You are not on this board.");
		assertThat(replyText(plan.endorse().endorse(caller("UPOL"), new Endorse.Command("no-such-assessment", null))))
			.isEqualTo("This assessment is not waiting for endorsement.");

		assertThatThrownBy(() -> new DeclineEndorsement.Command(id, "  ", null))
			.hasMessage("Please give a reason when you decline: the chair needs it to act on.");
		String declineForm = ((Delivery.OpenForm) fixture.core.promptActions().act(caller("UPOL"),
				new ButtonAction(ButtonAction.Kind.DECLINE, id, 1, null, assessment().formFingerprint())).deliveries().get(0)).form().context();
		assertThat(CoreFixture.problems(fixture.core.forms().submit(caller("UPOL"), declineForm, Map.of("reason", " "))))
			.containsExactly(Map.entry("reason", "Please give a reason when you decline: the chair needs it to act on."));
		assertThat(assessment().endorsements()).extracting(Endorsement::decision)
			.containsOnly(Endorsement.Decision.AWAITED);

		Outcome declined = fixture.core.forms().submit(caller("UPOL"), declineForm, Map.of("reason", "Figures are wrong"));
		assertThat(replyText(declined)).isEqualTo("Your reason has been passed to the chair.");
		assertThat(directs(declined)).singleElement().satisfies(d -> assertThat(text(d.card()))
			.contains("<@UPOL> declined to endorse for police: Figures are wrong"));
	}

	@Test
	void givenASecondPress_thenTheEndorsementIsGivenOnce_andTheFormIsFinalOnce() {
		ButtonAction endorse = CoreFixture.endorseButton(plan.requestEndorsement().request(caller("UCHAIR")), "UPOL");
		Outcome first = fixture.core.promptActions().act(caller("UPOL"), endorse);
		assertThat(clicked(first)).isEqualTo("You endorsed this form for police on 2026-11-26. Thank you.");
		assertThat(directs(first)).singleElement().satisfies(d -> assertThat(text(d.card())).contains("endorsed for police (1 of 2)"));
		Assessment once = assessment();

		Outcome again = fixture.core.promptActions().act(caller("UPOL"), endorse);
		assertThat(clicked(again)).isEqualTo("You endorsed this form for police.");
		assertThat(directs(again)).isEmpty();
		assertThat(assessment()).isEqualTo(once);

		Outcome last = plan.endorse().endorse(caller("UFIRE"), new Endorse.Command(once.id().value(), once.formFingerprint()));
		assertThat(assessment().state()).isEqualTo(Assessment.State.FINAL);
		assertThat(directs(last).stream().map(d -> text(d.card())))
			.anyMatch(t -> t.contains("Every responsible authority has endorsed: the assessment is final."));
		Assessment finished = assessment();
		Outcome late = plan.endorse().endorse(caller("UFIRE"), new Endorse.Command(once.id().value(), once.formFingerprint()));
		assertThat(clicked(late)).isEqualTo("You endorsed this form for fire.");
		assertThat(late.deliveries()).hasSize(1);
		assertThat(assessment()).isEqualTo(finished);
		assertThat(replyText(plan.requestEndorsement().request(caller("UCHAIR"))))
			.isEqualTo("Every responsible authority has endorsed: the assessment is final.");
	}

	private Assessment assessment() {
		var board = fixture.store.members().seatOf(caller("UCHAIR").user()).orElseThrow().partnershipId();
		return fixture.store.assessments().current(board).orElseThrow();
	}

	private static String clicked(Outcome outcome) {
		return outcome.deliveries().stream().filter(Delivery.UpdateClicked.class::isInstance).map(d -> text(((Delivery.UpdateClicked) d).card()))
			.findFirst().orElseThrow().strip();
	}

}
