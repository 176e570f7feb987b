package org.accord.core.consensus;

import java.util.ArrayList;
import java.util.List;

import org.accord.core.domain.Answer;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.framework.FrameworkCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a round's figures let anyone work out about a criterion with too few ratings: nothing. */
class ConsensusCalculatorTest {

	private static final Framework CDRP = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow();

	private static final List<String> KEYS = CDRP.scale().levels().stream().map(Level::key).toList();

	private static final List<String> CRITERIA = List.of("1.1", "1.2", "1.3", "1.4");

	/** Five raters on 1.1 to 1.3; on 1.4 only two rated, as {@code first} and {@code second}. */
	private static RoundResult round(int first, int second) {
		int[][] ranks = { { 1, 2, 2, 3, 4 }, { 3, 3, 3, 4, 4 }, { 1, 1, 2, 2, 2 } };
		List<Rating> ratings = new ArrayList<>();
		for (int c = 0; c < ranks.length; c++) {
			for (int r = 0; r < ranks[c].length; r++) {
				ratings.add(new Rating("r" + r, CRITERIA.get(c), Answer.level(KEYS.get(ranks[c][r] - 1))));
			}
		}
		ratings.add(new Rating("r0", "1.4", Answer.level(KEYS.get(first - 1))));
		ratings.add(new Rating("r1", "1.4", Answer.level(KEYS.get(second - 1))));
		ratings.add(new Rating("r2", "1.4", Answer.DONT_KNOW));
		return ConsensusCalculator.round(CDRP, 1, CRITERIA, ratings, 0.7, 3);
	}

	@Test
	void givenACriterionWithTooFewRatings_thenNoFigureOfTheRoundDependsOnItsRatings() {
		RoundResult apart = round(1, 4);
		RoundResult alike = round(2, 2);
		assertThat(apart.criterion("1.4").orElseThrow().shown()).isFalse();
		// Alpha is over the shown criteria only: the exact value once gave away the only pair behind 1.4.
		assertThat(apart.alpha()).isEqualTo(alike.alpha());
		assertThat(apart.alpha()).isPresent();
		for (String id : List.of("1.1", "1.2", "1.3")) {
			assertThat(apart.criterion(id).orElseThrow().figures().distribution().counts())
				.isEqualTo(alike.criterion(id).orElseThrow().figures().distribution().counts());
		}
	}

	@Test
	void givenKOfThree_thenADistributionNeedsThreeRatingsBesidesAnyOneViewersOwn() {
		assertThat(ConsensusCalculator.shows(3, 3)).as("three ratings: a rater would see two others'").isFalse();
		assertThat(ConsensusCalculator.shows(4, 3)).isTrue();
		assertThat(round(1, 4).criterion("1.1").orElseThrow().shown()).isTrue();
	}

}
