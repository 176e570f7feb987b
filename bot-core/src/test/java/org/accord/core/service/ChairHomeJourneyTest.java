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

import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.directs;
import static org.accord.core.service.CoreFixture.replyText;
import static org.accord.core.service.CoreFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chair who never types a command: from the Home's next step to an endorsed form and an accepted plan,
 * every step a button or a form. Members rate from their Home's Continue.
 */
class ChairHomeJourneyTest {

	private static final List<String> RATERS = List.of("UCHAIR", "UALEX", "USAM", "UKIM");

	private CoreFixture fixture;

	@BeforeEach
	void board() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board add <@UALEX> <@USAM> as member");
		fixture.say("UCHAIR", "board add <@UKIM> as authority police");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenAChairWhoOnlyClicks_thenStartCloseSettleEndorseAndPlanAllHappen() {
		Card home = home("UCHAIR");
		assertThat(text(home)).contains("No assessment is under way");
		Form start = form(press("UCHAIR", button(home, "Start an assessment…")));
		assertThat(start.inputs()).extracting(Form.Input::id).containsExactly("framework", "due", "title");
		assertThat(start.inputs().get(0).choices()).extracting(Form.Choice::value).contains("cdrp-2002", "tiny");
		Outcome started = submit("UCHAIR", start, Map.of("framework", "tiny", "due", "2026-12-20", "title", "Clicked through"));
		assertThat(replyText(started)).startsWith("Started *Clicked through* (tiny, 3 criteria, due 2026-12-20)");

		// 1.1 splits two against two; 1.2 and 2.1 are agreed, at the lower levels.
		Map<String, String> first = Map.of("UCHAIR", "Low", "UALEX", "Low", "USAM", "High", "UKIM", "High");
		for (String rater : RATERS) {
			Outcome prompt = press(rater, button(home(rater), "Continue"));
			for (String label : List.of(first.get(rater), "Middling", "Low")) {
				prompt = press(rater, CoreFixture.button(prompt, label));
			}
		}

		home = home("UCHAIR");
		assertThat(text(home)).contains("Clicked through* · round 1 open", "Participation: 4 finished");
		assertThat(replyText(press("UCHAIR", button(home, "Close round 1"))))
			.contains("Round 1 is closed: 2 of 3 criteria agreed, 1 still to settle");
		// The same button pressed again closes nothing more.
		assertThat(replyText(press("UCHAIR", button(home, "Close round 1")))).contains("has closed already");

		home = home("UCHAIR");
		assertThat(text(home)).contains("2 of 3 criteria agreed or settled; 1 still disputed");
		Outcome view = press("UCHAIR", button(home, "Open the consensus view"));
		Form settle = form(press("UCHAIR", button(CoreFixture.view(view), "Settle a criterion…")));
		assertThat(replyText(submit("UCHAIR", settle, Map.of("criterion", "1.1", "level", "mid", "note", "Weighed at the meeting"))))
			.contains("1.1 settled by the chair: *Middling*");

		home = home("UCHAIR");
		assertThat(text(home)).contains("Every criterion is agreed or settled");
		Outcome asked = press("UCHAIR", button(home, "Ask for endorsement"));
		Card request = directs(asked).stream().filter(d -> d.to().userId().equals("UKIM")).map(Delivery.Direct::card)
			.findFirst().orElseThrow();
		assertThat(text(home("UCHAIR"))).contains("Endorsement asked: 0 of 1");
		Outcome endorsed = press("UKIM", button(request, "Endorse for police"));
		assertThat(directs(endorsed).stream().map(d -> text(d.card())))
			.anyMatch(t -> t.contains("Every responsible authority has endorsed: the assessment is final"));

		home = home("UCHAIR");
		assertThat(text(home)).contains("The form is final. Draft the action plan");
		Outcome drafts = press("UCHAIR", button(home, "Draft the action plan"));
		assertThat(replyText(drafts)).contains("3 new; 3 awaiting you");
		Card draftCard = drafts.replies().get(0);
		List<ButtonAction> accepts = actions(draftCard, "Accept…");
		List<ButtonAction> drops = actions(draftCard, "Drop");
		Form accept = form(press("UCHAIR", accepts.get(0)));
		assertThat(accept.inputs()).extracting(Form.Input::type)
			.contains(Form.Type.PERSON, Form.Type.DATE);
		Outcome accepted = submit("UCHAIR", accept, Map.of("text", "Agree the sharing protocol", "owner", "UALEX",
				"due", "2027-03-31", "milestone", "Signed by all five"));
		assertThat(replyText(accepted)).contains("Accepted action 1: Agree the sharing protocol, owned by <@UALEX>, due 2027-03-31");
		assertThat(directs(accepted)).anyMatch(d -> d.to().userId().equals("UALEX"));
		press("UCHAIR", drops.get(1));
		assertThat(text(home("UCHAIR"))).contains("1 draft action awaits you");
		press("UCHAIR", drops.get(2));

		home = home("UCHAIR");
		assertThat(text(home)).contains("The form is final and the plan has 1 action");
		assertThat(buttons(home)).extracting(Card.Button::label).containsExactly("Start the next assessment…");
		assertThat(text(home("UALEX"))).contains("My actions", "Agree the sharing protocol");
	}

	@Test
	void givenSomeoneOtherThanTheChair_thenTheHomeOffersNoChairsStepAndThePressedOneIsRefused() {
		Card chairs = home("UCHAIR");
		assertThat(buttons(home("UALEX"))).isEmpty();
		assertThat(replyText(press("UALEX", button(chairs, "Start an assessment…")))).isEqualTo("Only the chair can start an assessment.");
		Form start = form(press("UCHAIR", button(chairs, "Start an assessment…")));
		assertThat(replyText(submit("UALEX", start, Map.of("framework", "tiny")))).isEqualTo("Only the chair can start an assessment.");
		assertThat(CoreFixture.problems(submit("UCHAIR", start, Map.of("framework", "nope"))))
			.containsEntry("framework", "Choose one of the options offered.");
		assertThat(replyText(submit("UCHAIR", start, Map.of("framework", "tiny", "due", "2020-01-01")))).contains("has passed");
		assertThat(replyText(fixture.say("UCHAIR", "status"))).contains("No assessment is under way");
	}

	private Card home(String user) {
		return fixture.core.home().home(caller(user));
	}

	private Outcome press(String user, ButtonAction action) {
		return fixture.core.promptActions().act(caller(user), action);
	}

	private Outcome submit(String user, Form form, Map<String, String> values) {
		return fixture.core.forms().submit(caller(user), form.context(), values);
	}

	private static List<Card.Button> buttons(Card card) {
		return card.parts().stream().filter(Card.Part.Buttons.class::isInstance)
			.flatMap(p -> ((Card.Part.Buttons) p).buttons().stream()).toList();
	}

	private static ButtonAction button(Card card, String label) {
		return buttons(card).stream().filter(b -> b.label().equals(label)).findFirst()
			.orElseThrow(() -> new AssertionError("No button '" + label + "' on: " + text(card))).action();
	}

	private static List<ButtonAction> actions(Card card, String label) {
		return buttons(card).stream().filter(b -> b.label().equals(label)).map(Card.Button::action).toList();
	}

	private static Form form(Outcome outcome) {
		return outcome.deliveries().stream().filter(Delivery.OpenForm.class::isInstance).map(Delivery.OpenForm.class::cast)
			.findFirst().orElseThrow(() -> new AssertionError("No form opened: " + replyText(outcome))).form();
	}

}
