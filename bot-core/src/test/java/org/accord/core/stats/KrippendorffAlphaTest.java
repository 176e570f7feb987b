package org.accord.core.stats;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KrippendorffAlphaTest {

	/**
	 * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), the 4 observers x 12 units example with
	 * missing values (0 here, '.' in the paper); rows are observers A-D, columns units 1-12.
	 */
	private static final int[][] OBSERVERS = {
			{ 1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0 },
			{ 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3 },
			{ 0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0 },
			{ 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0 } };

	/** The same data turned into one array per unit, as the API takes it. */
	private static List<int[]> publishedUnits() {
		List<int[]> units = new ArrayList<>();
		for (int unit = 0; unit < OBSERVERS[0].length; unit++) {
			int[] ranks = new int[OBSERVERS.length];
			for (int observer = 0; observer < OBSERVERS.length; observer++) {
				ranks[observer] = OBSERVERS[observer][unit];
			}
			units.add(ranks);
		}
		return units;
	}

	@Test
	void givenPublishedExample_thenNominalAlphaIs0743() {
		assertThat(KrippendorffAlpha.nominal(5, publishedUnits()).getAsDouble()).isCloseTo(0.743, within(0.0005));
	}

	@Test
	void givenPublishedExample_thenOrdinalAlphaIs0815() {
		assertThat(KrippendorffAlpha.ordinal(5, publishedUnits()).getAsDouble()).isCloseTo(0.815, within(0.0005));
	}

	@Test
	void givenPublishedExample_thenIntervalAlphaIs0849() {
		assertThat(KrippendorffAlpha.interval(5, publishedUnits()).getAsDouble()).isCloseTo(0.849, within(0.0005));
	}

	@Test
	void givenPublishedExample_thenCoincidenceMarginalsAsPublished() {
		// The paper's coincidence matrix totals: n_1..n_5 = 9, 13, 10, 5, 3 and n = 40; unit 12 is not pairable.
		CoincidenceMatrix m = CoincidenceMatrix.of(5, publishedUnits());
		assertThat(m.marginal(1)).isCloseTo(9, within(1e-9));
		assertThat(m.marginal(2)).isCloseTo(13, within(1e-9));
		assertThat(m.marginal(3)).isCloseTo(10, within(1e-9));
		assertThat(m.marginal(4)).isCloseTo(5, within(1e-9));
		assertThat(m.marginal(5)).isCloseTo(3, within(1e-9));
		assertThat(m.total()).isCloseTo(40, within(1e-9));
		// Unit 6 holds 1 2 3 4, each pair weighted 1/(4 - 1).
		assertThat(m.coincidences(1, 4)).isCloseTo(1.0 / 3, within(1e-12));
	}

	@Test
	void givenPerfectAgreementOnSeveralLevels_thenAlphaIsOne() {
		List<int[]> units = List.of(new int[] { 1, 1, 1 }, new int[] { 3, 3, 0 }, new int[] { 0, 4, 4 });
		assertThat(KrippendorffAlpha.ordinal(4, units)).hasValue(1.0);
		assertThat(KrippendorffAlpha.nominal(4, units)).hasValue(1.0);
		assertThat(KrippendorffAlpha.interval(4, units)).hasValue(1.0);
	}

	@Test
	void givenAllMissing_thenNoAlpha() {
		List<int[]> units = List.of(new int[] { 0, 0, 0 }, new int[] { 0, 0, 0 });
		assertThat(KrippendorffAlpha.ordinal(4, units)).isEmpty();
		assertThat(KrippendorffAlpha.ordinal(4, List.of())).isEmpty();
	}

	@Test
	void givenOnlySingleValuesPerUnit_thenNothingPairableAndNoAlpha() {
		List<int[]> units = List.of(new int[] { 1, 0 }, new int[] { 0, 3 });
		assertThat(KrippendorffAlpha.ordinal(4, units)).isEmpty();
	}

	@Test
	void givenEveryValueTheSame_thenNoExpectedDisagreementAndNoAlpha() {
		List<int[]> units = List.of(new int[] { 2, 2 }, new int[] { 2, 2, 2 });
		assertThat(KrippendorffAlpha.ordinal(4, units)).isEmpty();
	}

	@Test
	void givenTwoLevelsByHand_thenFourNinths() {
		// units (1,1) (2,2) (1,2): o_11 = 2, o_22 = 2, o_12 = o_21 = 1; n_1 = n_2 = 3, n = 6.
		// With two values every metric is one constant delta2 that cancels: alpha = 1 - 5 * 2 / (3*3 + 3*3) = 4/9.
		List<int[]> units = List.of(new int[] { 1, 1 }, new int[] { 2, 2 }, new int[] { 1, 2 });
		assertThat(KrippendorffAlpha.nominal(2, units).getAsDouble()).isCloseTo(4.0 / 9, within(1e-12));
		assertThat(KrippendorffAlpha.ordinal(2, units).getAsDouble()).isCloseTo(4.0 / 9, within(1e-12));
		assertThat(KrippendorffAlpha.interval(2, units).getAsDouble()).isCloseTo(4.0 / 9, within(1e-12));
	}

	@Test
	void givenThreeLevelsByHand_thenEachMetricsOwnValue() {
		// units (1,2) (2,3) (1,1) (3,3): o_12 = o_21 = o_23 = o_32 = 1, o_11 = o_33 = 2; n_1 = 3, n_2 = 2, n_3 = 3, n = 8.
		// nominal: Do = 4, De = 8^2 - (9 + 4 + 9) = 42, alpha = 1 - 7 * 4 / 42 = 1/3.
		// interval: Do = 4, De = 2(3*2*1 + 2*3*1 + 3*3*4) = 96, alpha = 1 - 7 * 4 / 96 = 17/24.
		// ordinal: delta2_12 = delta2_23 = (5/2)^2 = 6.25, delta2_13 = (8 - 3)^2 = 25;
		// Do = 4 * 6.25 = 25, De = 2(6 * 6.25 + 6 * 6.25 + 9 * 25) = 600, alpha = 1 - 7 * 25 / 600 = 17/24.
		List<int[]> units = List.of(new int[] { 1, 2 }, new int[] { 2, 3 }, new int[] { 1, 1 }, new int[] { 3, 3 });
		assertThat(KrippendorffAlpha.nominal(3, units).getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(KrippendorffAlpha.interval(3, units).getAsDouble()).isCloseTo(17.0 / 24, within(1e-12));
		assertThat(KrippendorffAlpha.ordinal(3, units).getAsDouble()).isCloseTo(17.0 / 24, within(1e-12));
	}

	@Test
	void givenRankOutsideTheScale_thenRejected() {
		assertThatThrownBy(() -> KrippendorffAlpha.ordinal(4, List.of(new int[] { 1, 5 })))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> KrippendorffAlpha.ordinal(4, List.of(new int[] { -1, 2 })))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
