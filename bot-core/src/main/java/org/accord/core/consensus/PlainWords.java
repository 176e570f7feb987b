package org.accord.core.consensus;

import java.util.List;

import org.accord.core.domain.Framework;
import org.accord.core.stats.CriterionFigures;

/** The figures as a chair would say them to the board. */
public final class PlainWords {

	public static final String TOO_FEW = "too few answers to show";

	private PlainWords() {
	}

	public static String agreement(Framework framework, CriterionResult result) {
		if (!result.shown()) {
			return TOO_FEW;
		}
		CriterionFigures f = result.figures();
		List<String> labels = framework.scale().levels().stream().map(l -> l.label()).toList();
		return switch (f.status()) {
			case NO_RATINGS -> "no ratings";
			case AGREED -> (f.modalShare().orElse(0) >= 0.9 ? "strong agreement on " : "agreement on ")
					+ labels.get(f.modalRanks().get(0) - 1);
			case DISPUTED -> disputed(f, labels);
		};
	}

	private static String disputed(CriterionFigures f, List<String> labels) {
		int[] counts = f.distribution().counts();
		int first = -1;
		int second = -1;
		for (int i = 0; i < counts.length; i++) {
			if (first < 0 || counts[i] > counts[first]) {
				second = first;
				first = i;
			}
			else if (second < 0 || counts[i] > counts[second]) {
				second = i;
			}
		}
		double together = (counts[first] + counts[second]) / (double) f.rated();
		if (Math.abs(first - second) == 1 && counts[second] > 0 && together >= 0.7) {
			int low = Math.min(first, second);
			return "split between " + labels.get(low) + " and " + labels.get(low + 1);
		}
		return f.consensus().orElse(0) < 0.5 ? "wide disagreement" : "no clear agreement";
	}

	/** "0 · 2 · 2 · 1" under the level labels, lowest first. */
	public static String counts(Framework framework, CriterionResult result) {
		if (!result.shown()) {
			return TOO_FEW;
		}
		StringBuilder text = new StringBuilder();
		var levels = framework.scale().levels();
		for (int i = 0; i < levels.size(); i++) {
			if (i > 0) {
				text.append(" · ");
			}
			text.append(levels.get(i).label()).append(' ').append(result.figures().distribution().count(i + 1));
		}
		return text.toString();
	}

	/** What Krippendorff's alpha means for a board, in Krippendorff's own bands. */
	public static String alpha(double alpha) {
		return String.format(java.util.Locale.ROOT, "%.2f (%s)", alpha, alphaWords(alpha));
	}

	/** Krippendorff's bands without the figure. */
	public static String alphaWords(double alpha) {
		return alpha >= 0.8 ? "members rate alike" : alpha >= 0.667 ? "members mostly rate alike"
				: alpha > 0.2 ? "members often rate differently" : "members rate very differently";
	}

}
