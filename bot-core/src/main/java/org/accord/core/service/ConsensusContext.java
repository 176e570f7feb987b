package org.accord.core.service;

import java.time.Clock;
import java.time.LocalDate;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Partnership;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.out.AssessmentPort;

/**
 * What the chair's reconciling use cases each need, and nothing of one another: the board and seat, the
 * assessments and their compare-and-set, the sealed ballots, the framework catalogue and the clock.
 */
record ConsensusContext(Boards boards, AssessmentPort assessments, AssessmentChanges changes, Ballots ballots,
		FrameworkCatalog frameworks, Clock clock) {

	static final String NOT_ON_BOARD = "You are not on this board.";

	static final String FINAL = "The form is final: every responsible authority endorsed it as it stands.";

	static Outcome notOnBoard() {
		return Outcome.reply(NOT_ON_BOARD);
	}

	/**
	 * The board's current assessment, if it is the one the caller saw (a button's, a form's); any, when they name
	 * none.
	 */
	java.util.Optional<Assessment> current(Boards.Seat seat, String assessmentId) {
		return assessments.current(seat.partnership().id())
			.filter(a -> assessmentId == null || a.id().value().equals(assessmentId));
	}

	/** What a change to the form did to the endorsements asked for, as the domain's rule has it; else nothing. */
	static String voided(Assessment before) {
		return before.endorsementAsked()
				? " The form has changed, so the endorsements asked for are void: ask again with `endorse`." : "";
	}

	/** A criterion as a menu offers it: its id and its words. */
	static org.accord.core.card.Form.Choice choice(Framework framework, String id) {
		return new org.accord.core.card.Form.Choice(id, id + " " + framework.criterion(id).orElseThrow().title());
	}

	Framework framework(Assessment assessment) {
		return frameworks.find(assessment.frameworkId())
			.orElseThrow(() -> new IllegalStateException("Framework " + assessment.frameworkId() + " is not installed"));
	}

	/** The figures of the assessment's closed rounds. */
	Results results(Assessment assessment) {
		return Results.of(assessment, framework(assessment), ballots);
	}

	/** Today where the board is: a due date is the board's day, not the server's. */
	LocalDate today(Partnership partnership) {
		return LocalDate.now(clock.withZone(partnership.timezone()));
	}

	/** The form as assembled today, with the board's previous cycle beside it. */
	org.accord.core.document.AssessmentForm form(Assessment assessment) {
		Results results = results(assessment);
		return FormAssembler.form(results, LocalDate.now(clock), PreviousCycle.of(assessments, assessment),
				user -> boards.nameOf(assessment.partnershipId(), user),
				(criterionId, evidence) -> MembersEntries.of(results, ballots, criterionId, evidence));
	}

}
