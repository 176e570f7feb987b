package org.accord.core.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accord.core.card.Card;
import org.accord.core.card.Outcome;
import org.accord.core.port.in.CloseRound;
import org.accord.core.port.in.EditSharedText;
import org.accord.core.port.in.ExportDocuments;
import org.accord.core.port.in.SettleCriterion;
import org.accord.core.port.in.ShowConsensus;
import org.accord.core.port.in.StartConsensusRound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.seenText;
import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.directs;
import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chair's reconciling use cases called as a web page or another adapter would: with command records, no
 * typed words and no buttons. Each finds the caller's seat itself and refuses whoever may not.
 */
class ReconcilingUseCasesTest {

	private CoreFixture fixture;

	@BeforeEach
	void boardOfFour() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board add <@UALEX> <@USAM> as member");
		fixture.say("UCHAIR", "board add <@UPOL> as authority police");
		fixture.say("UCHAIR", "board add <@UFAC> as facilitator");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenNoAssessment_thenEachSaysSo_andCloseSaysNoRoundIsOpen() {
		assertThat(replyText(fixture.core.closeRound().close(caller("UCHAIR"), new CloseRound.Command(null))))
			.isEqualTo("No round is open.");
		assertThat(seenText(fixture.core.showConsensus().show(caller("UCHAIR"), new ShowConsensus.Command(null))))
			.isEqualTo("No assessment is under way.");
		assertThat(replyText(fixture.core.startConsensusRound().start(caller("UCHAIR"),
				new StartConsensusRound.Command(null, null, null, null)))).isEqualTo("No assessment is under way.");
		assertThat(replyText(fixture.core.settleCriterion().settle(caller("UCHAIR"),
				new SettleCriterion.Command(null, "1.1", "low", null)))).isEqualTo("No assessment is under way.");
		assertThat(replyText(fixture.core.editSharedText().openForm(caller("UCHAIR"), null, "1.1")))
			.isEqualTo("No assessment is under way.");
		assertThat(replyText(fixture.core.exportDocuments().export(caller("UCHAIR"), new ExportDocuments.Command(null))))
			.isEqualTo("No assessment is under way.");
	}

	@Test
	void givenAMemberOrAnOutsider_thenEveryChairsUseCaseRefuses_andNothingChanges() {
		closedRoundWithOneDispute();
		assertThat(replyText(fixture.core.closeRound().close(caller("UALEX"), new CloseRound.Command(null))))
			.isEqualTo("Only the chair can close a round.");
		assertThat(replyText(fixture.core.startConsensusRound().start(caller("UALEX"),
				new StartConsensusRound.Command(null, null, null, null)))).isEqualTo("Only the chair can start a consensus round.");
		assertThat(replyText(fixture.core.settleCriterion().settle(caller("UFAC"),
				new SettleCriterion.Command(null, "1.1", "low", null)))).isEqualTo("Only the chair can settle a criterion.");
		assertThat(replyText(fixture.core.settleCriterion().openForm(caller("UALEX"), null, "1.1")))
			.isEqualTo("Only the chair can settle a criterion.");
		assertThat(replyText(fixture.core.editSharedText().save(caller("UALEX"),
				new EditSharedText.Command(null, "1.1", "forged", null)))).isEqualTo("Only the chair edits the board's agreed text.");
		assertThat(seenText(fixture.core.showConsensus().show(caller("UALEX"), new ShowConsensus.Command(null))))
			.startsWith("The consensus view is for the chair and the facilitator");
		assertThat(replyText(fixture.core.exportDocuments().export(caller("USAM"), new ExportDocuments.Command(null))))
			.isEqualTo("The documents are for the chair and the facilitator.");
		// Someone of another workspace, on no board at all.
		assertThat(replyText(fixture.core.settleCriterion().settle(new org.accord.core.port.in.Caller(
				new org.accord.core.domain.PlatformUser("slack", "TOTHER", "UOUT"), "/assess "),
				new SettleCriterion.Command(null, "1.1", "low", null)))).isEqualTo("You are not on this board.");

		assertThat(seenText(fixture.say("UCHAIR", "consensus"))).contains("0 settled by the chair · 1 disputed");
		assertThat(fixture.db.getCollection("assessments").find().first().get("agreedTexts").toString()).doesNotContain("forged");
	}

