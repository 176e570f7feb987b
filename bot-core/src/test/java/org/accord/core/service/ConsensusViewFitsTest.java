package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Form;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Settlement;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.SettleCriterion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.seenText;
import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consensus view of the 2002 framework (nine areas, 49 criteria) within Slack's limits, however much is
 * disputed and however long the chair's notes: at most 50 blocks (one a part), a section's text of at most 3,000
 * characters once Slack has escaped people's words, at most 25 buttons a row, a button's text of at most 75.
 */
class ConsensusViewFitsTest {

	private static final List<String> IDS = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow().criteria().stream()
		.map(Criterion::id).toList();

	/** A note as long as a note takes, of the characters Slack's escaping makes longest ("&" becomes "&amp;"). */
	private static final String NOTE = ("P&L <Q4> & R&D ").repeat(34).substring(0, 500).strip();

	private CoreFixture fixture;

	@BeforeEach
	void everyCriterionDisputed() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board add <@UALEX> as member");
		fixture.say("UCHAIR", "start cdrp-2002 Fitting & <checking>");
		// Nobody rated: every criterion is disputed, with too few answers to show.
		assertThat(replyText(fixture.say("UCHAIR", "close now"))).contains("0 of 49 criteria agreed, 49 still to settle");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenAll49Disputed_thenTheViewFitsSlack_andEachCriterionHasItsSettleAndSharedTextButtons() {
		Card view = view();
		assertFitsSlack(view);
		assertFitsSlack(CoreFixture.view(fixture.say("UCHAIR", "consensus figures")));
		Map<String, ButtonAction> buttons = buttons(view);
		for (String id : IDS) {
			assertThat(buttons).containsKeys("Settle " + id + "…", "Edit shared text " + id + "…");
		}
		assertThat(buttons).containsKeys("Consensus round…", "Settle a criterion…", "Documents");
		assertThat(seenText(fixture.say("UCHAIR", "consensus"))).contains("0 agreed · 0 settled by the chair · 49 disputed, of 49",
				"*Disputed (49)*", "• *9.4* " + FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow().criteria().get(48).title());
	}

	@Test
	void givenACriterionsSettleButton_thenTheSettleFormOpensWithItChosen_andItsSubmissionSettlesIt() {
		Form form = form(fixture.core.promptActions().act(caller("UCHAIR"), buttons(view()).get("Settle 5.3…")));
		assertThat(form.inputs().get(0).initial()).isEqualTo("5.3");
		assertThat(form.inputs().get(0).choices()).hasSize(49);

		Outcome settled = fixture.core.forms().submit(caller("UCHAIR"), form.context(),
				Map.of("criterion", "5.3", "level", "doing-well", "note", "As the audit shows"));

		assertThat(replyText(settled)).isEqualTo("5.3 settled by the chair: *Doing well* (As the audit shows).");
		assertThat(buttons(view())).doesNotContainKeys("Settle 5.3…", "Edit shared text 5.3…").containsKey("Settle 5.4…");
		assertThat(replyText(fixture.core.promptActions().act(caller("UALEX"), buttons(view()).get("Settle 5.4…"))))
			.isEqualTo("Only the chair can settle a criterion.");
	}

	@Test
	void givenLongNotesEverywhere_thenTheViewStillFits_andEveryShortenedNoteSaysWhereTheRestIs() {
		for (String id : IDS.subList(0, 45)) {
			assertThat(replyText(fixture.core.settleCriterion().settle(caller("UCHAIR"),
					new SettleCriterion.Command(null, id, "some-success", NOTE)))).startsWith(id + " settled by the chair");
		}
		Card view = view();
		assertFitsSlack(view);
		assertFitsSlack(CoreFixture.view(fixture.say("UCHAIR", "consensus figures")));
		String text = CoreFixture.text(view);
		for (String id : IDS.subList(0, 45)) {
			String line = text.lines().filter(l -> l.startsWith("• *" + id + "* ")).findFirst().orElseThrow();
			assertThat(line.contains(NOTE) || line.contains("shortened here: the whole note is in the documents")
					|| line.contains("the chair's note is in the documents")).as(line).isTrue();
		}
		Map<String, ButtonAction> buttons = buttons(view);
		for (String id : IDS.subList(45, 49)) {
			assertThat(buttons).containsKeys("Settle " + id + "…", "Edit shared text " + id + "…");
		}
		assertThat(buttons.keySet().stream().filter(b -> b.startsWith("Settle ") && !b.equals("Settle a criterion…"))).hasSize(4);
	}

