package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Card.Button;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Outcome;
import org.accord.core.domain.Action;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Role;
import org.accord.core.domain.Settlement;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.ProposePlan;

/** Drafts an action for each criterion the board settled low, and shows the chair every draft awaiting them. */
final class ProposePlanService implements ProposePlan {

	private final PlanContext context;

	ProposePlanService(PlanContext context) {
		this.context = context;
	}

	@Override
	public Outcome propose(Caller caller) {
		Optional<Boards.Seat> seat = context.member(caller);
		if (seat.isEmpty()) {
			return Outcome.reply(PlanContext.NOT_ON_BOARD);
		}
		if (!seat.get().is(Role.CHAIR)) {
			return Outcome.reply("Only the chair drafts the action plan.");
		}
		Optional<Assessment> current = context.assessments().current(seat.get().partnership().id());
		if (current.isEmpty()) {
			return Outcome.reply("No assessment is under way to draw the plan from.");
		}
		Assessment assessment = current.get();
		Framework framework = context.conversation().frameworkOf(assessment);
		List<Level> lowest = framework.scale().levels().subList(0, Math.min(2, framework.scale().levels().size()));
		List<String> low = lowest.stream().map(Level::key).toList();
		List<Action> plan = new ArrayList<>(context.actions().plan(seat.get().partnership().id()));
		int drafted = 0;
		for (Criterion c : framework.criteria()) {
			Settlement s = assessment.settlements().get(c.id());
			if (s == null || !low.contains(s.levelKey()) || plan.stream().anyMatch(a -> a.criteria().contains(c.id()))) {
				continue;
			}
			plan.add(context.actions().create(Action.draftFor(new Action.ActionId(UUID.randomUUID().toString()),
					seat.get().partnership().id(), c)));
			drafted++;
		}
		List<Action> drafts = plan.stream().filter(Action::isDraft).toList();
		if (drafts.isEmpty()) {
			return Outcome.reply("No criterion was settled at " + String.join(" or ", lowest.stream().map(Level::label).toList())
					+ " without an action already, so there is nothing to draft.");
		}
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Heading("Draft actions from the consensus"));
		parts.add(new Part.Text(drafted + " new; " + drafts.size() + " awaiting you. Accept one to give it an owner, a date and a"
				+ " milestone (and edit its words), or drop it."));
		// Every draft is shown: a long list goes on over several messages rather than leave any out.
		for (Action draft : drafts) {
			parts.add(new Part.Text("*" + draft.number() + "* " + draft.issue()));
			parts.add(new Part.Buttons(List.of(
					new Button("Accept…", ButtonAction.forAction(ButtonAction.Kind.ACTION_ACCEPT_DRAFT, draft.id().value()), "primary"),
					Button.of("Drop", ButtonAction.forAction(ButtonAction.Kind.ACTION_DROP_DRAFT, draft.id().value())))));
		}
		return Outcome.reply(new Card("Draft actions", parts));
	}

}
