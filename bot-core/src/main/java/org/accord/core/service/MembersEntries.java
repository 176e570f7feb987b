package org.accord.core.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.accord.core.consensus.CriterionResult;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Evidence;
import org.accord.core.domain.Response;
import org.accord.core.domain.Round;

/**
 * What members wrote for a criterion, as the chair may read it: only from closed rounds with enough answers to
 * show, each entry once, sorted, so that no entry can be told from its place or its round.
 */
final class MembersEntries {

	private MembersEntries() {
	}

	/** @param evidence the evidence with where it is found; else the additional comments */
	static List<String> of(ConsensusContext context, Assessment assessment, String criterionId, boolean evidence) {
		return of(context.results(assessment), context.ballots(), criterionId, evidence);
	}

	/** As above, from results already collated: the form asks for every criterion's entries at once. */
	static List<String> of(Results results, Ballots ballots, String criterionId, boolean evidence) {
		List<String> lines = new ArrayList<>();
		Assessment assessment = results.assessment();
		for (Round round : assessment.rounds()) {
			// A round with too few answers to show keeps its words to itself too.
			boolean shown = results.round(round.number()).flatMap(r -> r.criterion(criterionId))
				.map(CriterionResult::shown).orElse(false);
			if (round.open() || !round.criteria().contains(criterionId) || !shown) {
				continue;
			}
			for (Response r : ballots.criterion(assessment.id(), round.number(), criterionId)) {
				if (r.evidence() == null) {
					continue;
				}
				String line = evidence ? evidenceLine(r.evidence()) : r.evidence().comment();
				if (line != null && !line.isBlank() && !lines.contains(line.strip())) {
					lines.add(line.strip());
				}
			}
		}
		Collections.sort(lines);
		return lines;
	}

	private static String evidenceLine(Evidence e) {
		if (e.text() == null || e.text().isBlank()) {
			return null;
		}
		List<String> where = new ArrayList<>();
		if (e.document() != null) {
			where.add(e.document());
		}
		if (e.page() != null) {
			where.add("p. " + e.page());
		}
		if (e.paragraph() != null) {
			where.add("para. " + e.paragraph());
		}
		return e.text().strip() + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")");
	}

}
