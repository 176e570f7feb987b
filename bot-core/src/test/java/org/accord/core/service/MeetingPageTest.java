package org.accord.core.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.port.in.MeetingPage;
import org.accord.core.port.in.MeetingPage.Item;
import org.accord.core.port.in.MeetingPage.Opened;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.seenText;
import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.directs;
import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting page's use case, as the page calls it: who gets a link and which, what a link opens (and what a
 * changed, expired or ended one does not), what the page shows and hides, and that recording the board's agreement
 * there is the chair's settling, seen at once by the consensus view.
 */
class MeetingPageTest {

	private static final List<String> RATERS = List.of("UCHAIR", "UALEX", "USAM", "UJO");

	private static final String COMMENT = "The protocol was signed in March";

	private static final String EVIDENCE = "Board minutes, item 4";

	private CoreFixture fixture;

	private MeetingPage meeting;

	@BeforeEach
	void roundClosedWithTwoDisputes() {
		fixture = new CoreFixture();
		meeting = fixture.core.meeting();
		fixture.say("UCHAIR", "board add <@UALEX> <@USAM> <@UJO> as member");
		fixture.say("UCHAIR", "board add <@UFAC> as facilitator");
		fixture.say("UCHAIR", "board add <@UPOL> as authority police");
		fixture.say("UCHAIR", "start tiny Meeting");
		// 1.1 splits two against two, with words; 1.2 has too few ratings to show; 2.1 is agreed.
		Map<String, List<String>> answers = Map.of("UCHAIR", List.of("Low", "Don't know", "Middling"), "UALEX",
				List.of("Low", "Don't know", "Middling"), "USAM", List.of("High", "High", "Middling"), "UJO",
				List.of("High", "High", "Middling"));
		for (String rater : RATERS) {
			Outcome prompt = fixture.say(rater, "resume");
			if (rater.equals("USAM")) {
				Outcome form = fixture.core.promptActions().act(caller(rater), CoreFixture.button(prompt, "Add evidence / comment"));
				String context = ((Delivery.OpenForm) form.deliveries().get(0)).form().context();
				fixture.core.forms().submit(caller(rater), context, Map.of("evidence", EVIDENCE, "comment", COMMENT));
			}
			for (String label : answers.get(rater)) {
				prompt = fixture.core.promptActions().act(caller(rater), CoreFixture.button(prompt, label));
			}
		}
		assertThat(replyText(fixture.say("UCHAIR", "close now"))).contains("1 of 3 criteria agreed, 2 still to settle");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenTheChairsLink_thenThePageShowsTheDisputedOnlyWithFiguresWhereEnoughRated_andNoName() {
		MeetingPage.View view = shown(token(meeting.link(caller("UCHAIR"), new MeetingPage.LinkCommand(null, false))));

		assertThat(view.controls()).isTrue();
		assertThat(view.settling()).isTrue();
		assertThat(view.endorsementOffered()).isFalse();
		assertThat(view.items()).extracting(Item::id).containsExactly("1.1", "1.2");
		Item split = view.items().get(0);
		assertThat(split.counts()).containsExactly(2, 0, 2);
		assertThat(split.chart()).startsWith(0x89, 'P', 'N', 'G');
		assertThat(split.agreement()).isEqualTo("wide disagreement");
		assertThat(split.figures()).contains("The middle rating is Middling (median).",
				"Most chosen, equally: Low and High, each by 50% of those who rated (modal share).");
		assertThat(split.rationales()).containsExactly(COMMENT);
		assertThat(split.evidence()).containsExactly(EVIDENCE);
		assertThat(split.prompts()).containsExactly("A prompt");
		assertThat(split.state()).isEqualTo("Disputed");
		Item few = view.items().get(1);
		assertThat(few.counts()).isEmpty();
		assertThat(few.chart()).isNull();
		assertThat(few.figures()).isEmpty();
		assertThat(few.rationales()).isEmpty();
		assertThat(few.agreement()).isEqualTo("too few answers to show");
		assertThat(view.toString()).doesNotContain("UCHAIR", "UALEX", "USAM", "UJO", "slack");
	}

	@Test
	void givenTheFacilitatorOrAViewLink_thenThePageOnlyShows_andAMemberGetsNoLink() {
		String facilitator = token(meeting.link(caller("UFAC"), new MeetingPage.LinkCommand(null, false)));
		assertThat(shown(facilitator).controls()).isFalse();
		assertThat(meeting.settle(facilitator, "1.1", "mid", null).done()).isFalse();
		String view = token(meeting.link(caller("UCHAIR"), new MeetingPage.LinkCommand(null, true)));
		assertThat(shown(view).settling()).isFalse();
		assertThat(meeting.settle(view, "1.1", "mid", null).message()).contains("only shows");
		assertThat(replyText(meeting.link(caller("UALEX"), new MeetingPage.LinkCommand(null, false))))
			.isEqualTo("The meeting page is the chair's and the facilitator's to open; the board sees it with them.");
		assertThat(seenText(fixture.say("UCHAIR", "consensus"))).contains("Disputed");
	}

	@Test
	void givenAChangedLink_thenItOpensNothing_andAnExpiredOrEndedOneSaysItHasEnded() {
		String token = token(meeting.link(caller("UCHAIR"), new MeetingPage.LinkCommand(null, false)));
		char last = token.charAt(token.length() - 1);
		String changed = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
		String otherId = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);

		assertThat(meeting.open(changed)).isInstanceOf(Opened.Unknown.class);
		assertThat(meeting.open(otherId)).isInstanceOf(Opened.Unknown.class);
		assertThat(meeting.open(token.substring(0, token.indexOf('.')))).isInstanceOf(Opened.Unknown.class);
		assertThat(meeting.open("")).isInstanceOf(Opened.Unknown.class);
		assertThat(meeting.stamp(changed)).isNull();
		assertThat(meeting.settle(changed, "1.1", "mid", null).done()).isFalse();

		fixture.clock.advance(Duration.ofHours(12).minusSeconds(1));
		assertThat(meeting.open(token)).isInstanceOf(Opened.Shown.class);
		fixture.clock.advance(Duration.ofSeconds(1));
		assertThat(meeting.open(token)).isInstanceOf(Opened.Ended.class);
		assertThat(meeting.stamp(token)).isNull();

		String fresh = token(meeting.link(caller("UCHAIR"), new MeetingPage.LinkCommand(null, false)));
		assertThat(replyText(meeting.endLinks(caller("UALEX"), new MeetingPage.LinkCommand(null, false))))
			.isEqualTo("Only the chair can end the meeting links.");
		assertThat(meeting.open(fresh)).isInstanceOf(Opened.Shown.class);
		assertThat(replyText(fixture.say("UCHAIR", "meeting end"))).startsWith("Ended 1 meeting link");
		assertThat(meeting.open(fresh)).isInstanceOf(Opened.Ended.class);
		assertThat(meeting.settle(fresh, "1.1", "mid", null).done()).isFalse();
		assertThat(fixture.db.getCollection("meeting_links").find().first().toJson()).doesNotContain(fresh.substring(fresh.indexOf('.') + 1));
	}

