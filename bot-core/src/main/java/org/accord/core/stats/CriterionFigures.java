package org.accord.core.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The consensus figures for one criterion, worked out from its distribution of ratings. Every figure is empty
 * when nobody rated the criterion, rather than a zero that would read as a real result.
 *
 * <p>Quartiles follow Hyndman and Fan's type 7 (R's default {@code quantile()}, Excel's QUARTILE.INC): with the
 * n ratings sorted as x[0..n-1], h = (n - 1)p and Q(p) = x[floor(h)] + (h - floor(h))(x[floor(h)+1] - x[floor(h)]).
 * The median is the middle rating, or the mean of the two middle ratings for an even count, so it can fall on x.5.
 *
 * <p>Consensus is Tastle and Wierman's Cns, measured across the full width of the scale (levels - 1).
 *
 * <p>The proposed rank is the modal rank when the criterion is {@link Status#AGREED}, because then enough of the
 * board already stands on one level; otherwise it is the median, the rank no more than half the board sits on
 * either side of. A median falling exactly between two levels proposes nothing and flags the tie, so the board
 * decides it instead of an arbitrary rounding rule.
 */
public final class CriterionFigures {

	/** Whether a criterion's ratings amount to agreement. */
	public enum Status {
		AGREED, DISPUTED, NO_RATINGS
	}

	private static final int[] NO_TIE = new int[0];

	private final Distribution distribution;
	private final OptionalDouble median;
	private final OptionalDouble lowerQuartile;
	private final OptionalDouble upperQuartile;
	private final OptionalDouble modalShare;
	private final List<Integer> modalRanks;
	private final OptionalDouble consensus;
	private final Status status;
	private final OptionalInt proposedRank;
	private final int[] tiedBetween;

	private CriterionFigures(Distribution distribution, double agreementThreshold) {
		this.distribution = distribution;
		int n = distribution.rated();
		this.modalRanks = modalRanks(distribution);
		if (n == 0) {
			median = lowerQuartile = upperQuartile = modalShare = consensus = OptionalDouble.empty();
			status = Status.NO_RATINGS;
			proposedRank = OptionalInt.empty();
			tiedBetween = NO_TIE;
			return;
		}
		median = OptionalDouble.of((distribution.rankAt((n - 1) / 2) + distribution.rankAt(n / 2)) / 2.0);
		lowerQuartile = OptionalDouble.of(Quantile.type7(distribution, 0.25));
		upperQuartile = OptionalDouble.of(Quantile.type7(distribution, 0.75));
		double share = (double) distribution.count(modalRanks.get(0)) / n;
		modalShare = OptionalDouble.of(share);
		consensus = OptionalDouble.of(TastleWierman.consensus(distribution));
		// Two modes both past the threshold (possible only at a threshold of 0.5 or below) is a split, not agreement.
		status = share >= agreementThreshold && modalRanks.size() == 1 ? Status.AGREED : Status.DISPUTED;
		double middle = median.getAsDouble();
		if (status == Status.AGREED) {
			proposedRank = OptionalInt.of(modalRanks.get(0));
			tiedBetween = NO_TIE;
		} else if (middle == Math.floor(middle)) {
			proposedRank = OptionalInt.of((int) middle);
			tiedBetween = NO_TIE;
		} else {
			proposedRank = OptionalInt.empty();
			tiedBetween = new int[] { (int) Math.floor(middle), (int) Math.ceil(middle) };
		}
	}

	/**
	 * @param agreementThreshold the modal share, from 0 to 1, at which a criterion counts as agreed
	 */
	public static CriterionFigures of(Distribution d, double agreementThreshold) {
		if (d == null) {
			throw new IllegalArgumentException("No distribution given");
		}
		if (!(agreementThreshold >= 0 && agreementThreshold <= 1)) {
			throw new IllegalArgumentException("Agreement threshold must lie in 0..1, got " + agreementThreshold);
		}
		return new CriterionFigures(d, agreementThreshold);
	}

	private static List<Integer> modalRanks(Distribution d) {
		int largest = 0;
		for (int rank = 1; rank <= d.levels(); rank++) {
			largest = Math.max(largest, d.count(rank));
		}
		List<Integer> ranks = new ArrayList<>();
		// With no ratings every rank would "hold" the largest count of 0; that is no mode at all.
		if (largest > 0) {
			for (int rank = 1; rank <= d.levels(); rank++) {
				if (d.count(rank) == largest) {
					ranks.add(rank);
				}
			}
		}
		return List.copyOf(ranks);
	}

	public Distribution distribution() {
		return distribution;
	}

	public int rated() {
		return distribution.rated();
	}

	public OptionalDouble median() {
		return median;
	}

	public OptionalDouble lowerQuartile() {
		return lowerQuartile;
	}

	public OptionalDouble upperQuartile() {
		return upperQuartile;
	}

	public OptionalDouble interquartileRange() {
		if (lowerQuartile.isEmpty()) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(upperQuartile.getAsDouble() - lowerQuartile.getAsDouble());
	}

	/** The share of ratings on the most popular rank. */
	public OptionalDouble modalShare() {
		return modalShare;
	}

	/** Every rank holding the largest count, lowest first; empty when nobody rated. */
	public List<Integer> modalRanks() {
		return modalRanks;
	}

	/** Tastle and Wierman's Cns: 1 when all ratings share a level, 0 when split evenly between the two ends. */
	public OptionalDouble consensus() {
		return consensus;
	}

	public Status status() {
		return status;
	}

	/** The modal rank when agreed, otherwise the median; empty when nobody rated or the median falls between two levels. */
	public OptionalInt proposedRank() {
		return proposedRank;
	}

	/** True when the median falls exactly between two levels, so no rank is proposed. */
	public boolean proposalTied() {
		return tiedBetween.length > 0;
	}

	/** The two ranks the median falls between, lower first, when {@link #proposalTied()}; otherwise empty. */
	public int[] tiedBetween() {
		return tiedBetween.clone();
	}

	@Override
	public String toString() {
		return "CriterionFigures[" + distribution + ", status=" + status + ", median=" + median + ", consensus="
				+ consensus + ", proposedRank=" + proposedRank + ", tiedBetween=" + Arrays.toString(tiedBetween) + "]";
	}

}
