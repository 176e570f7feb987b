package org.accord.core.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accord.core.card.Mention;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Action;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Member;
import org.accord.core.domain.Role;
import org.accord.core.port.in.AddAction;
import org.accord.core.port.in.Caller;

/** The chair adds an action; its owner is told at once, and the due-date reminders are planned. */
final class AddActionService implements AddAction {

	private static final String NOT_CHAIR = "Only the chair adds actions to the plan.";

	private final PlanContext context;

	AddActionService(PlanContext context) {
		this.context = context;
	}

	@Override
	public Outcome openForm(Caller caller) {
		Optional<Boards.Seat> seat = context.member(caller);
		if (seat.isEmpty()) {
			return Outcome.reply(PlanContext.NOT_ON_BOARD);
		}
		if (!seat.get().is(Role.CHAIR)) {
			return Outcome.reply(NOT_CHAIR);
		}
		return Outcome.builder().openForm(ActionPlanForm.of(context, seat.get(), null)).build();
	}

	@Override
	public Outcome add(Caller caller, Command command) {
		Optional<Boards.Seat> seat = context.member(caller);
		if (seat.isEmpty()) {
			return Outcome.reply(PlanContext.NOT_ON_BOARD);
		}
		if (!seat.get().is(Role.CHAIR)) {
			return Outcome.reply(NOT_CHAIR);
		}
		var board = seat.get().partnership();
		if (!context.dueDate(board, command.due())) {
			return Outcome.reply(PlanContext.notADate(command.due().toString()));
		}
		List<String> criteria = command.criterionId() == null ? List.of() : List.of(command.criterionId());
		String issue = null;
		Optional<Framework> framework = context.framework(board);
		if (!criteria.isEmpty() && framework.isPresent()) {
			// Without an assessment under way there is no framework to check the link against; it is kept as given.
			Optional<Criterion> c = framework.get().criterion(criteria.get(0));
			if (c.isEmpty()) {
				return Outcome.reply("There is no criterion " + criteria.get(0) + " in the current assessment's framework.");
			}
			issue = c.get().id() + " " + c.get().title();
		}
		Optional<Member> owner = context.members().find(board.id(), command.owner());
		String ownerName = owner.map(Member::name).orElse(command.ownerName());
		Action created = context.actions().create(Action.added(new Action.ActionId(UUID.randomUUID().toString()), board.id(),
				issue, command.text(), criteria, owner.map(Member::id).orElse(null), command.owner(), command.due(),
				command.milestone()));
		String reminded = context.planner().action(board, created);
		return Outcome.builder()
			.reply("Added action " + created.number() + ": " + Verbatim.of(created.text()) + ", owned by "
					+ Mention.of(command.owner(), ownerName) + ", due " + created.due()
					+ ". They will be reminded " + reminded + ".")
			.direct(command.owner(), NudgeService.ownerCard(created, "You own action " + created.number() + " of the plan"))
			.build();
	}

}
