package org.accord.core.consensus;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of every criterion in a round, and Krippendorff's alpha across the criteria shown.
 *
 * @param raters distinct rater keys with at least one rating: a count of people only where the keys name people
 * (a ratings file); stored responses each have a key of their own
 */
public record RoundResult(int round, List<CriterionResult> criteria, OptionalDouble alpha, int raters) {

	public RoundResult {
		criteria = List.copyOf(criteria);
	}

	public Optional<CriterionResult> criterion(String id) {
		return criteria.stream().filter(c -> c.criterion().id().equals(id)).findFirst();
	}

}