	@Test
	void givenTheBoardAgreesOnThePage_thenItIsTheChairsSettling_seenByTheViewTheStampAndEndorsement() {
		String token = token(meeting.link(caller("UCHAIR"), new MeetingPage.LinkCommand(null, false)));
		String before = meeting.stamp(token);

		assertThat(meeting.settle(token, "1.1", "nonsense", null).done()).isFalse();
		assertThat(meeting.settle(token, "2.1", "mid", null).message()).contains("2.1 was agreed by the members in round 1");
		MeetingPage.Done done = meeting.settle(token, "1.1", "mid", "Talked through at the meeting");

		assertThat(done.done()).isTrue();
		assertThat(org.accord.core.card.Verbatim.plain(done.message())).startsWith("1.1 agreed at the meeting: *Middling* (Talked through at the meeting).");
		assertThat(meeting.stamp(token)).isNotEqualTo(before);
		Item settled = shown(token).items().get(0);
		assertThat(settled.state()).isEqualTo("Agreed at the meeting: Middling");
		assertThat(settled.settledKey()).isEqualTo("mid");
		assertThat(seenText(fixture.say("UCHAIR", "consensus"))).contains("1 agreed at the meeting",
				"*1.1* Agreed at the meeting: *Middling* (Talked through at the meeting)");

		assertThat(meeting.settle(token, "1.2", "high", null).done()).isTrue();
		MeetingPage.View all = shown(token);
		assertThat(all.endorsementOffered()).isTrue();
		MeetingPage.Done asked = meeting.askForEndorsement(token);
		assertThat(asked.done()).isTrue();
		Outcome sent = fixture.delivered.get(fixture.delivered.size() - 1);
		assertThat(directs(sent)).extracting(d -> d.to().userId()).contains("UPOL");
		assertThat(CoreFixture.text(directs(sent).get(0).card())).contains("1.1 Middling (agreed at the meeting)");
		assertThat(shown(token).endorsementOffered()).isFalse();
	}

