package org.accord.core.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import java.util.List;

import org.accord.core.card.ButtonAction;
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

	/** A confirmation button's levelKey: close though members have not finished; or leave the round open. */
	static final String NOW = "now";

	static final String NOT_YET = "not-yet";

	private final ConsensusContext context;

	private final RoundProgress progress;

	CloseRoundService(ConsensusContext context, RoundProgress progress) {
		this.context = context;
		this.progress = progress;
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
		if (!command.confirmed()) {
			Optional<Outcome> ask = context.assessments().current(seat.get().partnership().id())
				.filter(a -> a.acceptsAnswers() && (command.assessmentId() == null || a.id().value().equals(command.assessmentId())))
				.flatMap(open -> ask(open, seat.get(), caller));
			if (ask.isPresent()) {
				return ask.get();
			}
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

	@Override
	public Outcome reopen(Caller caller, Command command) {
		Optional<Boards.Seat> seat = context.boards().seat(caller.user());
		if (seat.isEmpty()) {
			return ConsensusContext.notOnBoard();
		}
		if (!seat.get().is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can reopen a round.");
		}
		java.time.LocalDate today = context.today(seat.get().partnership());
		return context.changes().change(seat.get().partnership().id(), command.assessmentId(), "No assessment is under way.", before -> {
			Optional<String> why = before.whyNotReopened();
			if (why.isPresent()) {
				return AssessmentChanges.Change.refuse("Round " + before.round() + " cannot be opened again: " + why.get() + ".");
			}
			// A due date that has passed would have everyone reminded at once: the reopened round has none until set.
			java.time.LocalDate due = before.dueDate() != null && !before.dueDate().isBefore(today) ? before.dueDate() : null;
			Assessment reopened = before.roundReopened(due);
			String round = "Round " + reopened.round() + " of *" + Verbatim.of(reopened.title()) + "*";
			return AssessmentChanges.Change.to(reopened, after -> {
				Outcome.Builder outcome = Outcome.builder().reply(round + " is open again" + (due == null ? ", with no due date" : ", due " + due)
						+ ". Its members have been told; what they answered stands, and what they agreed is theirs to change again.");
				for (Member m : context.boards().everyone(seat.get().partnership().id())) {
					if (!m.user().equals(caller.user()) && m.role().rates()) {
						outcome.direct(m.user(), Card.text(round + " is open again: the chair reopened it. Your answers are kept;"
								+ " go on or change them with `" + caller.commandPrefix() + "resume`."));
					}
				}
				return outcome.build();
			});
		});
	}

	/** Closing before everyone has finished is asked first, with how many have not: their unanswered prompts are lost. */
	private Optional<Outcome> ask(Assessment open, Boards.Seat seat, Caller caller) {
		RoundProgress.Counts counts = progress.of(open, seat.partnership().id());
		if (counts.unfinished() == 0) {
			return Optional.empty();
		}
		String round = "round " + open.round();
		String text = counts.unfinished() + " of the " + counts.total() + " who rate " + (counts.unfinished() == 1 ? "has" : "have")
				+ " not finished " + round + " (" + counts.notStarted() + " not started)"
				+ (open.dueDate() == null ? "" : "; it is due " + open.dueDate()) + ". Close it now? What they have answered"
				+ " counts; what they have not stays unanswered. Or type `" + caller.commandPrefix() + "close now`.";
		String id = open.id().value();
		return Optional.of(Outcome.reply(new Card("Close " + round + "?", List.of(new Card.Part.Text(text),
				new Card.Part.Buttons(List.of(
						new Card.Button("Close " + round + " now", new ButtonAction(ButtonAction.Kind.CLOSE_ROUND, id, open.round(), null,
								NOW), "danger"),
						Card.Button.of("Not yet", new ButtonAction(ButtonAction.Kind.CLOSE_ROUND, id, open.round(), null, NOT_YET))))))));
	}

	/**
	 * The chair's answer, and a word to everyone else who rates or follows: their round is over, and what comes next.
	 * Nothing in it says how anyone rated.
	 */
	private Outcome told(Boards.Seat seat, Caller caller, Assessment closed, String said) {
		Outcome.Builder outcome = Outcome.builder().reply(new Card(said, List.of(new Card.Part.Text(said),
				new Card.Part.Buttons(List.of(Card.Button.of("Reopen round " + closed.round(),
						new ButtonAction(ButtonAction.Kind.REOPEN_ROUND, closed.id().value(), closed.round(), null, null)))))));
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
