package org.accord.core.stats;

import java.util.Arrays;
import java.util.List;

/**
 * How many ratings a criterion received at each rank of a scale with {@code levels} levels; {@code counts[i]}
 * holds the ratings at rank {@code i + 1}. Missing answers are simply not counted.
 */
public record Distribution(int levels, int[] counts) {

	public Distribution {
		if (levels < 1) {
			throw new IllegalArgumentException("A scale needs at least one level, got " + levels);
		}
		if (counts == null || counts.length != levels) {
			throw new IllegalArgumentException("Expected " + levels + " counts, got "
					+ (counts == null ? "none" : String.valueOf(counts.length)));
		}
		counts = counts.clone();
		for (int count : counts) {
			if (count < 0) {
				throw new IllegalArgumentException("Counts cannot be negative: " + Arrays.toString(counts));
			}
		}
	}

	/** Tallies ranks 1..levels; anything else is refused rather than silently dropped, since a rank outside the scale is a bug upstream. */
	public static Distribution of(int levels, List<Integer> ranks) {
		if (levels < 1) {
			throw new IllegalArgumentException("A scale needs at least one level, got " + levels);
		}
		int[] counts = new int[levels];
		for (Integer rank : ranks) {
			if (rank == null || rank < 1 || rank > levels) {
				throw new IllegalArgumentException("Rank " + rank + " is outside 1.." + levels);
			}
			counts[rank - 1]++;
		}
		return new Distribution(levels, counts);
	}

	/** A copy, so the record stays immutable. */
	@Override
	public int[] counts() {
		return counts.clone();
	}

	public int rated() {
		int total = 0;
		for (int count : counts) {
			total += count;
		}
		return total;
	}

	public int count(int rank) {
		if (rank < 1 || rank > levels) {
			throw new IllegalArgumentException("Rank " + rank + " is outside 1.." + levels);
		}
		return counts[rank - 1];
	}

	/** The rank of the rating at a 0-based position in the sorted ratings, read off the counts without expanding them. */
	int rankAt(int index) {
		int seen = 0;
		for (int i = 0; i < levels; i++) {
			seen += counts[i];
			if (index < seen) {
				return i + 1;
			}
		}
		throw new IndexOutOfBoundsException("Index " + index + " with only " + seen + " ratings");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Distribution that && levels == that.levels && Arrays.equals(counts, that.counts);
	}

	@Override
	public int hashCode() {
		return 31 * levels + Arrays.hashCode(counts);
	}

	@Override
	public String toString() {
		return "Distribution[levels=" + levels + ", counts=" + Arrays.toString(counts) + "]";
	}

}
