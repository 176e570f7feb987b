package org.accord.core.stats;

import java.util.List;

/**
 * Krippendorff's coincidence matrix over ranks 1..levels: o_ck = sum over units u of (number of c-k pairs of values
 * in u) / (m_u - 1), counting ordered pairs of different raters. Units with fewer than two values are not pairable
 * and add nothing, which is how missing ratings are handled without dropping whole raters or units.
 */
final class CoincidenceMatrix {

	private final int levels;
	private final double[][] coincidences;
	private final double[] marginals;
	private final double total;

	private CoincidenceMatrix(int levels, double[][] coincidences) {
		this.levels = levels;
		this.coincidences = coincidences;
		this.marginals = new double[levels + 1];
		double sum = 0;
		for (int c = 1; c <= levels; c++) {
			for (int k = 1; k <= levels; k++) {
				marginals[c] += coincidences[c][k];
			}
			sum += marginals[c];
		}
		this.total = sum;
	}

	/** Each unit holds one slot per rater, 0 for a missing rating. */
	static CoincidenceMatrix of(int levels, List<int[]> units) {
		if (levels < 1) {
			throw new IllegalArgumentException("A scale needs at least one level, got " + levels);
		}
		// Indexed 1..levels so the code reads like the paper; row and column 0 stay empty.
		double[][] o = new double[levels + 1][levels + 1];
		for (int[] unit : units) {
			int[] valuesAt = new int[levels + 1];
			int pairable = 0;
			for (int rank : unit) {
				if (rank < 0 || rank > levels) {
					throw new IllegalArgumentException("Rank " + rank + " is outside 0.." + levels + " (0 = missing)");
				}
				if (rank > 0) {
					valuesAt[rank]++;
					pairable++;
				}
			}
			if (pairable < 2) {
				continue;
			}
			for (int c = 1; c <= levels; c++) {
				for (int k = 1; k <= levels; k++) {
					// A value is never paired with itself, hence the one fewer partner on the diagonal.
					int pairs = valuesAt[c] * (valuesAt[k] - (c == k ? 1 : 0));
					o[c][k] += (double) pairs / (pairable - 1);
				}
			}
		}
		return new CoincidenceMatrix(levels, o);
	}

	int levels() {
		return levels;
	}

	double coincidences(int c, int k) {
		return coincidences[c][k];
	}

	/** n_c, how often value c was paired. */
	double marginal(int c) {
		return marginals[c];
	}

	/** n, the number of pairable values. */
	double total() {
		return total;
	}

}
