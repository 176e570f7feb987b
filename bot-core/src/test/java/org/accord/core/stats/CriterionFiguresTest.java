package org.accord.core.stats;

import java.util.List;
import java.util.stream.IntStream;

import org.accord.core.stats.CriterionFigures.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CriterionFiguresTest {

	private static CriterionFigures figures(int levels, Integer... ranks) {
		return CriterionFigures.of(Distribution.of(levels, List.of(ranks)), 0.75);
	}

	private static CriterionFigures counts(int... counts) {
		return CriterionFigures.of(new Distribution(counts.length, counts), 0.75);
	}

	// Quartiles, type 7

	@Test
	void givenOneToTen_thenQuartilesMatchRsDocumentedQuantile() {
		// R: quantile(1:10) -> 1.00 3.25 5.50 7.75 10.00
		CriterionFigures f = CriterionFigures.of(Distribution.of(10, IntStream.rangeClosed(1, 10).boxed().toList()), 0.75);
		assertThat(f.lowerQuartile()).hasValue(3.25);
		assertThat(f.median()).hasValue(5.5);
		assertThat(f.upperQuartile()).hasValue(7.75);
		assertThat(f.interquartileRange()).hasValue(4.5);
		assertThat(Quantile.type7(f.distribution(), 0)).isEqualTo(1.0);
		assertThat(Quantile.type7(f.distribution(), 1)).isEqualTo(10.0);
	}

	@Test
	void givenEvenCount_thenQuartilesInterpolatedByHand() {
		// sorted 1 2 2 4, n = 4: p=.25 h=.75 -> 1 + .75(2-1) = 1.75; p=.5 h=1.5 -> 2; p=.75 h=2.25 -> 2 + .25(4-2) = 2.5
		CriterionFigures f = figures(4, 4, 2, 1, 2);
		assertThat(f.lowerQuartile()).hasValue(1.75);
		assertThat(f.median()).hasValue(2.0);
		assertThat(f.upperQuartile()).hasValue(2.5);
		assertThat(f.interquartileRange()).hasValue(0.75);
	}

	@Test
	void givenOddCount_thenQuartilesInterpolatedByHand() {
		// sorted 1 3 4, n = 3: p=.25 h=.5 -> 1 + .5(3-1) = 2; median 3; p=.75 h=1.5 -> 3 + .5(4-3) = 3.5
		CriterionFigures f = figures(4, 3, 1, 4);
		assertThat(f.lowerQuartile()).hasValue(2.0);
		assertThat(f.median()).hasValue(3.0);
		assertThat(f.upperQuartile()).hasValue(3.5);
		assertThat(f.interquartileRange()).hasValue(1.5);
	}

	@Test
	void givenSingleRating_thenEveryQuartileIsThatRatingAndNoSpread() {
		CriterionFigures f = figures(4, 2);
		assertThat(f.rated()).isEqualTo(1);
		assertThat(f.lowerQuartile()).hasValue(2.0);
		assertThat(f.median()).hasValue(2.0);
		assertThat(f.upperQuartile()).hasValue(2.0);
		assertThat(f.interquartileRange()).hasValue(0.0);
	}

	// Mode and status

	@Test
	void givenTwoRanksShareTheLargestCount_thenBothAreModal() {
		CriterionFigures f = figures(4, 1, 1, 3, 3, 4);
		assertThat(f.modalRanks()).containsExactly(1, 3);
		assertThat(f.modalShare()).hasValue(0.4);
		assertThat(f.status()).isEqualTo(Status.DISPUTED);
	}

	@Test
	void givenModalShareAtTheThreshold_thenAgreedOnTheMode() {
		CriterionFigures f = figures(4, 3, 3, 4, 3);
		assertThat(f.modalShare()).hasValue(0.75);
		assertThat(f.status()).isEqualTo(Status.AGREED);
		assertThat(f.proposedRank()).hasValue(3);
		assertThat(f.proposalTied()).isFalse();
		assertThat(f.tiedBetween()).isEmpty();
	}

	@Test
	void givenAgreedAtALowThresholdWithTheMedianElsewhere_thenTheModeIsProposed() {
		// sorted 1 1 2 3 4: mode 1 holds 0.4, median 2
		CriterionFigures f = CriterionFigures.of(Distribution.of(4, List.of(1, 1, 2, 3, 4)), 0.4);
		assertThat(f.median()).hasValue(2.0);
		assertThat(f.status()).isEqualTo(Status.AGREED);
		assertThat(f.proposedRank()).hasValue(1);
	}

	@Test
	void givenTwoModesBothPastTheThreshold_thenDisputedAndTheTieFlagged() {
		CriterionFigures f = CriterionFigures.of(Distribution.of(4, List.of(2, 3, 2, 3)), 0.5);
		assertThat(f.modalRanks()).containsExactly(2, 3);
		assertThat(f.status()).isEqualTo(Status.DISPUTED);
		assertThat(f.median()).hasValue(2.5);
		assertThat(f.proposedRank()).isEmpty();
		assertThat(f.proposalTied()).isTrue();
		assertThat(f.tiedBetween()).containsExactly(2, 3);
	}

	@Test
	void givenDisputedWithAWholeMedian_thenTheMedianIsProposed() {
		CriterionFigures f = figures(4, 1, 2, 3, 4, 4);
		assertThat(f.status()).isEqualTo(Status.DISPUTED);
		assertThat(f.proposedRank()).hasValue(3);
		assertThat(f.proposalTied()).isFalse();
	}

	@Test
	void givenDisputedWithTheMedianBetweenLevels_thenNoProposalAndTheTieFlagged() {
		CriterionFigures f = figures(4, 1, 2, 3, 4);
		assertThat(f.median()).hasValue(2.5);
		assertThat(f.proposedRank()).isEmpty();
		assertThat(f.proposalTied()).isTrue();
		assertThat(f.tiedBetween()).containsExactly(2, 3);
	}

	@Test
	void givenNoRatings_thenEveryFigureEmpty() {
		CriterionFigures f = counts(0, 0, 0, 0);
		assertThat(f.rated()).isZero();
		assertThat(f.status()).isEqualTo(Status.NO_RATINGS);
		assertThat(f.median()).isEmpty();
		assertThat(f.lowerQuartile()).isEmpty();
		assertThat(f.upperQuartile()).isEmpty();
		assertThat(f.interquartileRange()).isEmpty();
		assertThat(f.modalShare()).isEmpty();
		assertThat(f.modalRanks()).isEmpty();
		assertThat(f.consensus()).isEmpty();
		assertThat(f.proposedRank()).isEmpty();
		assertThat(f.proposalTied()).isFalse();
		assertThat(f.tiedBetween()).isEmpty();
	}

	@Test
	void givenThresholdOutsideZeroToOne_thenRejected() {
		Distribution d = Distribution.of(4, List.of(1));
		assertThatThrownBy(() -> CriterionFigures.of(d, 1.1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CriterionFigures.of(d, -0.1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CriterionFigures.of(d, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
	}

	// Tastle and Wierman's consensus

	@Test
	void givenAllRatingsOnOneLevel_thenConsensusIsOne() {
		assertThat(counts(0, 0, 7, 0).consensus()).hasValue(1.0);
		assertThat(counts(3).consensus()).hasValue(1.0);
	}

	@Test
	void givenHalfAtEachEndOfTheScale_thenConsensusIsExactlyZero() {
		// mu = (1 + k)/2, so |X - mu|/d = 1/2 at both ends: 1 + .5 log2(.5) + .5 log2(.5) = 1 - .5 - .5 = 0
		assertThat(counts(4, 0, 0, 4).consensus()).hasValue(0.0);
		assertThat(counts(1, 0, 1).consensus()).hasValue(0.0);
	}

	@Test
	void givenTastleWiermanFivePointExamples_thenTheirPublishedValues() {
		// SA A N D SD as ranks 1..5, d = 4
		assertThat(counts(1, 0, 0, 0, 1).consensus()).hasValue(0.0);
		assertThat(counts(0, 0, 1, 0, 0).consensus()).hasValue(1.0);
	}

	@Test
	void givenAsymmetricFivePointCase_thenTheHandComputedValue() {
		// counts [1,1,0,0,0], d = 4: mu = (1 + 2)/2 = 1.5, |1 - 1.5|/4 = |2 - 1.5|/4 = 0.125
		// Cns = 1 + .5 log2(.875) + .5 log2(.875) = 1 + log2(.875) = 1 + ln(.875)/ln 2 = 0.8073549220576041...
		assertThat(counts(1, 1, 0, 0, 0).consensus().getAsDouble()).isCloseTo(0.8073549220576041, within(1e-9));
	}

	@Test
	void givenUniformFivePointCase_thenTheHandComputedValue() {
		// counts [1,1,1,1,1], d = 4, mu = 3: distances/d are .5 .25 0 .25 .5
		// Cns = 1 + .2(2 log2(.5) + 2 log2(.75) + log2(1)) = 1 + .2(-2 + 2 log2(.75)) = 0.6 + .4 log2(.75) = 0.43398500028846...
		assertThat(counts(1, 1, 1, 1, 1).consensus().getAsDouble()).isCloseTo(0.6 + 0.4 * Math.log(0.75) / Math.log(2), within(1e-12))
			.isCloseTo(0.4339850002884625, within(1e-9));
	}

	@Test
	void givenMirroredDistributions_thenTheSameConsensus() {
		assertThat(counts(0, 3, 1, 0).consensus().getAsDouble())
			.isCloseTo(counts(0, 1, 3, 0).consensus().getAsDouble(), within(1e-12));
	}

}
