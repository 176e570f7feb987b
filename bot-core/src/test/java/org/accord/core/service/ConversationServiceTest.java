package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.seenText;
import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.directs;
import static org.accord.core.service.CoreFixture.replyText;
import static org.accord.core.service.CoreFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The collection conversation through core alone: board, start, prompts, answers, anonymity. */
class ConversationServiceTest {

	private CoreFixture fixture;

	@BeforeEach
	void board() {
		fixture = new CoreFixture();
		assertThat(replyText(fixture.say("UCHAIR", "board"))).contains("one has been made with you as its chair");
		assertThat(replyText(fixture.say("UCHAIR", "board add <@UALEX|alex> <@USAM> as member")))
			.isEqualTo("Added <@UALEX> as member, <@USAM> as member. Each has been told, with what to do first.");
		fixture.say("UCHAIR", "board add <@UPOL> as authority police");
		fixture.say("UCHAIR", "board add <@UFAC> as facilitator");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private Outcome start() {
		return fixture.say("UCHAIR", "start tiny due 2026-12-31 Our first look");
	}

	private ButtonAction action(Outcome outcome, String label) {
		return CoreFixture.button(outcome, label);
	}

	@Test
	void givenStart_thenEveryRaterButTheFacilitatorGetsTheIntroductionAndFirstPrompt() {
		Outcome started = start();
		assertThat(replyText(started)).contains("Started *Our first look*", "due 2026-12-31", "4 people have been sent");
		assertThat(directs(started)).extracting(d -> d.to().userId())
			.containsExactlyInAnyOrder("UCHAIR", "UCHAIR", "UALEX", "UALEX", "USAM", "USAM", "UPOL", "UPOL")
			.doesNotContain("UFAC");
		for (int i = 0; i < 8; i += 2) {
			assertThat(directs(started).get(i).to()).isEqualTo(directs(started).get(i + 1).to());
			assertThat(text(directs(started).get(i).card())).contains("anonymous", "2026-12-31");
		}
		assertThat(text(directs(started).get(1).card())).contains("1.1 One thing.", "A prompt", "1 of 3 · First")
			.doesNotContain("Not yet.");
		// The definitions are read once, before the first rating, and are a press away from every prompt.
		assertThat(text(directs(started).get(0).card())).contains("*Low*: Not yet.");
		Outcome definitions = fixture.core.promptActions().act(caller("UALEX"),
				CoreFixture.button(new Outcome(List.of(directs(started).get(3))), "What the categories mean"));
		assertThat(replyText(definitions)).contains("What the categories mean", "*Low*: Not yet.", "*High*");
	}

	@Test
	void givenAnAnswer_thenTheMessageShowsItAndTheNextPromptFollowsOnce() {
		assertThat(replyText(fixture.core.commands().handle(caller("UALEX"), TypedText.of("resume")))).isEqualTo("No assessment is under way.");
		start();
		Outcome first = fixture.core.commands().handle(caller("UALEX"), TypedText.of("resume"));
		ButtonAction high = action(first, "High");
		Outcome answered = fixture.core.promptActions().act(caller("UALEX"), high);
		assertThat(answered.deliveries()).hasSize(2);
		assertThat(answered.deliveries().get(0)).isInstanceOf(Delivery.UpdateClicked.class);
		assertThat(text(((Delivery.UpdateClicked) answered.deliveries().get(0)).card())).contains("You answered: *High*");
		assertThat(text(directs(answered).get(0).card())).contains("1.2 Another thing.", "2 of 3 · First");

		Outcome doubleClick = fixture.core.promptActions().act(caller("UALEX"), high);
		assertThat(doubleClick.deliveries()).singleElement().isInstanceOf(Delivery.UpdateClicked.class);
		// Every rater's response to every criterion was made when the round opened: an answer only fills one in.
		assertThat(fixture.db.getCollection("responses").countDocuments()).isEqualTo(4 * 3);
		assertThat(fixture.answers()).containsExactly("1 1.1 high");
	}

	@Test
	void givenBackDontKnowSkipEvidenceAndAChange_thenTheSummaryShowsOwnAnswers() {
		start();
		Outcome p1 = fixture.core.commands().handle(caller("USAM"), TypedText.of("resume"));
		Outcome p2 = fixture.core.promptActions().act(caller("USAM"), action(p1, "Low"));
		Outcome back = fixture.core.promptActions().act(caller("USAM"), action(p2, "Back"));
		assertThat(text(directs(back).get(0).card())).contains("1.1 One thing.", "Your answer: Low");
		Outcome again2 = fixture.core.promptActions().act(caller("USAM"), action(back, "Middling"));
		assertThat(text(directs(again2).get(0).card())).contains("1.2");
		Outcome form = fixture.core.promptActions().act(caller("USAM"), action(again2, "Add evidence / comment"));
		Delivery.OpenForm open = (Delivery.OpenForm) form.deliveries().get(0);
		assertThat(replyText(fixture.core.forms().submit(caller("USAM"), open.form().context(), Map.of("evidence",
				"Minutes of March", "document", "Minutes", "page", "4", "paragraph", "2", "comment", "Mostly there"))))
			.contains("Saved");
		Outcome p3 = fixture.core.promptActions().act(caller("USAM"), action(again2, "Don't know"));
		Outcome end = fixture.core.promptActions().act(caller("USAM"), action(p3, "Skip for now"));
		String summary = text(directs(end).get(0).card());
		assertThat(summary).contains("1.1  Middling", "1.2  Don't know · evidence", "2.1  Skipped for now", "Still open: 2.1",
				"What happens next");
		assertThat(replyText(fixture.say("USAM", "status"))).contains("You have been through every criterion");
		assertThat(replyText(fixture.say("UCHAIR", "status"))).contains("1 finished · 0 started · 3 not started (of 4 who rate)");
	}

	@Test
	void givenResponsesStored_thenNoneHoldsAPersonOrPlatformId() {
		start();
		Outcome p1 = fixture.core.commands().handle(caller("UPOL"), TypedText.of("resume"));
		fixture.core.promptActions().act(caller("UPOL"), action(p1, "High"));
		fixture.core.forms().submit(caller("UPOL"), ((Delivery.OpenForm) fixture.core.promptActions()
			.act(caller("UPOL"), action(p1, "Add evidence / comment")).deliveries().get(0)).form().context(),
				Map.of("evidence", "Minutes of the March board"));
		List<String> personIds = fixture.db.getCollection("members").find().map(d -> d.getString("_id")).into(new ArrayList<>());
		java.util.Set<Integer> answerSizes = new java.util.HashSet<>();
		for (Document response : fixture.db.getCollection("responses").find()) {
			String json = response.toJson();
			assertThat(json).doesNotContain("UPOL", "UCHAIR", "T0001", "high", "Minutes");
			personIds.forEach(id -> assertThat(json).doesNotContain(id));
			assertThat(response.keySet()).containsOnly("_id", "answer", "evidence", "assessmentId", "round", "criterionId");
			answerSizes.add(response.getString("answer").length());
		}
		// Answered or not, every sealed answer has one size.
		assertThat(answerSizes).hasSize(1);
		for (Document place : fixture.db.getCollection("participation").find()) {
			assertThat(place.keySet()).containsOnly("_id", "assessmentId", "round", "place");
			personIds.forEach(id -> assertThat(place.toJson()).doesNotContain(id));
		}
		assertThat(fixture.answers()).containsExactly("1 1.1 high");
	}

	@Test
	void givenWrongRoleOrInput_thenAClearMessage() {
		assertThat(replyText(fixture.say("UALEX", "start tiny"))).isEqualTo("Only the chair can start an assessment.");
		assertThat(replyText(fixture.say("UALEX", "board add <@UX> as member"))).isEqualTo("Only the chair can change the board.");
		assertThat(replyText(fixture.say("UCHAIR", "start nope"))).startsWith("There is no framework 'nope'");
		assertThat(replyText(fixture.say("UCHAIR", "start tiny due 31/12/2026"))).contains("is not a date");
		assertThat(replyText(fixture.say("UCHAIR", "board add <@UX> as boss"))).contains("'boss' is not a role");
		assertThat(replyText(fixture.say("UCHAIR", "frobnicate"))).startsWith("I don't know 'frobnicate'");
		assertThat(replyText(fixture.say("UNOBODY", "status"))).contains("not on this workspace's board");
		start();
		assertThat(replyText(start())).contains("already has an assessment under way");
		Outcome p1 = fixture.core.commands().handle(caller("UALEX"), TypedText.of("resume"));
		assertThat(replyText(fixture.core.promptActions().act(caller("UNOBODY"), action(p1, "High"))))
			.contains("not on this board");
		assertThat(replyText(fixture.core.promptActions().act(caller("UFAC"), action(p1, "High"))))
			.contains("do not rate");
		ButtonAction forged = new ButtonAction(ButtonAction.Kind.RATE, action(p1, "High").assessmentId(), 1, "1.1", "nonsense");
		assertThat(replyText(fixture.core.promptActions().act(caller("UALEX"), forged))).contains("not a category");
		assertThat(fixture.answers()).isEmpty();
	}

	@Test
	void givenSomeoneJoinsDuringARound_thenTheyGetItsOpening() {
		start();
		Outcome added = fixture.say("UCHAIR", "board add <@ULATE> as member");
		assertThat(replyText(added)).contains("Added <@ULATE> as member.", "sent the open round's first prompt");
		// Told they were added, then the round's introduction and first prompt.
		assertThat(directs(added)).extracting(d -> d.to().userId()).containsExactly("ULATE", "ULATE", "ULATE");
		assertThat(CoreFixture.text(directs(added).get(0).card())).contains("<@UCHAIR> has added you to the board, as member",
				"anonymous");
		assertThat(replyText(fixture.say("UCHAIR", "board add <@ULATE> as authority council"))).doesNotContain("first prompt");
		assertThat(replyText(fixture.say("UCHAIR", "status"))).contains("of 5 who rate");
	}

	@Test
	void givenTheRulesSetWhileRound1IsOpen_thenTheyApplyAndLaterCannotChange() {
		start();
		assertThat(replyText(fixture.say("UCHAIR", "settings agreement 80%"))).contains("80% or more");
		assertThat(replyText(fixture.say("UCHAIR", "settings minimum 4"))).contains("at least 5 members rated");
		assertThat(replyText(fixture.say("UCHAIR", "settings agreement 40"))).contains("from 51 to 100");
		assertThat(replyText(fixture.say("UALEX", "settings minimum 2"))).isEqualTo("Only the chair changes the settings.");
		// Below 3 a member could tell another's rating from the counts: refused, and k stays as it was.
		assertThat(replyText(fixture.say("UCHAIR", "settings minimum 2"))).contains("from 3 to 20");
		assertThat(replyText(fixture.say("UALEX", "settings"))).contains("Agreement: 80% in one category", "shown from 5 ratings");
		fixture.say("UCHAIR", "close now");
		assertThat(replyText(fixture.say("UCHAIR", "settings minimum 3"))).contains("has figures already");
	}

	@Test
	void givenSomeoneRemovedAndAddedAgainMidRound_thenTheyKeepTheirAnswersAndCountOnce() {
		start();
		Outcome p1 = fixture.core.commands().handle(caller("UALEX"), TypedText.of("resume"));
		fixture.core.promptActions().act(caller("UALEX"), action(p1, "High"));
		fixture.say("UCHAIR", "board remove <@UALEX>");
		fixture.say("UCHAIR", "board add <@UALEX> as member");
		assertThat(text(fixture.core.commands().handle(caller("UALEX"), TypedText.of("mine")).replies().get(0))).contains("1.1  High");
		assertThat(fixture.db.getCollection("responses").countDocuments()).isEqualTo(4 * 3);
		assertThat(fixture.answers()).containsExactly("1 1.1 high");
	}

	@Test
	void givenMembersWhoHaveNotFinished_thenCloseAsksFirst_sayingHowMany_andOnlyTheConfirmationCloses() {
		start();
		Outcome prompt = fixture.say("UALEX", "resume");
		for (int i = 0; i < 3; i++) {
			prompt = fixture.core.promptActions().act(caller("UALEX"), CoreFixture.button(prompt, "High"));
		}
		Outcome asked = fixture.say("UCHAIR", "close");
		assertThat(replyText(asked)).contains("3 of the 4 who rate have not finished round 1 (3 not started); it is due 2026-12-31",
				"Close it now?", "close now");
		assertThat(replyText(fixture.say("UCHAIR", "status"))).contains("round 1 open");
		Card card = asked.replies().get(0);
		java.util.function.Function<String, ButtonAction> pressed = label -> card.parts().stream()
			.filter(Card.Part.Buttons.class::isInstance).flatMap(p -> ((Card.Part.Buttons) p).buttons().stream())
			.filter(b -> b.label().equals(label)).findFirst().orElseThrow().action();
		Outcome notYet = fixture.core.promptActions().act(caller("UCHAIR"), pressed.apply("Not yet"));
		assertThat(CoreFixture.text(((Delivery.UpdateClicked) notYet.deliveries().get(0)).card())).contains("Round 1 stays open");
		assertThat(replyText(fixture.say("UCHAIR", "status"))).contains("round 1 open");
		assertThat(replyText(fixture.core.promptActions().act(caller("UALEX"), pressed.apply("Close round 1 now"))))
			.isEqualTo("Only the chair can close a round.");
		assertThat(replyText(fixture.core.promptActions().act(caller("UCHAIR"), pressed.apply("Close round 1 now"))))
			.startsWith("Round 1 is closed");
		// A second press of the same confirmation closes nothing twice.
		assertThat(replyText(fixture.core.promptActions().act(caller("UCHAIR"), pressed.apply("Close round 1 now"))))
			.contains("has closed already");
	}

	@Test
	void givenARoundJustClosed_thenItOpensAgainWithAnswersKept_untilSomethingDependsOnIt() {
		start();
		for (String rater : List.of("UCHAIR", "UALEX", "USAM", "UPOL")) {
			Outcome prompt = fixture.say(rater, "resume");
			for (String label : List.of("High", "High", rater.equals("UPOL") ? "Low" : "Middling")) {
				prompt = fixture.core.promptActions().act(caller(rater), CoreFixture.button(prompt, label));
			}
		}
		Outcome closed = fixture.say("UCHAIR", "close");
		assertThat(replyText(closed)).contains("Round 1 is closed: 3 of 3 criteria agreed");
		ButtonAction reopen = closed.replies().get(0).parts().stream().filter(Card.Part.Buttons.class::isInstance)
			.flatMap(p -> ((Card.Part.Buttons) p).buttons().stream()).filter(b -> b.label().equals("Reopen round 1"))
			.findFirst().orElseThrow().action();
		assertThat(replyText(fixture.core.promptActions().act(caller("UALEX"), reopen))).isEqualTo("Only the chair can reopen a round.");
		Outcome reopened = fixture.core.promptActions().act(caller("UCHAIR"), reopen);
		assertThat(replyText(reopened)).contains("Round 1 of *Our first look* is open again, due 2026-12-31");
		assertThat(directs(reopened)).extracting(d -> d.to().userId()).containsExactlyInAnyOrder("UALEX", "USAM", "UPOL");
		assertThat(CoreFixture.text(directs(reopened).get(0).card())).contains("is open again", "Your answers are kept", "resume");
		// What they agreed is theirs to change once more, and every answer stands.
		assertThat(seenText(fixture.say("UCHAIR", "consensus"))).doesNotContain("Agreed in round 1");
		assertThat(replyText(fixture.say("UALEX", "mine"))).contains("1.1  High", "2.1  Middling");
		assertThat(replyText(fixture.say("UCHAIR", "close now"))).contains("Round 1 is closed: 3 of 3 criteria agreed");

		// Two change their minds on 1.1 in the reopened round; once the chair has settled it, the round stays closed.
		fixture.say("UCHAIR", "reopen");
		for (String rater : List.of("UALEX", "UPOL")) {
			Outcome review = fixture.core.promptActions().act(caller(rater),
					CoreFixture.button(fixture.say(rater, "resume"), "Review from the start"));
			fixture.core.promptActions().act(caller(rater), CoreFixture.button(review, "Low"));
		}
		fixture.say("UCHAIR", "close now");
		assertThat(seenText(fixture.say("UCHAIR", "consensus"))).contains("disputed");
		fixture.say("UCHAIR", "settle 1.1 high Weighed");
		assertThat(replyText(fixture.say("UCHAIR", "reopen")))
			.isEqualTo("Round 1 cannot be opened again: the board has settled 1.1 since it closed.");
	}

	@Test
	void givenTheChairHandsOver_thenTheNewChairHoldsItAlone() {
		// Handing over asks first: nothing changes until the chair confirms.
		Outcome asked = fixture.say("UCHAIR", "board add <@USAM> as chair");
		assertThat(replyText(asked)).contains("Hand the chair to <@USAM>? You would become a member");
		assertThat(replyText(fixture.say("USAM", "board add <@UX> as member"))).isEqualTo("Only the chair can change the board.");
		Outcome handed = fixture.handOver("UCHAIR", "USAM");
		assertThat(CoreFixture.text(((Delivery.UpdateClicked) handed.deliveries().get(0)).card()).strip())
			.isEqualTo("You have handed the chair to <@USAM> and are now a member.");
		assertThat(directs(handed)).extracting(d -> d.to().userId()).containsExactly("USAM");
		assertThat(CoreFixture.text(directs(handed).get(0).card())).contains("<@UCHAIR> has handed you the chair of the board",
				"help");
		assertThat(replyText(fixture.say("UCHAIR", "board add <@UX> as member"))).isEqualTo("Only the chair can change the board.");
		assertThat(replyText(fixture.say("USAM", "board"))).contains("<@USAM> · chair", "<@UCHAIR> · member",
				"<@UPOL> · responsible-authority representative (police)");
	}

	@Test
	void givenThreeRatingsAndAChairWhoRated_thenTheChairSeesNoDistributionOfThem() {
		start();
		for (String user : List.of("UCHAIR", "UALEX", "USAM", "UPOL")) {
			Outcome p1 = fixture.core.commands().handle(caller(user), TypedText.of("resume"));
			Outcome p2 = fixture.core.promptActions().act(caller(user), action(p1, user.equals("UPOL") ? "Don't know" : "High"));
			fixture.core.promptActions().act(caller(user), action(p2, "Middling"));
		}
		fixture.say("UCHAIR", "close now");
		String view = text(CoreFixture.view(fixture.say("UCHAIR", "consensus")));
		String figures = text(CoreFixture.view(fixture.say("UCHAIR", "consensus figures")));
		// The chair rated 1.1 too: three ratings would leave two others', which the chair could tell apart.
		assertThat(view).contains("• *1.1* One thing. — too few answers to show", "• Middling (1): 1.2").doesNotContain("High 3");
		assertThat(figures).contains("• *1.1* One thing. — too few answers to show",
				"*1.2* Agreed in round 1: *Middling* · strong agreement on Middling · Low 0 · Middling 4 · High 0 · median 2, IQR 0, Cns 1.00")
			.doesNotContain("High 3");
	}

	@Test
	void givenADueDateOutOfRange_thenAClearMessageAndNothingStored() {
		// Parsed by LocalDate once, this made the assessment, then failed while planning its nudges: a 400, half done.
		assertThat(replyText(fixture.say("UCHAIR", "start tiny due +999999999-12-31"))).contains("is not a date");
		assertThat(replyText(fixture.say("UCHAIR", "start tiny due 2100-01-01"))).contains("too far away");
		assertThat(replyText(fixture.say("UCHAIR", "start tiny due 2026-11-01"))).contains("has passed");
		assertThat(fixture.db.getCollection("assessments").countDocuments()).isZero();
		assertThat(fixture.db.getCollection("responses").countDocuments()).isZero();
		assertThat(fixture.db.getCollection("nudges").countDocuments()).isZero();
		start();
		fixture.say("UCHAIR", "close now");
		long before = fixture.db.getCollection("assessments").find().first().get("version", Number.class).longValue();
		assertThat(replyText(fixture.say("UCHAIR", "round due +999999999-12-31"))).contains("is not a date");
		assertThat(replyText(fixture.say("UCHAIR", "round due 9999-12-31"))).contains("too far away");
		assertThat(fixture.db.getCollection("assessments").find().first().get("version", Number.class).longValue())
			.isEqualTo(before);
	}

	@Test
	void givenACommentWrittenAsMarkup_thenOtherMembersConsensusPromptsCarryItMarkedAsWords() {
		fixture.say("UCHAIR", "board add <@UKIM> as member");
		start();
		String comment = "Fine <https://evil.example|see the minutes> [here](https://evil.example)";
		List<String> raters = List.of("UCHAIR", "UALEX", "USAM", "UPOL", "UKIM");
		for (int r = 0; r < raters.size(); r++) {
			Outcome p1 = fixture.core.commands().handle(caller(raters.get(r)), TypedText.of("resume"));
			if (r == 0) {
				Delivery.OpenForm form = (Delivery.OpenForm) fixture.core.promptActions()
					.act(caller(raters.get(r)), action(p1, "Add evidence / comment")).deliveries().get(0);
				fixture.core.forms().submit(caller(raters.get(r)), form.form().context(), Map.of("comment", comment));
			}
			fixture.core.promptActions().act(caller(raters.get(r)), action(p1, r < 3 ? "Low" : "High"));
		}
		fixture.say("UCHAIR", "close now");
		Outcome round = fixture.say("UCHAIR", "round 1.1");
		Card prompt = directs(round).stream().filter(d -> d.to().userId().equals("UKIM")).reduce((a, b) -> b).orElseThrow().card();
		String marked = prompt.parts().stream().filter(p -> p instanceof Card.Part.Text).map(p -> ((Card.Part.Text) p).text())
			.filter(t -> t.contains("What members wrote")).findFirst().orElseThrow();
		// Marked as someone's words, so each platform escapes it instead of reading it as its markup.
		assertThat(marked).contains(org.accord.core.card.Verbatim.of(comment));
	}

	@Test
	void givenOneVeryLongComment_thenEveryMembersWordsShowShortenedOnTheirOwn_andReadInFullShowsEveryWord() {
		fixture.say("UCHAIR", "board add <@UKIM> as member");
		start();
		String longComment = "Long start. " + "The minutes say a great deal about this. ".repeat(70) + "Long end.";
		List<String> raters = List.of("UCHAIR", "UALEX", "USAM", "UPOL", "UKIM");
		for (int r = 0; r < raters.size(); r++) {
			Outcome p1 = fixture.core.commands().handle(caller(raters.get(r)), TypedText.of("resume"));
			Delivery.OpenForm form = (Delivery.OpenForm) fixture.core.promptActions()
				.act(caller(raters.get(r)), action(p1, "Add evidence / comment")).deliveries().get(0);
			fixture.core.forms().submit(caller(raters.get(r)), form.form().context(),
					Map.of("comment", r == 0 ? longComment : "Short comment number " + r));
			fixture.core.promptActions().act(caller(raters.get(r)), action(p1, r < 3 ? "Low" : "High"));
		}
		fixture.say("UCHAIR", "close now");
		Outcome round = fixture.say("UCHAIR", "round 1.1");
		Outcome kims = new Outcome(directs(round).stream().filter(d -> d.to().userId().equals("UKIM")).map(d -> (Delivery) d).toList());
		String prompt = text(directs(kims).get(directs(kims).size() - 1).card());
		// The one long entry is shortened, in the open; it pushes none of the four others out.
		assertThat(prompt).contains("Long start.", "(shortened: *Read in full* shows all of it)", "Short comment number 1",
				"Short comment number 2", "Short comment number 3", "Short comment number 4").doesNotContain("Long end.");
		Outcome full = fixture.core.promptActions().act(caller("UKIM"), action(kims, "Read in full"));
		assertThat(replyText(full)).contains("Long start.", "Long end.", "Short comment number 4")
			.doesNotContain("shortened");
		assertThat(full.replies()).allSatisfy(card -> assertThat(card.parts()).allSatisfy(part -> {
			if (part instanceof Card.Part.Text t) {
				assertThat(org.accord.core.card.CardPages.longest(t.text())).isLessThanOrEqualTo(org.accord.core.card.CardPages.TEXT_MOST);
			}
		}));
	}

	@Test
	void givenMoreEvidenceThanTheSharedTextBoxTakes_thenTheFormFitsAndTheRestFollowsInAMessage() {
		fixture.say("UCHAIR", "board add <@UKIM> as member");
		start();
		List<String> raters = List.of("UCHAIR", "UALEX", "USAM", "UPOL", "UKIM");
		for (String rater : raters) {
			Outcome p1 = fixture.core.commands().handle(caller(rater), TypedText.of("resume"));
			Delivery.OpenForm form = (Delivery.OpenForm) fixture.core.promptActions()
				.act(caller(rater), action(p1, "Add evidence / comment")).deliveries().get(0);
			fixture.core.forms().submit(caller(rater), form.form().context(),
					Map.of("evidence", rater + " " + "minutes ".repeat(250).strip()));
			fixture.core.promptActions().act(caller(rater), action(p1, "High"));
		}
		fixture.say("UCHAIR", "close now");
		Outcome opened = fixture.say("UCHAIR", "text 1.1");
		Delivery.OpenForm form = (Delivery.OpenForm) opened.deliveries().stream().filter(Delivery.OpenForm.class::isInstance)
			.findFirst().orElseThrow();
		String initial = form.form().inputs().get(0).initial();
		assertThat(initial.length()).isLessThanOrEqualTo(3000);
		assertThat(form.form().inputs().get(0).hint()).contains("did not fit in 3,000 characters");
		String rest = replyText(opened);
		assertThat(rest).contains("Evidence for 1.1 that did not fit in the form");
		for (String rater : raters) {
			assertThat(initial.contains(rater + " minutes") || rest.contains(rater + " minutes")).as(rater).isTrue();
		}
	}

}
