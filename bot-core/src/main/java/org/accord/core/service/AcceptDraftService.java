package org.accord.core.service;

import org.accord.core.card.Mention;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Action;
import org.accord.core.domain.Member;
import org.accord.core.domain.Role;
import org.accord.core.port.in.AcceptDraftAction;
import org.accord.core.port.in.Caller;

/** The chair accepts a draft: it opens under its owner, who is told and then reminded like any other. */
final class AcceptDraftService implements AcceptDraftAction {

	private static final String NOT_CHAIR = "Only the chair accepts draft actions.";

	private final PlanContext context;

	AcceptDraftService(PlanContext context) {
		this.context = context;
	}

	@Override
	public Outcome openForm(Caller caller, String actionId) {
		return context.withAction(caller, actionId, (seat, draft) -> {
			if (!seat.is(Role.CHAIR)) {
				return Outcome.reply(NOT_CHAIR);
			}
			if (!draft.isDraft()) {
				return Outcome.reply(noLongerADraft(draft));
			}
			return Outcome.builder().openForm(ActionPlanForm.of(context, seat, draft)).build();
		});
	}

	@Override
	public Outcome accept(Caller caller, Command command) {
		return context.withAction(caller, command.actionId(), (seat, draft) -> {
			if (seat.member().isEmpty()) {
				return Outcome.reply(PlanContext.NOT_ON_BOARD);
			}
			if (!seat.is(Role.CHAIR)) {
				return Outcome.reply(NOT_CHAIR);
			}
			if (!context.dueDate(seat.partnership(), command.due())) {
				return Outcome.reply("An accepted action needs an owner and a due date from today to 2099.");
			}
			var board = seat.partnership().id();
			// An owner not on the board is held by their platform id alone, as a typed mention of them would be.
			Member owner = context.members().find(board, command.owner())
				.orElse(new Member(null, board, command.owner(), Role.MEMBER, null));
			return context.change(draft, a -> !a.isDraft() ? CompareAndSet.Change.refuse(noLongerADraft(a))
					: CompareAndSet.Change.to(a.accepted(command.text(), owner, command.due(), command.milestone()), accepted -> {
						context.planner().action(seat.partnership(), accepted);
						return Outcome.builder()
							.reply("Accepted action " + accepted.number() + ": " + Verbatim.of(accepted.text()) + ", owned by "
									+ Mention.of(command.owner(), owner.name()) + ", due " + accepted.due() + ".")
							.direct(command.owner(), NudgeService.ownerCard(accepted, "You own action " + accepted.number() + " of the plan"))
							.build();
					}));
		});
	}

	private static String noLongerADraft(Action action) {
		return "Action " + action.number() + " is no longer a draft.";
	}

}
