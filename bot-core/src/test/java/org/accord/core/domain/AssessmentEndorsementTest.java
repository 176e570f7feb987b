package org.accord.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What asking for endorsement, and each authority's answer, do to an assessment. */
class AssessmentEndorsementTest {

	private static final Partnership.PartnershipId BOARD = new Partnership.PartnershipId("p1");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private static final Member POLICE = authority("mpol", "UPOL", "police");

	private static final Member FIRE = authority("mfire", "UFIRE", "fire");

	private static Member authority(String id, String user, String agency) {
		return new Member(new Member.PersonId(id), BOARD, new PlatformUser("slack", "T1", user), Role.AUTHORITY, agency);
	}

	/** Round 1 closed, its one criterion agreed. */
	private static Assessment reconciling() {
		Assessment open = Assessment.open(new Assessment.AssessmentId("a1"), BOARD, "tiny", "First look", List.of("1.1"), null, TODAY);
		return open.withCurrentRoundClosed(Map.of("1.1", new Settlement(Settlement.How.AGREED, 1, "mid", null)));
	}

	@Test
	void givenEndorsementAsked_thenEveryAuthorityAwaits_andTheLastEndorsementMakesItFinal() {
		Assessment asked = reconciling().endorsementRequested(List.of(POLICE, FIRE));
		assertThat(asked.state()).isEqualTo(Assessment.State.ENDORSING);
		assertThat(asked.endorsements()).extracting(Endorsement::agency, Endorsement::decision)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("police", Endorsement.Decision.AWAITED),
					org.assertj.core.groups.Tuple.tuple("fire", Endorsement.Decision.AWAITED));

		Assessment one = asked.answeredBy(POLICE.id(), Endorsement.Decision.ENDORSED, null, TODAY);
		assertThat(one.state()).isEqualTo(Assessment.State.ENDORSING);
		assertThat(one.endorsedBy(POLICE.id())).isTrue();
		assertThat(one.endorsedCount()).isEqualTo(1);

		Assessment both = one.answeredBy(FIRE.id(), Endorsement.Decision.ENDORSED, null, TODAY);
		assertThat(both.state()).isEqualTo(Assessment.State.FINAL);
		assertThatThrownBy(() -> both.answeredBy(FIRE.id(), Endorsement.Decision.DECLINED, "Late", TODAY))
			.as("a final form takes no more answers").isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> both.endorsementRequested(List.of(POLICE, FIRE))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void givenADecline_thenItNeedsAReason_andAskingAgainKeepsOnlyWhatWasEndorsed() {
		Assessment asked = reconciling().endorsementRequested(List.of(POLICE, FIRE));
		assertThatThrownBy(() -> asked.answeredBy(FIRE.id(), Endorsement.Decision.DECLINED, " ", TODAY))
			.isInstanceOf(IllegalArgumentException.class);
		Assessment answered = asked.answeredBy(POLICE.id(), Endorsement.Decision.ENDORSED, null, TODAY)
			.answeredBy(FIRE.id(), Endorsement.Decision.DECLINED, " Figures are wrong ", TODAY);
		assertThat(answered.state()).isEqualTo(Assessment.State.ENDORSING);
		assertThat(answered.endorsementOf(FIRE.id()).orElseThrow().reason()).isEqualTo("Figures are wrong");

		Member council = authority("mcouncil", "UCOUNCIL", "council");
		Assessment again = answered.endorsementRequested(List.of(POLICE, FIRE, council));
		assertThat(again.endorsements()).extracting(Endorsement::agency, Endorsement::decision)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("police", Endorsement.Decision.ENDORSED),
					org.assertj.core.groups.Tuple.tuple("fire", Endorsement.Decision.AWAITED),
					org.assertj.core.groups.Tuple.tuple("council", Endorsement.Decision.AWAITED));
	}

	@Test
	void givenSomeoneNotAsked_orNoRequest_thenTheirAnswerIsRefused() {
		Member member = new Member(new Member.PersonId("malex"), BOARD, new PlatformUser("slack", "T1", "UALEX"), Role.MEMBER, null);
		Assessment asked = reconciling().endorsementRequested(List.of(POLICE));
		assertThatThrownBy(() -> asked.answeredBy(member.id(), Endorsement.Decision.ENDORSED, null, TODAY))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> reconciling().answeredBy(POLICE.id(), Endorsement.Decision.ENDORSED, null, TODAY))
			.isInstanceOf(IllegalStateException.class);
		Assessment open = Assessment.open(new Assessment.AssessmentId("a2"), BOARD, "tiny", "Open", List.of("1.1"), null, TODAY);
		assertThatThrownBy(() -> open.endorsementRequested(List.of(POLICE))).as("while a round is open")
			.isInstanceOf(IllegalStateException.class);
	}

}
