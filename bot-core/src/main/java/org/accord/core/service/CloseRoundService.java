package org.accord.core.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.accord.core.card.Outcome;
import org.accord.core.consensus.CriterionResult;
import org.accord.core.consensus.RoundResult;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.CloseRound;

/** The chair closes the open round: its figures are computed once, and what the members agreed is settled. */
final class CloseRoundService implements CloseRound {

	private final ConsensusContext context;

	CloseRoundService(ConsensusContext context) {
		this.context = context;
	}

	@Override
	public Outcome close(Caller caller, Command command) {
		Optional<Boards.Seat> seat = context.boards().seat(caller.user());
		if (seat.isEmpty()) {
			return ConsensusContext.notOnBoard();
		}
		if (!seat.get().is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can close a round.");
		}
		return context.changes().change(seat.get().partnership().id(), command.assessmentId(), "No round is open.", before -> {
			if (!before.acceptsAnswers()) {
				return AssessmentChanges.Change.refuse("No round is open.");
			}
			Framework framework = context.framework(before);
			RoundResult result = Results.compute(before, framework, before.currentRound(), context.ballots());
			Map<String, String> agreed = new LinkedHashMap<>();
			for (CriterionResult r : result.criteria()) {
				if (r.agreed()) {
					agreed.put(r.criterion().id(), framework.scale().levels().get(r.figures().modalRanks().get(0) - 1).key());
				}
			}
			int disputed = result.criteria().size() - agreed.size();
			return AssessmentChanges.Change.to(before.roundClosed(agreed), "Round " + before.round() + " is closed: "
					+ agreed.size() + " of " + result.criteria().size() + " criteria agreed, " + disputed
					+ " still to settle. Late answers are now refused kindly. See the figures with `" + caller.commandPrefix()
					+ "consensus`.");
		});
	}

}
