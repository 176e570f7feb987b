package org.accord.core.document;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accord.core.document.AssessmentForm.Area;
import org.accord.core.document.AssessmentForm.RoundFigures;
import org.accord.core.document.AssessmentForm.Row;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * A stacked bar per criterion showing how the board's ratings fell in the round each criterion ended on.
 *
 * <p>A criterion whose distribution is too small to show keeps its place on the axis, labelled "(too few)" and with
 * no bar, so that the criteria around it are not read as neighbours and nothing hidden can be read off a bar. A
 * criterion nobody rated is left out.
 */
public final class DistributionChart {

	/**
	 * ColorBrewer's four-class PuOr, orange to purple: an ordinal scale still reads in order, each category is told
	 * from its neighbour by hue as well as lightness, and the scheme is safe for the common colour-blindnesses.
	 */
	private static final Color[] STOPS = { new Color(0xE6, 0x61, 0x01), new Color(0xFD, 0xB8, 0x63),
			new Color(0xB2, 0xAB, 0xD2), new Color(0x5E, 0x3C, 0x99) };

	static final String TOO_FEW = " (too few)";

	private static final int ROTATE_LABELS_FROM = 16;

	private DistributionChart() {
	}

	public static byte[] png(AssessmentForm form, int width, int height) {
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("A chart needs a positive size, got " + width + "x" + height);
		}
		if (categories(form).isEmpty()) {
			return EmptyChart.png(Text.of(form.title()), width, height);
		}
		try {
			return BitmapEncoder.getBitmapBytes(chart(form, width, height), BitmapFormat.PNG);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not render the distribution chart", e);
		}
	}

	/** The chart before rendering; it has no series, and XChart cannot paint it, when {@link #categories} is empty. */
	static CategoryChart chart(AssessmentForm form, int width, int height) {
		List<String> levels = Figures.levels(form);
		CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(Text.of(form.title()))
				.xAxisTitle("Criterion").yAxisTitle("Ratings").build();
		chart.getStyler().setStacked(true);
		chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
		chart.getStyler().setChartBackgroundColor(Color.WHITE);
		List<String> categories = categories(form);
		if (categories.isEmpty()) {
			// XChart refuses a series without data, so leave it seriesless rather than add empty ones.
			return chart;
		}
		if (categories.size() >= ROTATE_LABELS_FROM) {
			chart.getStyler().setXAxisLabelRotation(90);
		}
		Map<String, List<Integer>> series = series(form);
		int index = 0;
		for (Map.Entry<String, List<Integer>> level : series.entrySet()) {
			CategorySeries bars = chart.addSeries(level.getKey(), categories, level.getValue());
			bars.setFillColor(shade(index++, levels.size()));
		}
		return chart;
	}

	/**
	 * The criteria drawn, left to right: every one that was rated, those with too few ratings marked so; none at all
	 * when no criterion has counts to show.
	 */
	static List<String> categories(AssessmentForm form) {
		List<String> categories = new ArrayList<>();
		boolean any = false;
		for (Area area : form.areas()) {
			for (Row row : area.rows()) {
				if (Figures.lastRound(row).isPresent()) {
					boolean shown = shownCounts(form, row) != null;
					any |= shown;
					categories.add(Text.of(row.criterionId()) + (shown ? "" : TOO_FEW));
				}
			}
		}
		return any ? categories : List.of();
	}

	/** Per level, lowest first, the count of each drawn criterion, in the order of {@link #categories}. */
	static Map<String, List<Integer>> series(AssessmentForm form) {
		List<String> levels = Figures.levels(form);
		Map<String, List<Integer>> series = new LinkedHashMap<>();
		levels.forEach(level -> series.put(level, new ArrayList<>()));
		for (Area area : form.areas()) {
			for (Row row : area.rows()) {
				if (Figures.lastRound(row).isEmpty()) {
					continue;
				}
				// Too few ratings: the criterion's place, with no bar.
				int[] counts = shownCounts(form, row);
				for (int level = 0; level < levels.size(); level++) {
					series.get(levels.get(level)).add(counts == null ? 0 : counts[level]);
				}
			}
		}
		return series;
	}

	private static int[] shownCounts(AssessmentForm form, Row row) {
		RoundFigures last = Figures.lastRound(row).orElse(null);
		return last == null ? null : Figures.counts(form, row, last);
	}

	/** The category's colour: the four stops themselves for a four-level scale, and between them for another. */
	static Color shade(int index, int of) {
		double at = (of <= 1 ? 1 : (double) index / (of - 1)) * (STOPS.length - 1);
		int from = Math.min(STOPS.length - 2, (int) Math.floor(at));
		double t = at - from;
		Color a = STOPS[from];
		Color b = STOPS[from + 1];
		return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t), mix(a.getBlue(), b.getBlue(), t));
	}

	private static int mix(int from, int to, double t) {
		return (int) Math.round(from + (to - from) * t);
	}

}
