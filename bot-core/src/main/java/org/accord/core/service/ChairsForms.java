package org.accord.core.service;

import java.util.Optional;
import java.util.function.BiFunction;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;

/**
 * The one guard of the forms a chair opens from the consensus view: only for the chair, only for the assessment
 * the button belongs to, and only once no round is open; else what stands in the way.
 */
final class ChairsForms {

	private ChairsForms() {
	}

	/** @param assessmentId the button's assessment; null for whatever is current */
	static Outcome open(ConsensusContext context, Caller caller, String assessmentId, String notChair,
			BiFunction<Boards.Seat, Assessment, Outcome> form) {
		Optional<Boards.Seat> seat = context.boards().seat(caller.user());
		if (seat.isEmpty()) {
			return ConsensusContext.notOnBoard();
		}
		if (!seat.get().is(Role.CHAIR)) {
			return Outcome.reply(notChair);
		}
		Optional<Assessment> current = context.current(seat.get(), assessmentId);
		if (current.isEmpty()) {
			return Outcome.reply(assessmentId == null ? AssessmentChanges.NONE
					: "That button belongs to an assessment that is no longer under way.");
		}
		if (current.get().roundOpen()) {
			return Outcome.reply("Round " + current.get().round() + " is still open: close it first with `"
					+ caller.commandPrefix() + "close`.");
		}
		return form.apply(seat.get(), current.get());
	}

}
