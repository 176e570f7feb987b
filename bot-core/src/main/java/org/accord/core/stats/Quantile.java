package org.accord.core.stats;

/**
 * Sample quantiles by Hyndman and Fan's type 7, the default of R's {@code quantile()} and the method of Excel's
 * QUARTILE.INC / PERCENTILE.INC, chosen so a board member can reproduce every figure in a spreadsheet.
 * With the n ratings sorted as x[0..n-1], h = (n - 1)p and Q(p) = x[floor(h)] + (h - floor(h))(x[floor(h)+1] - x[floor(h)]).
 */
final class Quantile {

	private Quantile() {
	}

	/** Requires at least one rating. For p a multiple of 1/4 every step is exact in double at any realistic n. */
	static double type7(Distribution d, double p) {
		int n = d.rated();
		if (n == 0) {
			throw new IllegalArgumentException("No ratings to take a quantile of");
		}
		double h = (n - 1) * p;
		int low = (int) Math.floor(h);
		double fraction = h - low;
		double below = d.rankAt(low);
		// Reading x[low + 1] when the fraction is 0 would run past the end at p = 1.
		if (fraction == 0) {
			return below;
		}
		return below + fraction * (d.rankAt(low + 1) - below);
	}

}
