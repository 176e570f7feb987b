package org.accord.core.stats;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DistributionTest {

	@Test
	void givenRanks_thenCountedPerRank() {
		Distribution d = Distribution.of(4, List.of(1, 3, 3, 4, 3));
		assertThat(d.counts()).containsExactly(1, 0, 3, 1);
		assertThat(d.rated()).isEqualTo(5);
		assertThat(d.count(3)).isEqualTo(3);
		assertThat(d.count(2)).isZero();
	}

	@Test
	void givenNoRanks_thenNothingRated() {
		Distribution d = Distribution.of(4, List.of());
		assertThat(d.rated()).isZero();
		assertThat(d.counts()).containsExactly(0, 0, 0, 0);
	}

	@Test
	void givenRankOutsideTheScale_thenRejected() {
		assertThatThrownBy(() -> Distribution.of(4, List.of(1, 0))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Distribution.of(4, List.of(5))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Distribution.of(4, List.of(2)).count(5)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void givenCountsNotMatchingTheScale_thenRejected() {
		assertThatThrownBy(() -> new Distribution(4, new int[] { 1, 2 })).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Distribution(2, new int[] { 1, -1 })).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Distribution(0, new int[0])).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void givenArraysChangedFromOutside_thenDistributionUnchanged() {
		int[] counts = { 1, 2, 3 };
		Distribution d = new Distribution(3, counts);
		counts[0] = 99;
		d.counts()[1] = 99;
		assertThat(d.counts()).containsExactly(1, 2, 3);
	}

	@Test
	void givenSameCounts_thenEqualWithSameHashCodeAndReadableText() {
		Distribution a = Distribution.of(3, List.of(1, 2, 2));
		Distribution b = new Distribution(3, new int[] { 1, 2, 0 });
		assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
		assertThat(a).isNotEqualTo(new Distribution(4, new int[] { 1, 2, 0, 0 }));
		assertThat(a).hasToString("Distribution[levels=3, counts=[1, 2, 0]]");
	}

}
