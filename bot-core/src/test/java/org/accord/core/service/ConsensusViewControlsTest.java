package org.accord.core.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Form;
import org.accord.core.card.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.seenText;
import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.directs;
import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chair's controls on the consensus view, without typing: settle a disputed criterion (a form), open a
 * consensus round (a form), ask for endorsement, hand out the documents. Each reaches the same use case as its
 * typed shortcut, so the same rules hold.
 */
class ConsensusViewControlsTest {

	private static final List<String> RATERS = List.of("UCHAIR", "UALEX", "USAM", "UKIM");

	private CoreFixture fixture;

	@BeforeEach
	void roundClosedWithOneDispute() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board add <@UALEX> <@USAM> as member");
		fixture.say("UCHAIR", "board add <@UKIM> as authority police");
		fixture.say("UCHAIR", "start tiny Settling");
		// 1.1 splits two against two; 1.2 and 2.1 are agreed.
		Map<String, String> first = Map.of("UCHAIR", "Low", "UALEX", "Low", "USAM", "High", "UKIM", "High");
		for (String rater : RATERS) {
			Outcome prompt = fixture.say(rater, "resume");
			for (String label : List.of(first.get(rater), "Middling", "Middling")) {
				prompt = fixture.core.promptActions().act(caller(rater), CoreFixture.button(prompt, label));
			}
		}
		assertThat(replyText(fixture.say("UCHAIR", "close now"))).contains("2 of 3 criteria agreed, 1 still to settle");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenADispute_thenTheViewsButtonOpensAFormOfTheDisputed_andItsSubmissionSettlesIt() {
		ButtonAction settle = viewButton("Settle a criterion…").orElseThrow();

		Form form = form(fixture.core.promptActions().act(caller("UCHAIR"), settle));
		assertThat(form.inputs()).extracting(Form.Input::id).containsExactly("criterion", "level", "note");
		Form.Input criterion = form.inputs().get(0);
		assertThat(criterion.type()).isEqualTo(Form.Type.CHOICE);
		assertThat(criterion.choices()).containsExactly(new Form.Choice("1.1", "1.1 One thing."));
		assertThat(criterion.initial()).isEqualTo("1.1");
		assertThat(form.inputs().get(1).choices()).extracting(Form.Choice::label).containsExactly("Low", "Middling", "High");

		Outcome settled = fixture.core.forms().submit(caller("UCHAIR"), form.context(),
				Map.of("criterion", "1.1", "level", "mid", "note", "Weighed at the meeting"));

		assertThat(replyText(settled)).isEqualTo("1.1 settled by the chair: *Middling* (Weighed at the meeting).");
		assertThat(seenText(fixture.say("UCHAIR", "consensus"))).contains("2 agreed · 1 settled by the chair · 0 disputed",
				"*1.1* Settled by the chair: *Middling* (Weighed at the meeting)");
		assertThat(viewButton("Settle a criterion…")).isEmpty();
	}

