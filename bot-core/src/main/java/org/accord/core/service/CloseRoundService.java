package org.accord.core.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.accord.core.card.Card;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Member;
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
			String said = "Round " + before.round() + " is closed: " + agreed.size() + " of " + result.criteria().size()
					+ " criteria agreed, " + disputed + " still to settle. Late answers are now refused kindly. See the figures with `"
					+ caller.commandPrefix() + "consensus`.";
			return AssessmentChanges.Change.to(before.roundClosed(agreed), after -> told(seat.get(), caller, before, said));
		});
	}

	/**
	 * The chair's answer, and a word to everyone else who rates or follows: their round is over, and what comes next.
	 * Nothing in it says how anyone rated.
	 */
	private Outcome told(Boards.Seat seat, Caller caller, Assessment closed, String said) {
		Outcome.Builder outcome = Outcome.builder().reply(said);
		String round = "Round " + closed.round() + " of *" + Verbatim.of(closed.title()) + "* is closed";
		for (Member m : context.boards().everyone(seat.partnership().id())) {
			if (m.user().equals(caller.user())) {
				continue;
			}
			if (m.role() == Role.FACILITATOR) {
				outcome.direct(m.user(), Card.text(round + ". Its anonymous figures are in the consensus view."));
			}
			else if (m.role().rates()) {
				outcome.direct(m.user(), Card.text(round + ": thank you for your answers. Answers are no longer taken in it;"
						+ " the chair takes the board's anonymous figures to its discussion, and you will hear of any"
						+ " consensus round."));
			}
		}
		return outcome.build();
	}

}
