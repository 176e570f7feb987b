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
 * <p>Criteria whose distribution is too small to show are left out of the chart altogether: a zero-height bar
 * would read as "nobody rated it", and any bar at all would invite reading the hidden figures off its axis.
 */
public final class DistributionChart {

	/** Lightest to darkest blue: an ordinal scale reads as one, and blues survive colour-blindness and greyscale. */
	private static final Color LOWEST = new Color(0xC6, 0xDB, 0xEF);
	private static final Color HIGHEST = new Color(0x08, 0x30, 0x6B);

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

	/** The criteria drawn, left to right: those whose last round has counts to show. */
	static List<String> categories(AssessmentForm form) {
		List<String> categories = new ArrayList<>();
		for (Area area : form.areas()) {
			for (Row row : area.rows()) {
				if (shownCounts(form, row) != null) {
					categories.add(Text.of(row.criterionId()));
				}
			}
		}
		return categories;
	}

	/** Per level, lowest first, the count of each drawn criterion, in the order of {@link #categories}. */
	static Map<String, List<Integer>> series(AssessmentForm form) {
		List<String> levels = Figures.levels(form);
		Map<String, List<Integer>> series = new LinkedHashMap<>();
		levels.forEach(level -> series.put(level, new ArrayList<>()));
		for (Area area : form.areas()) {
			for (Row row : area.rows()) {
				int[] counts = shownCounts(form, row);
				if (counts != null) {
					for (int level = 0; level < levels.size(); level++) {
						series.get(levels.get(level)).add(counts[level]);
					}
				}
			}
		}
		return series;
	}

	private static int[] shownCounts(AssessmentForm form, Row row) {
		RoundFigures last = Figures.lastRound(row).orElse(null);
		return last == null ? null : Figures.counts(form, row, last);
	}

	private static Color shade(int index, int of) {
		double t = of <= 1 ? 1 : (double) index / (of - 1);
		return new Color(mix(LOWEST.getRed(), HIGHEST.getRed(), t), mix(LOWEST.getGreen(), HIGHEST.getGreen(), t),
				mix(LOWEST.getBlue(), HIGHEST.getBlue(), t));
	}

	private static int mix(int from, int to, double t) {
		return (int) Math.round(from + (to - from) * t);
	}

}
