package org.accord.core.service;

import java.util.Optional;
import java.util.function.Function;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Partnership;
import org.accord.core.port.out.AssessmentPort;

/**
 * Changes a board's current assessment by compare-and-set: read it, decide, write it only if nobody wrote in
 * between, else decide again on what they wrote. No change needs a lock or a transaction, on any instance.
 */
final class AssessmentChanges {

	/** A few tries: a lost race means someone else just changed it, and deciding again is cheap. */
	private static final int ATTEMPTS = 5;

	static final String NONE = "No assessment is under way.";

	private final AssessmentPort assessments;

	AssessmentChanges(AssessmentPort assessments) {
		this.assessments = assessments;
	}

	/**
	 * @param assessmentId the assessment the caller saw (a form's, a button's); null for whatever is current
	 * @param edit decides on the assessment as it stands now, each time it is read
	 */
	Outcome change(Partnership.PartnershipId board, String assessmentId, Function<Assessment, Change> edit) {
		return change(board, assessmentId, NONE, edit);
	}

	/** @param none what to say when the board has no assessment under way */
	Outcome change(Partnership.PartnershipId board, String assessmentId, String none, Function<Assessment, Change> edit) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<Assessment> current = assessments.current(board);
			if (current.isEmpty()) {
				return Outcome.reply(none);
			}
			if (assessmentId != null && !current.get().id().value().equals(assessmentId)) {
				return Outcome.reply("That form belongs to an assessment that is no longer under way.");
			}
			Change change = edit.apply(current.get());
			if (change.next() == null) {
				return Outcome.reply(change.refusal());
			}
			Optional<Assessment> written = assessments.update(current.get(), change.next());
			if (written.isPresent()) {
				return change.then().apply(written.get());
			}
		}
		return Outcome.reply("The assessment is changing fast right now; please try again.");
	}

	/**
	 * What an edit decided: the assessment to write and what to answer once it is written (given the assessment
	 * as stored), or a refusal in words.
	 */
	record Change(Assessment next, Function<Assessment, Outcome> then, String refusal) {

		static Change to(Assessment next, String message) {
			return new Change(next, written -> Outcome.reply(message), null);
		}

		static Change to(Assessment next, Function<Assessment, Outcome> then) {
			return new Change(next, then, null);
		}

		static Change refuse(String refusal) {
			return new Change(null, null, refusal);
		}

	}

}