	@Test
	void givenTheDocumentsAsked_thenNoneIsMadeBeforeTheyAreDelivered_andEachIsMadeOnceWhenItIs() {
		closedRoundWithOneDispute();
		Outcome export = fixture.core.exportDocuments().export(caller("UCHAIR"), new ExportDocuments.Command(null));
		java.util.List<org.accord.core.card.Delivery.File> files = export.deliveries().stream()
			.filter(org.accord.core.card.Delivery.File.class::isInstance).map(org.accord.core.card.Delivery.File.class::cast).toList();
		assertThat(files).extracting(org.accord.core.card.Delivery.File::fileName).hasSize(3)
			.anyMatch(name -> name.endsWith("-draft.docx")).anyMatch(name -> name.endsWith(".xlsx")).anyMatch(name -> name.endsWith(".csv"));
		// The use case answered without writing a document: the platform's acknowledgement does not wait for one.
		assertThat(files).noneMatch(org.accord.core.card.Delivery.File::made);
		for (org.accord.core.card.Delivery.File file : files) {
			byte[] content = file.content();
			assertThat(content).isNotEmpty();
			assertThat(file.made()).isTrue();
			assertThat(file.content()).isSameAs(content);
		}
		assertThat(new String(files.stream().filter(f -> f.fileName().endsWith(".csv")).findFirst().orElseThrow().content(),
				java.nio.charset.StandardCharsets.UTF_8)).contains("1.1");
	}

	@Test
	void givenACommandRecord_thenTheChairSettles_asTheTypedWordsAndTheFormDo() {
		closedRoundWithOneDispute();
		Outcome settled = fixture.core.settleCriterion().settle(caller("UCHAIR"),
				new SettleCriterion.Command(" ", " 1.1 ", "high", "  Weighed at the meeting  "));
		assertThat(replyText(settled)).isEqualTo("1.1 settled by the chair: *High* (Weighed at the meeting).");
		assertThat(seenText(fixture.core.showConsensus().show(caller("UFAC"), new ShowConsensus.Command(null))))
			.contains("*1.1* Settled by the chair: *High* (Weighed at the meeting)");
		// The chair may change their mind; what the members agreed stays.
		assertThat(replyText(fixture.core.settleCriterion().settle(caller("UCHAIR"),
				new SettleCriterion.Command(null, "1.1", "mid", null)))).isEqualTo("1.1 settled by the chair: *Middling*.");
		assertThat(replyText(fixture.core.settleCriterion().settle(caller("UCHAIR"),
				new SettleCriterion.Command(null, "1.2", "low", null)))).contains("1.2 was agreed by the members in round 1");
		assertThat(replyText(fixture.core.settleCriterion().settle(caller("UCHAIR"),
				new SettleCriterion.Command(null, "9.9", "low", null)))).isEqualTo("There is no criterion 9.9 in this framework.");
	}

	@Test
	void givenAnotherAssessmentsId_thenNothingIsDoneToTheCurrentOne() {
		closedRoundWithOneDispute();
		assertThat(replyText(fixture.core.settleCriterion().settle(caller("UCHAIR"),
				new SettleCriterion.Command("an-earlier-one", "1.1", "low", null))))
			.isEqualTo("That form belongs to an assessment that is no longer under way.");
		assertThat(replyText(fixture.core.editSharedText().openForm(caller("UCHAIR"), "an-earlier-one", "1.1")))
			.isEqualTo("That button belongs to an assessment that is no longer under way.");
		assertThat(seenText(fixture.say("UCHAIR", "consensus"))).contains("0 settled by the chair · 1 disputed");
	}

	@Test
	void givenARoundOpen_thenSettlingWaitsForItsClose_andARoundCannotStartOverIt() {
		fixture.say("UCHAIR", "start tiny Open");
		assertThat(replyText(fixture.core.settleCriterion().settle(caller("UCHAIR"),
				new SettleCriterion.Command(null, "1.1", "low", null)))).isEqualTo("Round 1 is open: close it before settling.");
		assertThat(replyText(fixture.core.startConsensusRound().start(caller("UCHAIR"),
				new StartConsensusRound.Command(null, null, List.of("1.1"), null))))
			.isEqualTo("Round 1 is still open: close it first with `/assess close`.");
	}

	@Test
	void givenACommandRecordForARound_thenItOpensOnTheChosen_andRefusesWhatIsSettledOrUnknown() {
		closedRoundWithOneDispute();
		assertThat(replyText(fixture.core.startConsensusRound().start(caller("UCHAIR"),
				new StartConsensusRound.Command(null, null, List.of("1.1", "7.7"), null)))).isEqualTo("Not criteria of this framework: 7.7.");
		assertThat(replyText(fixture.core.startConsensusRound().start(caller("UCHAIR"),
				new StartConsensusRound.Command(null, null, List.of("1.2"), null))))
			.isEqualTo("Already settled, so not for another round: 1.2.");
		assertThat(replyText(fixture.core.startConsensusRound().start(caller("UCHAIR"),
				new StartConsensusRound.Command(null, null, null, LocalDate.of(2020, 1, 1)))))
			.isEqualTo("The due date 2020-01-01 has passed: choose a later one.");
		Outcome opened = fixture.core.startConsensusRound().start(caller("UCHAIR"),
				new StartConsensusRound.Command(null, 1, List.of(" 1.1 ", "1.1"), LocalDate.of(2026, 12, 24)));
		assertThat(replyText(opened)).startsWith("Consensus round 2 is open on 1 criterion (1.1), due 2026-12-24.");
		assertThat(directs(opened)).extracting(d -> d.to().userId()).contains("UALEX", "USAM");
		// The same command again, as a form sent twice: the round it was for is open already.
		assertThat(replyText(fixture.core.startConsensusRound().start(caller("UCHAIR"),
				new StartConsensusRound.Command(null, 1, List.of("1.1"), null)))).contains("is open already");
	}

