package org.accord.core.service;

import java.util.Map;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Delivery;
import org.accord.core.card.Form;
import org.accord.core.card.Outcome;
import org.accord.core.domain.Evidence;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.ChangeBoard;
import org.accord.core.port.in.CloseRound;
import org.accord.core.port.in.ShowConsensus;
import org.accord.core.port.in.FormUseCase;
import org.accord.core.port.in.MeetingPage;
import org.accord.core.port.in.PromptActionUseCase;

/** Sends a pressed button or a submitted form to the service that owns its kind. */
final class ActionRouter implements PromptActionUseCase, FormUseCase {

	private final Answering answering;

	private final ConsensusForms consensus;

	private final EndorsementControls endorsement;

	private final ActionForms plan;

	private final AssessmentService assessment;

	private final Boards boards;

	private final HomeService home;

	private final CloseRound closeRound;

	private final ShowConsensus showConsensus;

	private final MeetingPage meeting;

	private final ChangeBoard board;

	ActionRouter(Answering answering, ConsensusForms consensus, EndorsementControls endorsement,
			ActionForms plan, AssessmentService assessment, Boards boards, HomeService home, CloseRound closeRound,
			ShowConsensus showConsensus, MeetingPage meeting, ChangeBoard board) {
		this.board = board;
		this.meeting = meeting;
		this.home = home;
		this.closeRound = closeRound;
		this.showConsensus = showConsensus;
		this.assessment = assessment;
		this.plan = plan;
		this.answering = answering;
		this.consensus = consensus;
		this.endorsement = endorsement;
		this.boards = boards;
	}

	@Override
	public Outcome act(Caller caller, ButtonAction action) {
		Outcome outcome = route(caller, action);
		// A step taken from the Home moves the assessment on: the Home it was pressed on then shows the step after it.
		return HomeService.FROM_HOME.equals(action.levelKey()) && action.kind() != ButtonAction.Kind.RATE
				? Outcome.builder().add(outcome).updateClicked(home.home(caller)).build() : outcome;
	}

	private Outcome route(Caller caller, ButtonAction action) {
		return switch (action.kind()) {
			case START_ROUND -> consensus.startRound(caller, action);
			case SETTLE -> consensus.settleForm(caller, action);
			case START_FORM -> assessment.form(caller);
			case FOUND_BOARD -> found(caller);
			case HAND_OVER -> CommandRecords.checked(() -> new ChangeBoard.HandOver(action.assessmentId(), action.criterionId()),
					c -> board.handOver(caller, c));
			case KEEP_CHAIR -> Outcome.builder().updateClicked(org.accord.core.card.Card.text("Kept: the chair stays with you.")).build();
			case CLOSE_ROUND -> seated(caller, seat -> !assessment.isOpenRound(seat, action.assessmentId(), action.round())
					? Outcome.reply("Round " + action.round() + " has closed already; your Home shows where the assessment stands.")
					: CloseRoundService.NOT_YET.equals(action.levelKey())
							? Outcome.builder().updateClicked(org.accord.core.card.Card.text("Round " + action.round() + " stays open."))
								.build()
							: closeRound.close(caller, new CloseRound.Command(action.assessmentId(),
									CloseRoundService.NOW.equals(action.levelKey()))));
			case REOPEN_ROUND -> seated(caller, seat -> assessment.isLastRound(seat, action.assessmentId(), action.round())
					? closeRound.reopen(caller, new CloseRound.Command(action.assessmentId()))
					: Outcome.reply("Round " + action.round() + " is no longer the last round, so it cannot be opened again."));
			// The view's own toggle turns its message; the Home's button sends the view as a message of its own.
			case CONSENSUS_VIEW -> action.criterionId() == null
					? showConsensus.show(caller, new ShowConsensus.Command(action.assessmentId()))
					: showConsensus.show(caller, new ShowConsensus.Command(action.assessmentId(),
							ShowConsensusService.FIGURES.equals(action.criterionId()), true));
			case PROPOSE_PLAN -> plan.propose(caller);
			case ROUND_FORM -> consensus.roundForm(caller, action);
			case REQUEST_ENDORSEMENT -> endorsement.request(caller);
			case EXPORT -> consensus.export(caller, action);
			case MEETING_LINK -> meeting.link(caller, new MeetingPage.LinkCommand(action.assessmentId(), "view".equals(action.levelKey())));
			case MEETING_END -> meeting.endLinks(caller, new MeetingPage.LinkCommand(action.assessmentId(), false));
			case ENDORSE -> endorsement.endorse(caller, action);
			case DECLINE -> endorsement.askReason(caller, action);
			case AGREED_TEXT -> consensus.textForm(caller, action);
			case ACTION_ADD -> Outcome.reply("That is a form, not a button.");
			case ACTION_DONE, ACTION_UNDO_DONE, ACTION_PROGRESS, ACTION_NEW_DATE, ACTION_ACCEPT_DATE, ACTION_DECLINE_DATE, ACTION_ACCEPT_DRAFT, ACTION_DROP_DRAFT ->
				plan.act(caller, action);
			default -> answering.act(caller, action);
		};
	}

