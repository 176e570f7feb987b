package org.accord.core.consensus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Section;
import org.accord.core.stats.CriterionFigures;
import org.accord.core.stats.Distribution;
import org.accord.core.stats.KrippendorffAlpha;

/**
 * Turns one round's ratings into figures. The chat view and the {@code analyse} command both call this,
 * so they give the same numbers for the same ratings.
 */
public final class ConsensusCalculator {

	private ConsensusCalculator() {
	}

	/**
	 * @param criteria the ids of the criteria put in this round, in framework order
	 * @param minimumToShow k: a criterion's figures are shown only with at least k ratings besides any one
	 * viewer's own, and only shown criteria count towards alpha, so that no figure of a criterion with too few
	 * ratings can be worked back from another
	 */
	public static RoundResult round(Framework framework, int round, List<String> criteria, List<Rating> ratings,
			double threshold, int minimumToShow) {
		int levels = framework.scale().levels().size();
		Map<String, List<Integer>> ranks = new LinkedHashMap<>();
		Set<String> raters = new HashSet<>();
		for (Rating rating : ratings) {
			if (rating.answer() == null || !rating.answer().isRating()) {
				continue;
			}
			Optional<Integer> rank = framework.scale().rankOf(rating.answer().levelKey());
			if (rank.isEmpty()) {
				continue;
			}
			ranks.computeIfAbsent(rating.criterionId(), k -> new ArrayList<>()).add(rank.get());
			raters.add(rating.rater());
		}
		List<CriterionResult> results = new ArrayList<>();
		// Alpha pairs values within a criterion only, so a unit is just its ratings: who gave them does not matter.
		List<int[]> units = new ArrayList<>();
		for (Section section : framework.sections()) {
			for (Criterion criterion : section.criteria()) {
				if (!criteria.contains(criterion.id())) {
					continue;
				}
				List<Integer> given = ranks.getOrDefault(criterion.id(), List.of());
				Distribution distribution = Distribution.of(levels, given);
				CriterionFigures figures = CriterionFigures.of(distribution, threshold);
				boolean shown = shows(distribution.rated(), minimumToShow);
				results.add(new CriterionResult(criterion, section.title(), round, figures, shown));
				if (shown) {
					units.add(given.stream().mapToInt(Integer::intValue).toArray());
				}
			}
		}
		return new RoundResult(round, results, KrippendorffAlpha.ordinal(levels, units), raters.size());
	}

	/** At least k ratings besides any one viewer's own: a viewer who rated never sees fewer than k others'. */
	public static boolean shows(int rated, int minimumToShow) {
		return rated >= minimumToShow + 1;
	}

}
