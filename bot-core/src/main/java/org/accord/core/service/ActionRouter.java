package org.accord.core.service;

import java.util.Map;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Outcome;
import org.accord.core.domain.Evidence;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.FormUseCase;
import org.accord.core.port.in.PromptActionUseCase;

/** Sends a pressed button or a submitted form to the service that owns its kind. */
final class ActionRouter implements PromptActionUseCase, FormUseCase {

	private final ConversationService conversation;

	private final ConsensusForms consensus;

	private final EndorsementService endorsement;

	private final ActionService plan;

	private final Boards boards;

	ActionRouter(ConversationService conversation, ConsensusForms consensus, EndorsementService endorsement,
			ActionService plan, Boards boards) {
		this.plan = plan;
		this.conversation = conversation;
		this.consensus = consensus;
		this.endorsement = endorsement;
		this.boards = boards;
	}

	@Override
	public Outcome act(Caller caller, ButtonAction action) {
		return switch (action.kind()) {
			case START_ROUND -> consensus.startRound(caller, action);
			case SETTLE -> consensus.settleForm(caller, action);
			case ROUND_FORM -> consensus.roundForm(caller, action);
			case REQUEST_ENDORSEMENT -> boards.seat(caller.user())
				.map(seat -> endorsement.request(seat, caller))
				.orElse(Outcome.reply("You are not on this board."));
			case EXPORT -> consensus.export(caller, action);
			case ENDORSE -> endorsement.endorse(caller, action);
			case DECLINE -> endorsement.askReason(caller, action);
			case AGREED_TEXT -> consensus.textForm(caller, action);
			case ACTION_ADD -> Outcome.reply("That is a form, not a button.");
			case ACTION_DONE, ACTION_PROGRESS, ACTION_NEW_DATE, ACTION_ACCEPT_DATE, ACTION_ACCEPT_DRAFT, ACTION_DROP_DRAFT ->
				plan.act(caller, action);
			default -> conversation.act(caller, action);
		};
	}

	@Override
	public Outcome submit(Caller caller, String context, Map<String, String> values) {
		ButtonAction action;
		try {
			action = ButtonAction.decode(context);
		}
		catch (IllegalArgumentException e) {
			return Outcome.reply("That form has expired; please open it again.");
		}
		return switch (action.kind()) {
			case EVIDENCE -> conversation.submitEvidence(caller, action, new Evidence(values.get("evidence"),
					values.get("document"), values.get("page"), values.get("paragraph"), values.get("comment")));
			case AGREED_TEXT -> consensus.saveText(caller, action, values);
			case SETTLE -> consensus.settleSubmitted(caller, action, values);
			case ROUND_FORM -> consensus.roundSubmitted(caller, action, values);
			case DECLINE -> endorsement.decline(caller, action, values);
			case ACTION_PROGRESS, ACTION_NEW_DATE, ACTION_ADD -> plan.submit(caller, action, values);
			default -> Outcome.reply("That form has expired; please open it again.");
		};
	}

}
