package org.accord.core.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.core.consensus.ConsensusCalculator;
import org.accord.core.consensus.CriterionResult;
import org.accord.core.consensus.Rating;
import org.accord.core.consensus.RoundResult;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Round;

/**
 * The figures of an assessment's closed rounds. An open round has none: nothing moves live, so nobody can
 * learn a vote by watching a count change.
 */
final class Results {

	private final Assessment assessment;

	private final Framework framework;

	private final Map<Integer, RoundResult> rounds = new HashMap<>();

	private Results(Assessment assessment, Framework framework) {
		this.assessment = assessment;
		this.framework = framework;
	}

	static Results of(Assessment assessment, Framework framework, Ballots responses) {
		Results results = new Results(assessment, framework);
		for (Round round : assessment.rounds()) {
			if (!round.open()) {
				results.rounds.put(round.number(), compute(assessment, framework, round, responses));
			}
		}
		return results;
	}

	static RoundResult compute(Assessment assessment, Framework framework, Round round, Ballots responses) {
		List<Rating> ratings = responses.round(assessment.id(), round.number()).stream()
			.map(r -> new Rating(r.pseudonym().value(), r.criterionId(), r.answer()))
			.toList();
		return ConsensusCalculator.round(framework, round.number(), round.criteria(), ratings,
				assessment.agreementThreshold(), assessment.minimumToShow());
	}

	Optional<RoundResult> round(int number) {
		return Optional.ofNullable(rounds.get(number));
	}

	/** The criterion's figures from the last closed round it was put in. */
	Optional<CriterionResult> latest(String criterionId) {
		CriterionResult latest = null;
		for (Round round : assessment.rounds()) {
			RoundResult result = rounds.get(round.number());
			if (result != null && round.criteria().contains(criterionId)) {
				latest = result.criterion(criterionId).orElse(latest);
			}
		}
		return Optional.ofNullable(latest);
	}

	Framework framework() {
		return framework;
	}

	Assessment assessment() {
		return assessment;
	}

}