	@Test
	void givenNotesLongerThanAnyMessageHolds_thenTheViewShortensThemInTheOpen_andPointsToTheDocuments() {
		// Written past the use case, as a store an earlier Accord filled might hold them: 49 notes of 3,000 characters.
		var assessments = fixture.store.assessments();
		var board = fixture.store.partnerships().findByWorkspace("slack:" + CoreFixture.WORKSPACE).orElseThrow().id();
		var before = assessments.current(board).orElseThrow();
		var after = before;
		for (String id : IDS) {
			after = after.withSettlement(id, new Settlement(Settlement.How.CHAIR, 1, "some-success", NOTE.repeat(6)));
		}
		assertThat(assessments.update(before, after)).isPresent();

		Card view = view();
		assertFitsSlack(view);
		assertFitsSlack(CoreFixture.view(fixture.say("UCHAIR", "consensus figures")));
		String text = CoreFixture.text(view);
		assertThat(text).doesNotContain(NOTE.repeat(6));
		for (String id : IDS) {
			assertThat(text.lines().filter(l -> l.startsWith("• *" + id + "* ")).findFirst().orElseThrow())
				.containsAnyOf("shortened here: the whole note is in the documents", "the chair's note is in the documents");
		}
	}

	@Test
	void givenEverythingSettled_thenNoCriterionButtonsRemain_andTheViewAsksForEndorsement() {
		for (String id : IDS) {
			fixture.core.settleCriterion().settle(caller("UCHAIR"), new SettleCriterion.Command(null, id, "some-success", NOTE));
		}
		Card view = view();
		assertFitsSlack(view);
		assertThat(buttons(view).keySet()).containsExactlyInAnyOrder("Ask for endorsement", "Every criterion, with figures",
				"Meeting page", "Documents");
	}

	private Card view() {
		return CoreFixture.view(fixture.say("UCHAIR", "consensus"));
	}

	/** What BlockKitCardRenderer makes of a card, checked against what Slack refuses. */
	private static void assertFitsSlack(Card card) {
		assertThat(card.parts()).as("blocks").hasSizeLessThanOrEqualTo(50);
		for (Card.Part part : card.parts()) {
			if (part instanceof Card.Part.Text t) {
				assertThat(slack(t.text()).length()).as("a section's text").isLessThanOrEqualTo(3000);
			}
			if (part instanceof Card.Part.Buttons b) {
				assertThat(b.buttons()).as("an actions block").hasSizeLessThanOrEqualTo(25);
				b.buttons().forEach(button -> assertThat(button.label().length()).as(button.label()).isLessThanOrEqualTo(75));
			}
		}
		assertThat(card.parts().stream().filter(Card.Part.Buttons.class::isInstance)
			.flatMap(p -> ((Card.Part.Buttons) p).buttons().stream()).map(Card.Button::label)).doesNotHaveDuplicates();
	}

	/** Slack's mrkdwn of a text: people's words escaped, as BlockKitCardRenderer does. */
	private static String slack(String text) {
		return Verbatim.render(text, s -> s, s -> s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
	}

	private static Map<String, ButtonAction> buttons(Card card) {
		List<Card.Button> all = new ArrayList<>();
		card.parts().stream().filter(Card.Part.Buttons.class::isInstance).forEach(p -> all.addAll(((Card.Part.Buttons) p).buttons()));
		return all.stream().collect(Collectors.toMap(Card.Button::label, Card.Button::action, (a, b) -> a,
				java.util.LinkedHashMap::new));
	}

	private static Form form(Outcome outcome) {
		return outcome.deliveries().stream().filter(Delivery.OpenForm.class::isInstance).map(Delivery.OpenForm.class::cast)
			.findFirst().orElseThrow(() -> new AssertionError("No form opened: " + replyText(outcome))).form();
	}

}