	@Test
	void givenCommandRecordsBuiltWrongly_thenTheyRefuseInWordsAPersonCanRead() {
		assertThatThrownBy(() -> new SettleCriterion.Command(null, "  ", "low", null))
			.isInstanceOf(IllegalArgumentException.class).hasMessage("Choose the criterion to settle.");
		assertThatThrownBy(() -> new SettleCriterion.Command(null, "1.1", "low", "x".repeat(501)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("A note takes 500 characters at most; this one has 501. Shorten it, or put the rest in the board's text for 1.1.");
		assertThatThrownBy(() -> new StartConsensusRound.Command(null, null, List.of(" ", ""), null))
			.isInstanceOf(IllegalArgumentException.class).hasMessage("Choose at least one criterion for the round.");
		assertThatThrownBy(() -> new EditSharedText.Command(null, null, "words", null))
			.isInstanceOf(IllegalArgumentException.class).hasMessage("Say which criterion the text is for.");
		assertThat(new SettleCriterion.Command(" ", " 1.1 ", " low ", " ")).isEqualTo(new SettleCriterion.Command(null, "1.1", "low", null));
		assertThat(new EditSharedText.Command(null, "1.1", "  ", "\n")).isEqualTo(new EditSharedText.Command(null, "1.1", null, null));
	}

	@Test
	void givenTypedWordsThatMakeNoCommand_thenTheChairIsToldHowToWriteThem() {
		closedRoundWithOneDispute();
		assertThat(replyText(fixture.say("UCHAIR", "settle 1.1"))).startsWith("Write `/assess settle 1.2 some success <note>`");
		assertThat(replyText(fixture.say("UCHAIR", "settle 1.1 splendid"))).startsWith(
				"Which category? Use one of: Low, Middling, High (or 1–3).");
		assertThat(replyText(fixture.say("UCHAIR", "settle 1.1 low " + "x".repeat(501)))).startsWith(
				"A note takes 500 characters at most; this one has 501.");
		assertThat(replyText(fixture.say("UCHAIR", "round due"))).isEqualTo("Give the due date as YYYY-MM-DD, e.g. `due 2026-12-31`.");
		assertThat(replyText(fixture.say("UCHAIR", "round 1.1 due soon"))).isEqualTo("'soon' is not a date: write it as YYYY-MM-DD.");
		assertThat(replyText(fixture.say("UCHAIR", "text"))).isEqualTo("Say which criterion, e.g. `/assess text 1.2`.");
		assertThat(replyText(fixture.say("UCHAIR", "text 8.8"))).isEqualTo("Say which criterion, e.g. `/assess text 1.2`.");
		// The category by number, and a note of several words.
		assertThat(replyText(fixture.say("UCHAIR", "settle 1.1 3 As the audit shows"))).isEqualTo(
				"1.1 settled by the chair: *High* (As the audit shows).");
		assertThat(replyText(fixture.say("UCHAIR", "close now"))).isEqualTo("No round is open.");
	}

	@Test
	void givenEndorsementAsked_thenAChangeToTheFormVoidsIt_andTheChairIsTold() {
		closedRoundWithOneDispute();
		fixture.say("UCHAIR", "settle 1.1 low");
		assertThat(replyText(fixture.say("UCHAIR", "endorse"))).contains("Asked 1 responsible-authority representative");
		assertThat(replyText(fixture.core.editSharedText().save(caller("UCHAIR"),
				new EditSharedText.Command(null, "1.1", "Minutes of May", null))))
			.isEqualTo("Saved the board's text for 1.1. The form has changed, so the endorsements asked for are void: ask again with `endorse`.");
		assertThat(fixture.db.getCollection("assessments").find().first().getString("state")).isEqualTo("RECONCILING");
	}

	/** Round 1 of the tiny framework, closed: 1.1 splits two against two, 1.2 and 2.1 are agreed. */
	private void closedRoundWithOneDispute() {
		fixture.say("UCHAIR", "start tiny Reconciling");
		Map<String, String> first = Map.of("UCHAIR", "Low", "UALEX", "Low", "USAM", "High", "UPOL", "High");
		for (String rater : List.of("UCHAIR", "UALEX", "USAM", "UPOL")) {
			Outcome prompt = fixture.say(rater, "resume");
			for (String label : List.of(first.get(rater), "Middling", "Middling")) {
				prompt = fixture.core.promptActions().act(caller(rater), CoreFixture.button(prompt, label));
			}
		}
		assertThat(replyText(fixture.core.closeRound().close(caller("UCHAIR"), new CloseRound.Command(null))))
			.contains("2 of 3 criteria agreed, 1 still to settle");
	}

}