	@Test
	void givenTheView_thenItIsAMessageToKeep_disputedFirstWithTitlesInPlainWords_andTheFiguresInTheSameMessageOnRequest() {
		Outcome shown = fixture.say("UCHAIR", "consensus");
		// A message of its own to the chair, not a reply that vanishes; nobody else gets it.
		assertThat(shown.replies()).isEmpty();
		assertThat(directs(shown)).extracting(d -> d.to().userId()).containsExactly("UCHAIR");
		String plain = CoreFixture.text(CoreFixture.view(shown));
		assertThat(plain).contains("*Disputed (1)*", "• *1.1* One thing. — wide disagreement · Low 2 · Middling 0 · High 2",
				"*Agreed in the rounds (2)*", "• Middling (2): 1.2, 2.1", "Across round 1, members")
			.doesNotContain("median", "IQR", "Cns", "Krippendorff", "*1.2* Agreed in round 1");
		assertThat(plain.indexOf("*Disputed (1)*")).isLessThan(plain.indexOf("*Agreed in the rounds (2)*"));

		Outcome turned = fixture.core.promptActions().act(caller("UCHAIR"), viewButton("Every criterion, with figures").orElseThrow());
		// The same message, turned: no new message and no second chart.
		assertThat(turned.deliveries()).hasSize(1).first().isInstanceOf(Delivery.UpdateClicked.class);
		String figures = CoreFixture.text(((Delivery.UpdateClicked) turned.deliveries().get(0)).card());
		assertThat(figures).contains("• *1.1* One thing. — wide disagreement · Low 2 · Middling 0 · High 2 · median",
				"Krippendorff's alpha (ordinal)", "*1 First*",
				"• *1.2* Agreed in round 1: *Middling* · strong agreement on Middling · Low 0 · Middling 4 · High 0 · median 2, IQR 0, Cns 1.00");
		ButtonAction back = buttonsOf(((Delivery.UpdateClicked) turned.deliveries().get(0)).card()).get("Plain words, disputed first");
		Outcome again = fixture.core.promptActions().act(caller("UCHAIR"), back);
		assertThat(CoreFixture.text(((Delivery.UpdateClicked) again.deliveries().get(0)).card())).isEqualTo(plain);

		// A member who came by the button is told the view is not theirs, and sees none of it.
		assertThat(replyText(fixture.core.promptActions().act(caller("UALEX"), back)))
			.isEqualTo("The consensus view is for the chair and the facilitator; the board sees it with them.");
	}

	private static Map<String, ButtonAction> buttonsOf(Card card) {
		Map<String, ButtonAction> buttons = new java.util.LinkedHashMap<>();
		card.parts().stream().filter(Card.Part.Buttons.class::isInstance)
			.flatMap(part -> ((Card.Part.Buttons) part).buttons().stream()).forEach(b -> buttons.put(b.label(), b.action()));
		return buttons;
	}

	@Test
	void givenTheFormFilledWrongly_thenEachIsRefusedWithWhatToDo_andNothingIsSettled() {
		String context = form(fixture.core.promptActions().act(caller("UCHAIR"), viewButton("Settle a criterion…").orElseThrow()))
			.context();

		// Each problem stays on the form, beside its input.
		assertThat(CoreFixture.problems(fixture.core.forms().submit(caller("UCHAIR"), context, Map.of("criterion", "1.1"))))
			.containsExactly(Map.entry("level", "Choose the category it is settled at."));
		assertThat(CoreFixture.problems(fixture.core.forms().submit(caller("UCHAIR"), context, Map.of("level", "mid"))))
			.containsExactly(Map.entry("criterion", "Choose the criterion to settle."));
		assertThat(CoreFixture.problems(fixture.core.forms().submit(caller("UCHAIR"), context,
				Map.of("criterion", "1.2", "level", "low")))).containsExactly(Map.entry("criterion", "Choose one of the options offered."));
		assertThat(CoreFixture.problems(fixture.core.forms().submit(caller("UCHAIR"), context,
				Map.of("criterion", "1.1", "level", "low", "note", "x".repeat(501)))))
			.containsExactly(Map.entry("note", "This takes 500 characters at most; yours has 501."));
		assertThat(replyText(fixture.core.forms().submit(caller("UALEX"), context, Map.of("criterion", "1.1", "level", "low"))))
			.isEqualTo("Only the chair can settle a criterion.");
		assertThat(replyText(fixture.core.promptActions().act(caller("UALEX"),
				ButtonAction.decode(context)))).isEqualTo("Only the chair can settle a criterion.");

		assertThat(seenText(fixture.say("UCHAIR", "consensus"))).contains("0 settled by the chair · 1 disputed");
	}

	@Test
	void givenTheTypedShortcut_thenTheSameUseCaseSettles() {
		assertThat(replyText(fixture.say("UCHAIR", "settle 1.1 high The partners' audit"))).isEqualTo(
				"1.1 settled by the chair: *High* (The partners' audit).");
		assertThat(replyText(fixture.say("UALEX", "settle 1.1 low"))).isEqualTo("Only the chair can settle a criterion.");
	}

