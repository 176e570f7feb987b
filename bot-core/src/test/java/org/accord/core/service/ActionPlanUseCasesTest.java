package org.accord.core.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Outcome;
import org.accord.core.domain.Action;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Partnership;
import org.accord.core.card.Form;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.in.AcceptDraftAction;
import org.accord.core.port.in.AcceptNewDate;
import org.accord.core.port.in.ActionRef;
import org.accord.core.port.in.AddAction;
import org.accord.core.port.in.AddProgress;
import org.accord.core.port.in.AskForNewDate;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.DischargeAction;
import org.accord.core.port.in.DropAction;
import org.accord.core.port.in.ListActions;
import org.accord.core.port.in.MarkActionDone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.directs;
import static org.accord.core.service.CoreFixture.problems;
import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan's use cases called as a web page or a test would, beside the typed words and forms that read into them:
 * who is refused, what is not found, which dates will not do, and that a second press changes nothing twice.
 */
class ActionPlanUseCasesTest {

	private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

	private static final PlatformUser ALEX = caller("UALEX").user();

	private CoreFixture fixture;

	private PlanUseCases plan;

	private Partnership.PartnershipId board;

	@BeforeEach
	void boardWithOneAction() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board add <@UALEX> <@USAM> as member");
		plan = fixture.core.plan();
		board = fixture.store.members().seatOf(caller("UCHAIR").user()).orElseThrow().partnershipId();
		assertThat(replyText(fixture.say("UCHAIR", "action add \"Agree the protocol\" <@UALEX> due 2027-03-31")))
			.startsWith("Added action 1: Agree the protocol, owned by <@UALEX>, due 2027-03-31.");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenAMember_thenEveryChairOnlyStepIsRefused_andOthersCannotAnswerForAnAction_andThePlanIsUnchanged() {
		Action draft = draft();
		List<Action> before = stored();
		Caller alex = caller("UALEX");
		ActionRef one = ActionRef.number(1);

		assertThat(replyText(plan.addAction().add(alex, new AddAction.Command("Mine", ALEX, null, DUE, null, null))))
			.isEqualTo("Only the chair adds actions to the plan.");
		assertThat(replyText(plan.addAction().openForm(alex))).isEqualTo("Only the chair adds actions to the plan.");
		assertThat(replyText(plan.acceptDraftAction().accept(alex, new AcceptDraftAction.Command(draft.id().value(), null, ALEX,
				DUE, null)))).isEqualTo("Only the chair accepts draft actions.");
		assertThat(replyText(plan.acceptDraftAction().openForm(alex, draft.id().value()))).isEqualTo("Only the chair accepts draft actions.");
		assertThat(replyText(plan.dischargeAction().discharge(alex, new DischargeAction.Command(one))))
			.isEqualTo("Only the chair can mark an action discharged.");
		assertThat(replyText(plan.dropAction().drop(alex, new DropAction.Command(ActionRef.id(draft.id().value())))))
			.isEqualTo("Only the chair can mark an action dropped.");
		assertThat(replyText(plan.acceptNewDate().accept(alex, new AcceptNewDate.Command(one))))
			.isEqualTo("Only the chair accepts a new date.");
		assertThat(replyText(plan.proposePlan().propose(alex))).isEqualTo("Only the chair drafts the action plan.");

		Caller sam = caller("USAM");
		String notSams = "Only the action's owner or the chair can answer for action 1.";
		assertThat(replyText(plan.markActionDone().markDone(sam, new MarkActionDone.Command(one)))).isEqualTo(notSams);
		assertThat(replyText(plan.addProgress().addProgress(sam, new AddProgress.Command(one, "Moved")))).isEqualTo(notSams);
		assertThat(replyText(plan.askForNewDate().ask(sam, new AskForNewDate.Command(one, DUE.plusDays(7), null)))).isEqualTo(notSams);
		assertThat(replyText(fixture.say("USAM", "action done 1"))).isEqualTo(notSams);

		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void givenNoSuchAction_orAnotherBoards_thenEachStepSaysSo_andChangesNothing() {
		Caller chair = caller("UCHAIR");
		assertThat(replyText(plan.markActionDone().markDone(chair, new MarkActionDone.Command(ActionRef.number(9)))))
			.isEqualTo("There is no action 9 in your plan. See `/assess actions`.");
		assertThat(replyText(plan.dischargeAction().discharge(chair, new DischargeAction.Command(ActionRef.id("nope")))))
			.isEqualTo("That action is not one of your board's.");
		assertThat(replyText(fixture.say("UCHAIR", "action drop 9"))).isEqualTo("There is no action 9 in your plan. See `/assess actions`.");
		assertThat(replyText(fixture.say("UCHAIR", "action drop first"))).startsWith("Say which action by its number");

		Caller elsewhere = new Caller(new PlatformUser("slack", "T0002", "UOTHER"), "/assess ");
		fixture.core.commands().handle(elsewhere, TypedText.of("action add \"Theirs\" <@UTHEM> due 2027-01-31"));
		Partnership.PartnershipId theirs = fixture.store.members().seatOf(elsewhere.user()).orElseThrow().partnershipId();
		Action their = fixture.store.actions().plan(theirs).get(0);
		for (ButtonAction.Kind kind : List.of(ButtonAction.Kind.ACTION_DONE, ButtonAction.Kind.ACTION_PROGRESS,
				ButtonAction.Kind.ACTION_NEW_DATE, ButtonAction.Kind.ACTION_DROP_DRAFT, ButtonAction.Kind.ACTION_ACCEPT_DRAFT)) {
			assertThat(replyText(fixture.core.promptActions().act(chair, ButtonAction.forAction(kind, their.id().value()))))
				.as(kind.name()).isEqualTo("That action is not one of your board's.");
		}
		assertThat(replyText(fixture.core.promptActions().act(chair, ButtonAction.forAction(ButtonAction.Kind.ACTION_DONE, ""))))
			.isEqualTo("That action is not one of your board's.");
		assertThat(fixture.store.actions().plan(theirs)).containsExactly(their);

		Caller outsider = caller("UOUTSIDER");
		assertThat(replyText(plan.addAction().add(outsider, new AddAction.Command("Mine", outsider.user(), null, DUE, null, null))))
			.isEqualTo("You are not on this board.");
		assertThat(replyText(plan.listActions().list(outsider, new ListActions.Command(null)))).isEqualTo("You are not on this board.");
		assertThat(stored()).hasSize(1);
	}

	@Test
	void givenADateThatWillNotDo_thenNothingIsAddedOrMoved_andTheDateIsNamed() {
		String notADate = "' is not a date from today to the end of 2099: write it as YYYY-MM-DD.";
		assertThat(replyText(fixture.say("UCHAIR", "action add \"Late\" <@UALEX> due 31/03/2027"))).isEqualTo("'31/03/2027" + notADate);
		assertThat(replyText(fixture.say("UCHAIR", "action add \"Late\" <@UALEX> due 2026-11-25"))).isEqualTo("'2026-11-25" + notADate);
		// On the form, the date stays beside its picker, worded for it, and nothing else the chair gave is lost.
		Outcome refused = submit("UCHAIR", ButtonAction.forAction(ButtonAction.Kind.ACTION_ADD, ""),
				Map.of("text", "Late", "owner", "UALEX", "due", "2027-02-30"));
		assertThat(problems(refused)).containsExactly(Map.entry("due", "Pick a date from the calendar."));
		assertThat(refused.formRefused().orElseThrow().form().inputs()).filteredOn(i -> i.id().equals("text"))
			.extracting(Form.Input::initial).containsExactly("Late");
		assertThat(replyText(plan.addAction().add(caller("UCHAIR"), new AddAction.Command("Late", ALEX, null,
				LocalDate.of(2100, 1, 1), null, null)))).isEqualTo("'2100-01-01" + notADate);
		assertThatThrownBy(() -> new AddAction.Command("Late", null, null, DUE, null, null))
			.hasMessage("An action needs its text, an owner and a due date.");
		assertThat(problems(submit("UCHAIR", ButtonAction.forAction(ButtonAction.Kind.ACTION_ADD, ""),
				Map.of("text", "Late", "due", "2027-01-31")))).containsExactly(Map.entry("owner", "Choose a person."));

		Action one = stored().get(0);
		assertThat(replyText(fixture.say("UALEX", "action date 1 2026-01-01"))).isEqualTo("'2026-01-01" + notADate);
		assertThat(problems(submit("UALEX", ButtonAction.forAction(ButtonAction.Kind.ACTION_NEW_DATE, one.id().value()),
				Map.of("date", "soon")))).containsExactly(Map.entry("date", "Pick a date from the calendar."));
		assertThat(problems(submit("UALEX", ButtonAction.forAction(ButtonAction.Kind.ACTION_NEW_DATE, one.id().value()),
				Map.of("reason", "Busy")))).containsExactly(Map.entry("date", "Pick a date."));
		Action draft = draft();
		assertThat(replyText(submit("UCHAIR", ButtonAction.forAction(ButtonAction.Kind.ACTION_ADD, draft.id().value()),
				Map.of("text", "Late", "owner", "UALEX", "due", "2026-11-01")))).isEqualTo("An accepted action needs an owner and a due date from today to 2099.");

		assertThat(stored()).containsExactly(one, draft);
	}

	@Test
	void givenTheSameActionTypedSubmittedOrCalled_thenEachMakesTheSameAction() {
		fixture.say("UCHAIR", "action add \"Share the data\" <@USAM|Sam> due 2027-06-30 milestone \"Signed by all five\" criterion 2.3");
		submit("UCHAIR", ButtonAction.forAction(ButtonAction.Kind.ACTION_ADD, ""), Map.of("text", "Share the data", "owner", "USAM",
				"due", "2027-06-30", "milestone", "Signed by all five", "criterion", "2.3"));
		plan.addAction().add(caller("UCHAIR"), new AddAction.Command(" Share the data ", caller("USAM").user(), "Sam",
				LocalDate.of(2027, 6, 30), "Signed by all five", "2.3"));

		List<Action> added = stored().subList(1, 4);
		assertThat(added).extracting(Action::number).containsExactly(2, 3, 4);
		assertThat(added).extracting(a -> List.of(a.text(), a.ownerUser(), a.owner(), a.due(), a.milestone(), a.criteria(), a.status()))
			.containsOnly(List.of("Share the data", caller("USAM").user(), added.get(0).owner(), LocalDate.of(2027, 6, 30),
					"Signed by all five", List.of("2.3"), Action.Status.OPEN));

		fixture.say("UALEX", "action progress 1 Draft circulated");
		submit("UALEX", ButtonAction.forAction(ButtonAction.Kind.ACTION_PROGRESS, stored().get(0).id().value()),
				Map.of("note", " Draft circulated "));
		assertThat(stored().get(0).notes()).extracting(Action.Note::text).containsExactly("Draft circulated", "Draft circulated");
	}

	@Test
	void givenASecondPress_thenNothingChangesTwice() {
		Action draft = draft();
		ButtonAction accept = ButtonAction.forAction(ButtonAction.Kind.ACTION_ADD, draft.id().value());
		Map<String, String> values = Map.of("text", "Address 2.3: Information is shared.", "owner", "UALEX", "due", "2027-03-31",
				"milestone", "Signed");
		Outcome first = submit("UCHAIR", accept, values);
		assertThat(replyText(first)).isEqualTo("Accepted action 2: Address 2.3: Information is shared., owned by <@UALEX>, due 2027-03-31.");
		assertThat(directs(first)).extracting(d -> d.to().userId()).containsExactly("UALEX");
		Action accepted = stored().get(1);
		Outcome second = submit("UCHAIR", accept, Map.of("owner", "USAM", "due", "2027-04-30"));
		assertThat(replyText(second)).isEqualTo("Action 2 is no longer a draft.");
		assertThat(directs(second)).isEmpty();
		assertThat(stored().get(1)).isEqualTo(accepted);

		ButtonAction done = ButtonAction.forAction(ButtonAction.Kind.ACTION_DONE, stored().get(0).id().value());
		// Pressed, the reminder itself becomes the answer, with Undo on it: one message, not two.
		Outcome pressed = fixture.core.promptActions().act(caller("UALEX"), done);
		assertThat(pressed.replies()).isEmpty();
		Card saidDone = ((org.accord.core.card.Delivery.UpdateClicked) pressed.deliveries().get(0)).card();
		assertThat(CoreFixture.text(saidDone)).contains("Action 1 is done (2026-11-26)");
		ButtonAction undo = saidDone.parts().stream().filter(Card.Part.Buttons.class::isInstance)
			.flatMap(p -> ((Card.Part.Buttons) p).buttons().stream()).filter(b -> b.label().equals("Undo")).findFirst().orElseThrow()
			.action();
		Outcome undone = fixture.core.promptActions().act(caller("UALEX"), undo);
		assertThat(CoreFixture.text(((org.accord.core.card.Delivery.UpdateClicked) undone.deliveries().get(0)).card()))
			.contains("Action 1 is open again");
		assertThat(stored().get(0).status()).isEqualTo(Action.Status.IN_PROGRESS);
		assertThat(replyText(fixture.core.promptActions().act(caller("UALEX"), undo))).contains("not done, so there is nothing to take back");
		assertThat(replyText(fixture.say("UALEX", "action done 1"))).contains("Action 1 is done");
		Outcome doneAgain = fixture.core.promptActions().act(caller("UALEX"), done);
		assertThat(replyText(doneAgain)).isEqualTo("Action 1 is done already.");
		assertThat(directs(doneAgain)).isEmpty();
		assertThat(stored().get(0).notes()).extracting(Action.Note::text)
			.containsExactly("Done", "Not done after all (Done taken back)", "Done");

		assertThat(replyText(fixture.say("UALEX", "action date 2 2027-05-31"))).isEqualTo("Asked the chair to move action 2 to 2027-05-31.");
		ButtonAction moveIt = ButtonAction.forAction(ButtonAction.Kind.ACTION_ACCEPT_DATE, accepted.id().value());
		assertThat(directs(fixture.core.promptActions().act(caller("UCHAIR"), moveIt))).extracting(d -> d.to().userId())
			.containsExactly("UALEX");
		Outcome moveAgain = fixture.core.promptActions().act(caller("UCHAIR"), moveIt);
		assertThat(replyText(moveAgain)).isEqualTo("No new date has been asked for action 2.");
		assertThat(directs(moveAgain)).isEmpty();
		assertThat(stored().get(1).due()).isEqualTo(LocalDate.of(2027, 5, 31));

		assertThat(replyText(fixture.say("UCHAIR", "action discharge 1"))).isEqualTo("Action 1 discharged.");
		assertThat(replyText(fixture.say("UCHAIR", "action discharge 1"))).isEqualTo("Action 1 is discharged already.");
		assertThat(replyText(fixture.say("UCHAIR", "action drop 2"))).isEqualTo("Action 2 dropped.");
		assertThat(replyText(fixture.say("UCHAIR", "action drop 2"))).isEqualTo("Action 2 is dropped already.");
	}

	@Test
	void givenADraft_thenItIsAcceptedOrDropped_neverDischarged_andItsFormIsTheChairs() {
		Action draft = draft();
		assertThat(replyText(fixture.say("UCHAIR", "action discharge 2"))).isEqualTo("Action 2 is a draft: accept or drop it.");
		assertThat(replyText(fixture.say("UALEX", "action done 2"))).isEqualTo("Only the action's owner or the chair can answer for action 2.");
		assertThat(replyText(fixture.say("UCHAIR", "action done 2"))).isEqualTo("Action 2 is a draft: accept or drop it.");
		assertThat(replyText(fixture.say("UCHAIR", "action progress 2 Started"))).isEqualTo("Action 2 is a draft: accept or drop it.");
		Outcome form = fixture.core.promptActions().act(caller("UCHAIR"),
				ButtonAction.forAction(ButtonAction.Kind.ACTION_ACCEPT_DRAFT, draft.id().value()));
		assertThat(form.deliveries()).singleElement().isInstanceOf(org.accord.core.card.Delivery.OpenForm.class);
		assertThat(stored().get(1)).isEqualTo(draft);
	}

	private Action draft() {
		return fixture.store.actions().create(Action.draftFor(new Action.ActionId("draft-1"), board,
				new Criterion("2.3", "Information is shared.", List.of(), Map.of(), List.of())));
	}

	private List<Action> stored() {
		return fixture.store.actions().plan(board);
	}

	private Outcome submit(String user, ButtonAction context, Map<String, String> values) {
		return fixture.core.forms().submit(caller(user), context.encode(), values);
	}

}