	@Test
	void givenTheChairHandsOverOrTheFacilitatorLeaves_thenTheirLinksEnd() {
		String chairs = token(meeting.link(caller("UCHAIR"), new MeetingPage.LinkCommand(null, false)));
		String facilitators = token(meeting.link(caller("UFAC"), new MeetingPage.LinkCommand(null, false)));
		fixture.handOver("UCHAIR", "UALEX");

		assertThat(meeting.open(chairs)).isInstanceOf(Opened.Ended.class);
		assertThat(meeting.stamp(chairs)).isNull();
		assertThat(meeting.settle(chairs, "1.1", "mid", null).done()).isFalse();
		assertThat(shown(facilitators).controls()).isFalse();
		assertThat(replyText(fixture.say("UALEX", "board remove <@UFAC>"))).contains("UFAC");
		assertThat(meeting.open(facilitators)).isInstanceOf(Opened.Ended.class);
	}

	@Test
	void givenARefusedOrRepeatedStep_thenThePageSaysItWasNotDone() {
		String token = token(meeting.link(caller("UCHAIR"), new MeetingPage.LinkCommand(null, false)));
		assertThat(meeting.askForEndorsement(token).message()).isEqualTo("Not yet: settle what is still disputed first.");
		assertThat(meeting.settle(token, "1.1", "mid", null).done()).isTrue();
		// Agreed by the members in round 1: refused, and not reported as done although the form holds a settlement.
		assertThat(meeting.settle(token, "2.1", "mid", null).done()).isFalse();
		assertThat(meeting.settle(token, "1.2", "high", null).done()).isTrue();
		assertThat(meeting.askForEndorsement(token).done()).isTrue();
		int sent = fixture.delivered.size();
		MeetingPage.Done again = meeting.askForEndorsement(token);
		assertThat(again.done()).isFalse();
		assertThat(again.message()).startsWith("Endorsement has been asked for already");
		assertThat(fixture.delivered).hasSize(sent);
	}

	@Test
	void givenTheViewsButton_thenTheChairGetsALinkWithAViewOnlyOneAndAnEndOneBeside() {
		Outcome view = fixture.say("UCHAIR", "consensus");
		ButtonAction meetingButton = buttons(CoreFixture.view(view)).get("Meeting page");

		Outcome linked = fixture.core.promptActions().act(caller("UCHAIR"), meetingButton);

		assertThat(replyText(linked)).contains("*Meeting page* for Meeting, open until", "http://localhost:3978/meeting/");
		Map<String, ButtonAction> more = buttons(linked.replies().get(0));
		assertThat(more).containsOnlyKeys("View-only link", "End meeting links");
		Outcome viewOnly = fixture.core.promptActions().act(caller("UCHAIR"), more.get("View-only link"));
		assertThat(shown(token(viewOnly)).controls()).isFalse();
		assertThat(replyText(fixture.core.promptActions().act(caller("UCHAIR"), more.get("End meeting links"))))
			.startsWith("Ended 2 meeting links");
	}

	private MeetingPage.View shown(String token) {
		Opened opened = meeting.open(token);
		assertThat(opened).isInstanceOf(Opened.Shown.class);
		return ((Opened.Shown) opened).view();
	}

	private static String token(Outcome linked) {
		Matcher m = Pattern.compile("/meeting/([A-Za-z0-9_.-]+)").matcher(replyText(linked));
		assertThat(m.find()).as(replyText(linked)).isTrue();
		return m.group(1);
	}

	private static Map<String, ButtonAction> buttons(Card card) {
		Map<String, ButtonAction> buttons = new java.util.LinkedHashMap<>();
		card.parts().stream().filter(Card.Part.Buttons.class::isInstance)
			.flatMap(p -> ((Card.Part.Buttons) p).buttons().stream()).forEach(b -> buttons.put(b.label(), b.action()));
		return buttons;
	}

}
