package org.accord.core.consensus;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The figures of every criterion in a round, and Krippendorff's alpha across them. */
public record RoundResult(int round, List<CriterionResult> criteria, OptionalDouble alpha, int raters) {

	public RoundResult {
		criteria = List.copyOf(criteria);
	}

	public Optional<CriterionResult> criterion(String id) {
		return criteria.stream().filter(c -> c.criterion().id().equals(id)).findFirst();
	}

}
