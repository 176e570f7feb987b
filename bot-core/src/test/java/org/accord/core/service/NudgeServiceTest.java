package org.accord.core.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.port.in.NudgeSweepUseCase;
import org.accord.core.store.mongo.MongoStore;
import org.accord.core.store.mongo.WriteBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.directs;
import static org.accord.core.service.CoreFixture.replyText;
import static org.accord.core.service.CoreFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Nudges with a movable clock: right local times, never in quiet hours, once each, whatever happens. */
class NudgeServiceTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private CoreFixture fixture;

	/** What was sent, and when. */
	private final List<Sent> sent = new ArrayList<>();

	record Sent(Instant at, String to, String text) {
	}

	@BeforeEach
	void board() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board add <@UOWN> as member");
		// Thursday 26 November 2026, 10:00 in London; the action is due on Friday 4 December, 8 days on.
		assertThat(replyText(fixture.say("UCHAIR", "action add \"Agree the information sharing protocol\" <@UOWN> due 2026-12-04"
				+ " milestone \"Signed by all five\"")))
			.contains("Added action 1", "due 2026-12-04");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private void runUntil(Instant end, CoreServices... instances) {
		while (fixture.clock.instant().isBefore(end)) {
			fixture.clock.advance(Duration.ofHours(1));
			for (CoreServices core : instances) {
				core.nudges().sweep();
			}
			record();
		}
	}

	/** Another instance of Accord on the same store, delivering where this one does. */
	private CoreServices secondInstance() {
		MongoStore store = MongoStore.open(fixture.db, WriteBarrier.NONE);
		return new CoreServices(new CoreServices.Ports(store.partnerships(), store.members(),
				store.assessments(), store.responses(), store.participation(), store.actions(), store.nudges(),
				store.checklists(), store.invitations(), store.regions(), fixture.delivered::add, store.unsealed(), store.meetingLinks()), org.accord.core.framework.FrameworkCatalog.builtIn(),
				new AnonymityKey(new byte[32]), fixture.clock);
	}

	private Card lastNudge;

	private final java.util.Map<String, Card> lastNudgeTo = new java.util.HashMap<>();

	private void record() {
		for (Outcome outcome : fixture.delivered) {
			for (Delivery.Direct d : directs(outcome)) {
				lastNudge = d.card();
				lastNudgeTo.put(d.to().userId(), d.card());
				sent.add(new Sent(fixture.clock.instant(), d.to().userId(), text(d.card())));
			}
		}
		fixture.delivered.clear();
	}

	@Test
	void givenAnActionDueIn8Days_thenEachNudgeAtItsLocalTimeAndNoneInQuietHours() {
		runUntil(Instant.parse("2026-12-15T00:00:00Z"), fixture.core);
		assertThat(sent).extracting(s -> s.at() + " " + s.to() + " " + s.text().lines().findFirst().orElse(""))
			.containsExactly("2026-11-27T09:00:00Z UOWN Action 1 is due in 7 days",
					"2026-12-03T09:00:00Z UOWN Action 1 is due tomorrow",
					"2026-12-04T09:00:00Z UOWN Action 1 is due today",
					// Due+1 is a Saturday: the first overdue nudge waits for Monday morning.
					"2026-12-07T08:00:00Z UOWN Action 1 is overdue",
					"2026-12-14T08:00:00Z UOWN Action 1 is overdue (reminder 2)",
					"2026-12-14T08:00:00Z UCHAIR Action 1 (Agree the information sharing protocol), owned by <@UOWN>, has been overdue since 2026-12-04 and two reminders have gone unanswered.");
		for (Sent s : sent) {
			LocalDateTime local = LocalDateTime.ofInstant(s.at(), LONDON);
			assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(local.getHour()).isBetween(8, 17);
		}
	}

	@Test
	void givenTheOwnerAnswersDone_thenTheNudgesStop() {
		runUntil(Instant.parse("2026-11-28T00:00:00Z"), fixture.core);
		assertThat(sent).hasSize(1);
		// The owner answers in the nudge itself.
		Card.Button done = buttons(lastNudge).stream().filter(b -> b.label().equals("Done")).findFirst().orElseThrow();
		Outcome answered = fixture.core.promptActions().act(caller("UOWN"), done.action());
		assertThat(answered.deliveries().get(0)).isInstanceOf(Delivery.UpdateClicked.class);
		assertThat(text(((Delivery.UpdateClicked) answered.deliveries().get(0)).card())).contains("Action 1 is done");
		assertThat(directs(answered)).extracting(d -> d.to().userId()).containsExactly("UCHAIR");
		runUntil(Instant.parse("2026-12-31T00:00:00Z"), fixture.core);
		assertThat(sent).hasSize(1);
		assertThat(replyText(fixture.say("UCHAIR", "actions"))).contains("done");
	}

	@Test
	void givenThePlan_thenItExportsInTheSeedsColumnsAndShowsOnTheOwnersHome() throws Exception {
		fixture.say("UOWN", "action progress 1 Draft circulated to partners");
		Outcome export = fixture.say("UCHAIR", "actions export");
		List<Delivery.File> files = export.deliveries().stream().filter(Delivery.File.class::isInstance)
			.map(Delivery.File.class::cast).toList();
		assertThat(files).extracting(Delivery.File::fileName).containsExactly("action-plan.xlsx", "action-plan.csv",
				"action-plan.docx");
		String csv = new String(files.get(1).content(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("No.,Issue,Action,When,Milestone,Owner,Status,Progress");
		assertThat(csv).contains("Agree the information sharing protocol", "2026-12-04", "Signed by all five", "in progress",
				"2026-11-26: Draft circulated to partners");
		assertThat(text(fixture.core.home().home(caller("UOWN")))).contains("My actions",
				"Agree the information sharing protocol · due 2026-12-04");
		assertThat(replyText(fixture.say("UOWN", "actions overdue"))).isEqualTo("Nothing is overdue.");
		assertThat(replyText(fixture.say("UOWN", "action discharge 1"))).contains("Only the chair");
	}

	@Test
	void givenSixMonthsPass_thenTheChairGetsTheReviewWithWhatMoved() {
		// The review runs from the day the form is final: a short assessment, settled by the chair, endorsed.
		fixture.say("UCHAIR", "board add <@UPOL> as authority police");
		fixture.say("UCHAIR", "start tiny");
		fixture.say("UCHAIR", "close now");
		for (String id : List.of("1.1", "1.2", "2.1")) {
			assertThat(replyText(fixture.say("UCHAIR", "settle " + id + " low"))).contains("settled by the chair");
		}
		fixture.core.promptActions().act(caller("UPOL"), CoreFixture.endorseButton(fixture.say("UCHAIR", "endorse"), "UPOL"));
		assertThat(replyText(fixture.say("UCHAIR", "endorsements"))).contains("final");
		fixture.say("UOWN", "action progress 1 Draft circulated to partners");
		fixture.clock.set(Instant.parse("2027-05-26T09:00:30Z"));
		fixture.core.nudges().sweep();
		record();
		List<Sent> review = sent.stream().filter(s -> s.to().equals("UCHAIR")).toList();
		assertThat(review).extracting(Sent::text).anySatisfy(t -> assertThat(t).contains("Six-monthly review of the action plan",
				"Action 1, 2026-11-26: Draft circulated to partners"));
	}

	@Test
	void givenARoundWithADueDate_thenOnlyThoseWhoHaveNotFinishedAreReminded() {
		fixture.say("UCHAIR", "board add <@USAM> as member");
		fixture.say("UCHAIR", "start tiny due 2026-12-04 A short look");
		// The chair goes through all three criteria; the others do not.
		Outcome prompt = fixture.core.commands().handle(caller("UCHAIR"), TypedText.of("resume"));
		for (int i = 0; i < 3; i++) {
			prompt = fixture.core.promptActions().act(caller("UCHAIR"), CoreFixture.button(prompt, "Low"));
		}
		runUntil(Instant.parse("2026-12-03T12:00:00Z"), fixture.core);
		assertThat(sent).filteredOn(s -> s.text().startsWith("*A short look*"))
			.extracting(s -> s.at() + " " + s.to() + " " + (s.text().contains("in 2 days") ? "2 days" : "tomorrow"))
			.containsExactlyInAnyOrder("2026-12-02T09:00:00Z UOWN 2 days", "2026-12-02T09:00:00Z USAM 2 days",
					"2026-12-03T09:00:00Z UOWN tomorrow", "2026-12-03T09:00:00Z USAM tomorrow");
	}

	@Test
	void givenAnOwnerWhoIsNotOnTheBoard_thenTheyAreNudgedAndAnswerAsOwner() {
		assertThat(replyText(fixture.say("UCHAIR", "action add \"Review the CCTV contract\" <@UOFFICER> due 2026-12-04")))
			.contains("Added action 2");
		runUntil(Instant.parse("2026-11-28T00:00:00Z"), fixture.core);
		assertThat(sent).extracting(Sent::to).contains("UOFFICER");
		Card officers = lastNudgeTo.get("UOFFICER");
		Card.Button done = buttons(officers).stream().filter(b -> b.label().equals("Done")).findFirst().orElseThrow();
		assertThat(officers.summary()).startsWith("Action 2 is due in 7 days");
		assertThat(CoreFixture.text(((org.accord.core.card.Delivery.UpdateClicked) fixture.core.promptActions()
			.act(caller("UOFFICER"), done.action()).deliveries().get(0)).card())).contains("Action 2 is done");
	}

	@Test
	void givenTwoInstancesOnOneStore_thenEachNudgeIsSentOnce() throws Exception {
		CoreServices second = secondInstance();
		Instant end = Instant.parse("2026-12-15T00:00:00Z");
		while (fixture.clock.instant().isBefore(end)) {
			fixture.clock.advance(Duration.ofHours(1));
			CompletableFuture<?> a = CompletableFuture.runAsync(() -> fixture.core.nudges().sweep());
			CompletableFuture<?> b = CompletableFuture.runAsync(() -> second.nudges().sweep());
			a.get();
			b.get();
			record();
		}
		assertThat(sent).hasSize(6);
		assertThat(sent).extracting(Sent::text).doesNotHaveDuplicates();
	}

	@Test
	void givenMoreDueNudgesThanOneClaimTakes_thenTwoInstancesSendEachOnce() throws Exception {
		// 449 more actions due with the first: 450 seven-day nudges fall due together, more than two batches of claims.
		for (int n = 2; n <= 450; n++) {
			assertThat(replyText(fixture.say("UCHAIR", "action add \"Action text " + n + "\" <@UOWN> due 2026-12-04")))
				.contains("Added action " + n);
		}
		CoreServices second = secondInstance();
		fixture.clock.set(Instant.parse("2026-11-27T09:00:30Z"));

		CompletableFuture<NudgeSweepUseCase.Sweep> a = CompletableFuture.supplyAsync(() -> fixture.core.nudges().sweep());
		CompletableFuture<NudgeSweepUseCase.Sweep> b = CompletableFuture.supplyAsync(() -> second.nudges().sweep());
		assertThat(a.get().sent() + b.get().sent()).isEqualTo(450);
		record();

		assertThat(sent).hasSize(450).extracting(Sent::text).doesNotHaveDuplicates()
			.allMatch(text -> text.startsWith("Action ") && text.contains(" is due in 7 days"));
		fixture.clock.advance(Duration.ofMinutes(10));
		assertThat(fixture.core.nudges().sweep().sent() + second.nudges().sweep().sent()).isZero();
	}

	@Test
	void givenOneActionThatCannotBeRead_thenItsNudgeAloneIsHeldBackAndTheSweepSaysSo() {
		for (int n = 2; n <= 3; n++) {
			fixture.say("UCHAIR", "action add \"Action text " + n + "\" <@UOWN> due 2026-12-04");
		}
		// A document no version of Accord wrote: its action cannot be read, so its nudge cannot be composed.
		fixture.db.getCollection("actions").updateOne(com.mongodb.client.model.Filters.eq("number", 2),
				com.mongodb.client.model.Updates.set("status", "NOT_A_STATUS"));
		fixture.clock.set(Instant.parse("2026-11-27T09:00:30Z"));

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.core.nudges().sweep())
			.isInstanceOf(IllegalArgumentException.class);
		record();

		assertThat(sent).extracting(s -> s.text().lines().findFirst().orElse(""))
			.containsExactlyInAnyOrder("Action 1 is due in 7 days", "Action 3 is due in 7 days");
	}

	@Test
	void givenASenderThatDiedBetweenClaimAndSend_thenTheNudgeGoesOnceAfterItsLease() {
		MongoStore store = MongoStore.open(fixture.db, WriteBarrier.NONE);
		Instant sevenDays = Instant.parse("2026-11-27T09:00:00Z");
		fixture.clock.set(sevenDays);
		List<String> due = store.nudges().filedBetween(sevenDays.minusSeconds(60), sevenDays);
		assertThat(due).hasSize(1);
		// Another instance claims it and dies before sending.
		assertThat(store.nudges().claim(due.get(0), sevenDays, NudgeService.LEASE, "dead-instance")).isPresent();
		fixture.core.nudges().sweep();
		record();
		assertThat(sent).isEmpty();
		runUntil(sevenDays.plus(Duration.ofHours(2)), fixture.core);
		assertThat(sent).extracting(Sent::text).singleElement().asString().startsWith("Action 1 is due in 7 days");
	}

	@Test
	void givenSweepsWithinOneMinute_thenANudgeSentIsNotLookedAtAgain_andOneFallingDueInTheMinuteStillGoes() {
		// Monday 30 November, 08:00:10 in London: the 7-day nudge (Friday 09:00, kept from the quiet weekend) is due.
		fixture.clock.set(Instant.parse("2026-11-30T07:59:00Z"));
		fixture.core.nudges().sweep();
		fixture.clock.set(Instant.parse("2026-11-30T08:00:10Z"));
		assertThat(fixture.core.nudges().sweep().sent()).isEqualTo(1);
		fixture.clock.advance(Duration.ofSeconds(20));
		// The same minute's slot again: what this instance sent is skipped without a read.
		assertThat(fixture.core.nudges().sweep().looked()).isZero();
		// Another instance's sweep, knowing nothing of this one's, finds it sent in the store and sends nothing.
		CoreServices second = secondInstance();
		assertThat(second.nudges().sweep().sent()).isZero();
		record();
		assertThat(sent).hasSize(1);
	}

	@Test
	void givenTheAppWasDownWhenANudgeFellDue_thenItGoesOnceAtTheNextAllowedMoment() {
		// Down from Thursday 10:00 to Saturday 12:00: the 7-day nudge (Friday 09:00) was missed; Saturday is quiet.
		fixture.clock.set(Instant.parse("2026-11-28T12:00:00Z"));
		fixture.core.nudges().sweep();
		record();
		assertThat(sent).isEmpty();
		runUntil(Instant.parse("2026-11-30T12:00:00Z"), fixture.core);
		assertThat(sent).extracting(s -> s.at() + " " + s.text().lines().findFirst().orElse(""))
			.containsExactly("2026-11-30T08:00:00Z Action 1 is due in 7 days");
	}

	@Test
	void givenQuietHoursChanged_thenNudgesKeepToTheNewOnes() {
		assertThat(replyText(fixture.say("UCHAIR", "settings quiet-hours 08:00-10:00 weekends off"))).contains("08:00–10:00");
		assertThat(replyText(fixture.say("UOWN", "settings quiet-hours off"))).isEqualTo("Only the chair changes the settings.");
		runUntil(Instant.parse("2026-11-28T00:00:00Z"), fixture.core);
		assertThat(sent).extracting(Sent::at).containsExactly(Instant.parse("2026-11-27T10:00:00Z"));
	}

	private static List<Card.Button> buttons(Card card) {
		List<Card.Button> buttons = new ArrayList<>();
		card.parts().forEach(p -> {
			if (p instanceof Card.Part.Buttons b) {
				buttons.addAll(b.buttons());
			}
		});
		return buttons;
	}

}