	private Outcome found(Caller caller) {
		Boards.Seat seat = boards.seatOrFound(caller.user());
		if (seat.justFounded()) {
			boards.named(seat, caller.name());
			return Outcome.reply("The board is set up, with you as its chair. Add its members: `" + caller.commandPrefix()
					+ "board add @name as member` (or `as authority police`, `as facilitator`), or give them an invitation code with `"
					+ caller.commandPrefix() + "invite`.");
		}
		return Outcome.reply(seat.member().isPresent() ? "You are on this workspace's board already, as " + seat.member().get().roleWords() + "."
				: "Someone has set up this workspace's board already: ask its chair to add you.");
	}

	private Outcome seated(Caller caller, java.util.function.Function<Boards.Seat, Outcome> then) {
		return boards.seat(caller.user()).filter(seat -> seat.member().isPresent()).map(then)
			.orElse(Outcome.reply("You are not on this board."));
	}

	@Override
	public Outcome submit(Caller caller, String context, Map<String, String> given) {
		// What a person wrote in a form carries none of Accord's own marks: it cannot name someone or close a quote.
		Map<String, String> values = new java.util.HashMap<>();
		given.forEach((id, value) -> values.put(id, org.accord.core.port.in.Typed.typedByAPerson(value)));
		ButtonAction action;
		try {
			action = ButtonAction.decode(context);
		}
		catch (IllegalArgumentException e) {
			return Outcome.reply("That form has expired; please open it again.");
		}
		// Checked against the form itself before anything is done: a refused form stays open, with what was given in it.
		Optional<Form> form = reopened(caller, action);
		Map<String, String> problems = form.map(f -> f.problems(values)).orElse(Map.of());
		if (!problems.isEmpty()) {
			return Outcome.builder().refuseForm(form.get().given(values), problems).build();
		}
		return switch (action.kind()) {
			case EVIDENCE -> answering.submitEvidence(caller, action, new Evidence(values.get("evidence"),
					values.get("document"), values.get("page"), values.get("paragraph"), values.get("comment")));
			case AGREED_TEXT -> consensus.saveText(caller, action, values);
			case SETTLE -> consensus.settleSubmitted(caller, action, values);
			case START_FORM -> assessment.submitted(caller, values);
			case ROUND_FORM -> consensus.roundSubmitted(caller, action, values);
			case DECLINE -> endorsement.decline(caller, action, values);
			case ACTION_PROGRESS, ACTION_NEW_DATE, ACTION_ADD -> plan.submit(caller, action, values);
			default -> Outcome.reply("That form has expired; please open it again.");
		};
	}

	/** The form a submission came from, made again as its button made it; empty where the caller may not have it now. */
	private Optional<Form> reopened(Caller caller, ButtonAction action) {
		Outcome opened = switch (action.kind()) {
			case EVIDENCE -> answering.act(caller, action);
			case AGREED_TEXT -> consensus.textForm(caller, action);
			case SETTLE -> consensus.settleForm(caller, action);
			case START_FORM -> assessment.form(caller);
			case ROUND_FORM -> consensus.roundForm(caller, action);
			case DECLINE -> endorsement.askReason(caller, action);
			case ACTION_PROGRESS, ACTION_NEW_DATE -> plan.act(caller, action);
			case ACTION_ADD -> action.actionId().isEmpty() ? plan.addForm(caller)
					: plan.act(caller, ButtonAction.forAction(ButtonAction.Kind.ACTION_ACCEPT_DRAFT, action.actionId()));
			default -> Outcome.builder().build();
		};
		return opened.deliveries().stream().filter(Delivery.OpenForm.class::isInstance)
			.map(d -> ((Delivery.OpenForm) d).form()).findFirst();
	}

}