	@Test
	void givenNothingLeftDisputed_thenTheViewAsksForEndorsement_andHandsOutTheDocuments_fromButtons() {
		assertThat(viewButton("Ask for endorsement")).isEmpty();
		fixture.say("UCHAIR", "settle 1.1 mid");
		assertThat(viewButton("Settle a criterion…")).isEmpty();

		Outcome asked = fixture.core.promptActions().act(caller("UCHAIR"), viewButton("Ask for endorsement").orElseThrow());
		assertThat(replyText(asked)).contains("Asked 1 responsible-authority representative");
		assertThat(directs(asked)).anySatisfy(d -> assertThat(d.to().userId()).isEqualTo("UKIM"));
		assertThat(replyText(fixture.core.promptActions().act(caller("UALEX"), viewButton("Ask for endorsement").orElseThrow())))
			.isEqualTo("Only the chair can ask for endorsement.");

		Outcome documents = fixture.core.promptActions().act(caller("UCHAIR"), viewButton("Documents").orElseThrow());
		assertThat(documents.deliveries()).filteredOn(Delivery.File.class::isInstance)
			.extracting(d -> ((Delivery.File) d).fileName()).anyMatch(name -> name.endsWith(".docx"));
		assertThat(replyText(fixture.core.promptActions().act(caller("UALEX"), viewButton("Documents").orElseThrow())))
			.isEqualTo("The documents are for the chair and the facilitator.");
	}

	@Test
	void givenADispute_thenTheRoundFormOffersTheDisputedAllChosen_dueInTwoWeeks_andOpensTheRoundOnWhatIsChosen() {
		Form form = form(fixture.core.promptActions().act(caller("UCHAIR"), viewButton("Consensus round…").orElseThrow()));
		Form.Input criteria = form.inputs().get(0);
		assertThat(criteria.type()).isEqualTo(Form.Type.CHOICES);
		assertThat(criteria.choices()).extracting(Form.Choice::value).containsExactly("1.1");
		assertThat(criteria.initial()).isEqualTo("1.1");
		assertThat(form.inputs().get(1).type()).isEqualTo(Form.Type.DATE);
		assertThat(form.inputs().get(1).initial()).isEqualTo("2026-12-10");

		assertThat(CoreFixture.problems(fixture.core.forms().submit(caller("UCHAIR"), form.context(), Map.of("due", "2026-12-10"))))
			.containsExactly(Map.entry("criteria", "Choose at least one criterion for the round."));
		assertThat(CoreFixture.problems(fixture.core.forms().submit(caller("UCHAIR"), form.context(),
				Map.of("criteria", "1.2", "due", "2026-12-10")))).containsExactly(Map.entry("criteria", "Choose one of the options offered."));
		assertThat(replyText(fixture.core.forms().submit(caller("UALEX"), form.context(), Map.of("criteria", "1.1"))))
			.isEqualTo("Only the chair can start a consensus round.");

		assertThat(replyText(fixture.core.forms().submit(caller("UCHAIR"), form.context(),
				Map.of("criteria", "1.1", "due", "2026-12-10")))).contains("Consensus round 2 is open on 1 criterion (1.1), due 2026-12-10");
		// The same form sent again (a double click on Submit) opens nothing more.
		assertThat(replyText(fixture.core.forms().submit(caller("UCHAIR"), form.context(),
				Map.of("criteria", "1.1", "due", "2026-12-10"))))
			.isEqualTo("Consensus round 2 is open already: it opened at the first press, and its members have their prompts.");
	}

	private Optional<ButtonAction> viewButton(String label) {
		Outcome view = fixture.say("UCHAIR", "consensus");
		return CoreFixture.view(view).parts().stream()
			.filter(Card.Part.Buttons.class::isInstance)
			.flatMap(part -> ((Card.Part.Buttons) part).buttons().stream())
			.filter(b -> b.label().equals(label)).map(Card.Button::action).findFirst();
	}

	private static Form form(Outcome outcome) {
		return outcome.deliveries().stream().filter(Delivery.OpenForm.class::isInstance).map(Delivery.OpenForm.class::cast)
			.findFirst().orElseThrow(() -> new AssertionError("No form opened: " + replyText(outcome))).form();
	}

}
