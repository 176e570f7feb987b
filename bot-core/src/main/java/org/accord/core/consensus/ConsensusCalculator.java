package org.accord.core.consensus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
	 * @param minimumToShow the fewest ratings whose distribution may be shown (k)
	 */
	public static RoundResult round(Framework framework, int round, List<String> criteria, List<Rating> ratings,
			double threshold, int minimumToShow) {
		int levels = framework.scale().levels().size();
		Map<String, List<Integer>> ranks = new LinkedHashMap<>();
		Map<String, Map<String, Integer>> byRater = new LinkedHashMap<>();
		for (Rating rating : ratings) {
			if (rating.answer() == null || !rating.answer().isRating()) {
				continue;
			}
			Optional<Integer> rank = framework.scale().rankOf(rating.answer().levelKey());
			if (rank.isEmpty()) {
				continue;
			}
			ranks.computeIfAbsent(rating.criterionId(), k -> new ArrayList<>()).add(rank.get());
			byRater.computeIfAbsent(rating.rater(), k -> new HashMap<>()).put(rating.criterionId(), rank.get());
		}
		List<CriterionResult> results = new ArrayList<>();
		List<int[]> units = new ArrayList<>();
		List<String> raters = new ArrayList<>(byRater.keySet());
		for (Section section : framework.sections()) {
			for (Criterion criterion : section.criteria()) {
				if (!criteria.contains(criterion.id())) {
					continue;
				}
				Distribution distribution = Distribution.of(levels, ranks.getOrDefault(criterion.id(), List.of()));
				CriterionFigures figures = CriterionFigures.of(distribution, threshold);
				results.add(new CriterionResult(criterion, section.title(), round, figures,
						distribution.rated() >= minimumToShow));
				int[] unit = new int[raters.size()];
				for (int r = 0; r < raters.size(); r++) {
					unit[r] = byRater.get(raters.get(r)).getOrDefault(criterion.id(), 0);
				}
				units.add(unit);
			}
		}
		return new RoundResult(round, results, KrippendorffAlpha.ordinal(levels, units), raters.size());
	}

}
