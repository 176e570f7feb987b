package org.accord.core.stats;

/**
 * Tastle and Wierman's consensus measure for ordinal data (2007, "Consensus and dissention: A measure of ordinal
 * dispersion", Int. J. Approximate Reasoning 45:531-545):
 * Cns(X) = 1 + sum_i p_i log2(1 - |X_i - mu_X| / d_X), with p_i the share of ratings at rank X_i, mu_X their mean
 * and d_X = levels - 1, the width of the whole scale rather than of the ranks actually used, so that 1 means
 * everyone on one level and 0 means the board split evenly between the two ends.
 */
final class TastleWierman {

	private TastleWierman() {
	}

	/** Requires at least one rating. */
	static double consensus(Distribution d) {
		int n = d.rated();
		if (n == 0) {
			throw new IllegalArgumentException("No ratings to measure consensus of");
		}
		// A one-level scale has no width to disagree across; every rating coincides.
		if (d.levels() == 1) {
			return 1.0;
		}
		long sum = 0;
		for (int rank = 1; rank <= d.levels(); rank++) {
			sum += (long) rank * d.count(rank);
		}
		double mean = (double) sum / n;
		double width = d.levels() - 1;
		double total = 1.0;
		for (int rank = 1; rank <= d.levels(); rank++) {
			int count = d.count(rank);
			// Skipping empty ranks also keeps log2(0) out: only an empty rank can lie a full width from the mean.
			if (count > 0) {
				double share = (double) count / n;
				total += share * log2(1 - Math.abs(rank - mean) / width);
			}
		}
		return total;
	}

	/** Powers of two are answered exactly so the published boundary cases (0 and 1) come out exact, not 1e-17 off. */
	static double log2(double x) {
		int exponent = Math.getExponent(x);
		if (x == Math.scalb(1.0, exponent)) {
			return exponent;
		}
		return Math.log(x) / Math.log(2);
	}

}
