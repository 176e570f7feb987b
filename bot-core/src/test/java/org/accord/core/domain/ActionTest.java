package org.accord.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What may happen to an action, and what each step does to it. */
class ActionTest {

	private static final Partnership.PartnershipId BOARD = new Partnership.PartnershipId("p1");

	private static final PlatformUser OWNER = new PlatformUser("slack", "T1", "UOWN");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

	private static Action open() {
		return Action.added(new Action.ActionId("a1"), BOARD, null, "Agree the protocol", List.of(), null, OWNER, DUE, null);
	}

	private static Action draft() {
		return Action.draftFor(new Action.ActionId("d1"), BOARD,
				new Criterion("2.3", "Information is shared.", List.of(), Map.of(), List.of()));
	}

	@Test
	void givenAnAction_thenItsOwnerAndTheChairMayAnswerForIt_andNobodyElse() {
		assertThat(open().answerableBy(OWNER, null)).as("an owner not on the board").isTrue();
		assertThat(open().answerableBy(OWNER, Role.MEMBER)).isTrue();
		assertThat(open().answerableBy(new PlatformUser("slack", "T1", "UCHAIR"), Role.CHAIR)).isTrue();
		assertThat(open().answerableBy(new PlatformUser("slack", "T1", "USAM"), Role.MEMBER)).isFalse();
		assertThat(open().answerableBy(new PlatformUser("slack", "T1", "UPOL"), Role.AUTHORITY)).isFalse();
		// The same id on another platform is someone else.
		assertThat(open().answerableBy(new PlatformUser("teams", "T1", "UOWN"), null)).isFalse();
	}

	@Test
	void givenAnOpenAction_thenProgressPutsItInProgress_andDoneEndsTheAnswers() {
		Action noted = open().progressed(TODAY, "  Draft circulated ");
		assertThat(noted.status()).isEqualTo(Action.Status.IN_PROGRESS);
		assertThat(noted.notes()).containsExactly(new Action.Note(TODAY, "Draft circulated"));

		Action done = noted.markedDone(TODAY);
		assertThat(done.status()).isEqualTo(Action.Status.DONE);
		assertThat(done.notes()).extracting(Action.Note::text).containsExactly("Draft circulated", "Done");
		assertThat(done.answerable()).isFalse();
		assertThatThrownBy(() -> done.markedDone(TODAY)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> done.progressed(TODAY, "More")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> done.newDateAsked(DUE.plusDays(1))).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> open().progressed(TODAY, " ")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void givenANewDateAsked_thenTheDueDateStandsUntilTheChairAcceptsIt() {
		Action asked = open().newDateAsked(DUE.plusDays(14));
		assertThat(asked.due()).isEqualTo(DUE);
		assertThat(asked.newDateWaiting()).isTrue();

		Action moved = asked.newDateAccepted();
		assertThat(moved.due()).isEqualTo(DUE.plusDays(14));
		assertThat(moved.newDateWaiting()).isFalse();
		assertThatThrownBy(moved::newDateAccepted).isInstanceOf(IllegalStateException.class);
		// The chair moving the date answers whatever was asked.
		assertThat(asked.dueMoved(DUE.plusDays(7))).extracting(Action::due, Action::requestedDue)
			.containsExactly(DUE.plusDays(7), null);
	}

	@Test
	void givenADraft_thenAcceptingOpensItUnderItsOwner_once() {
		Member owner = new Member(new Member.PersonId("m1"), BOARD, OWNER, Role.MEMBER, null, "Alex");
		Action accepted = draft().accepted(null, owner, DUE, "Signed by all five");
		assertThat(accepted.status()).isEqualTo(Action.Status.OPEN);
		assertThat(accepted.text()).as("null keeps the draft's words").isEqualTo("Address 2.3: Information is shared.");
		assertThat(accepted).extracting(Action::owner, Action::ownerUser, Action::due, Action::milestone)
			.containsExactly(owner.id(), OWNER, DUE, "Signed by all five");
		assertThat(accepted.criteria()).containsExactly("2.3");
		assertThat(draft().accepted("Agree a protocol", owner, DUE, null).text()).isEqualTo("Agree a protocol");
		assertThatThrownBy(() -> accepted.accepted("Again", owner, DUE.plusDays(1), null)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void givenADraft_thenItIsDroppedNeverDischarged_andNeitherHappensTwice() {
		assertThat(draft().dischargeable()).isFalse();
		assertThatThrownBy(() -> draft().discharged()).isInstanceOf(IllegalStateException.class);
		Action dropped = draft().dropped();
		assertThat(dropped.status()).isEqualTo(Action.Status.DROPPED);
		assertThatThrownBy(dropped::dropped).isInstanceOf(IllegalStateException.class);

		Action discharged = open().markedDone(TODAY).discharged();
		assertThat(discharged.status()).isEqualTo(Action.Status.DISCHARGED);
		assertThat(discharged.dischargeable()).isFalse();
		assertThat(discharged.overdue(DUE.plusDays(30))).as("a discharged action is never overdue").isFalse();
	}

}
