package org.accord.core.stats;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Krippendorff's alpha, the reliability of the board's ratings across criteria, with missing ratings allowed, by
 * the coincidence-matrix method of "Computing Krippendorff's Alpha-Reliability" (2011):
 * alpha = 1 - (n - 1) sum_ck o_ck delta2_ck / sum_ck n_c n_k delta2_ck.
 *
 * <p>Each element of {@code units} is one unit (a criterion) holding the rank each rater gave it, 0 for missing.
 * The result is empty when no unit has two values to pair, or when every pairable value is the same so there is no
 * expected disagreement to measure against.
 */
public final class KrippendorffAlpha {

	private KrippendorffAlpha() {
	}

	/** Alpha for ranks on an ordinal scale: the one that fits the board's levels. */
	public static OptionalDouble ordinal(int levels, List<int[]> units) {
		return alpha(CoincidenceMatrix.of(levels, units), Metric.ORDINAL);
	}

	/** Alpha treating ranks as unordered categories, every mismatch equally bad. */
	public static OptionalDouble nominal(int levels, List<int[]> units) {
		return alpha(CoincidenceMatrix.of(levels, units), Metric.NOMINAL);
	}

	/** Alpha treating ranks as equally spaced numbers. */
	public static OptionalDouble interval(int levels, List<int[]> units) {
		return alpha(CoincidenceMatrix.of(levels, units), Metric.INTERVAL);
	}

	private static OptionalDouble alpha(CoincidenceMatrix m, Metric metric) {
		double n = m.total();
		if (n == 0) {
			return OptionalDouble.empty();
		}
		double observed = 0;
		double expected = 0;
		for (int c = 1; c <= m.levels(); c++) {
			for (int k = 1; k <= m.levels(); k++) {
				double delta2 = metric.delta2(m, c, k);
				observed += m.coincidences(c, k) * delta2;
				expected += m.marginal(c) * m.marginal(k) * delta2;
			}
		}
		if (expected == 0) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(1 - (n - 1) * observed / expected);
	}

	private enum Metric {

		NOMINAL {
			@Override
			double delta2(CoincidenceMatrix m, int c, int k) {
				return c == k ? 0 : 1;
			}
		},

		/** Distance is how many pairable values lie between c and k, each end counting half, so it follows how the board actually used the scale. */
		ORDINAL {
			@Override
			double delta2(CoincidenceMatrix m, int c, int k) {
				if (c == k) {
					return 0;
				}
				double between = 0;
				for (int g = Math.min(c, k); g <= Math.max(c, k); g++) {
					between += m.marginal(g);
				}
				double distance = between - (m.marginal(c) + m.marginal(k)) / 2;
				return distance * distance;
			}
		},

		INTERVAL {
			@Override
			double delta2(CoincidenceMatrix m, int c, int k) {
				return (double) (c - k) * (c - k);
			}
		};

		abstract double delta2(CoincidenceMatrix m, int c, int k);

	}

}
