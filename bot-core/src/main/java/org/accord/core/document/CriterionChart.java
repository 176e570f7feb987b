package org.accord.core.document;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * One criterion's distribution as bars, lowest category first, for a screen a room reads from a distance: one
 * dark colour on white (its contrast well above WCAG's 3:1 for graphics), each bar labelled with its count in white,
 * so no shade has to be told from another.
 */
public final class CriterionChart {

	private static final Color BAR = new Color(0x08, 0x30, 0x6B);

	private CriterionChart() {
	}

	/** @param counts per category, in the order of {@code categories}; the caller shows them only with enough ratings */
	public static byte[] png(List<String> categories, List<Integer> counts, int width, int height) {
		if (categories.isEmpty() || categories.size() != counts.size()) {
			throw new IllegalArgumentException("A chart needs a count for each category");
		}
		CategoryChart chart = new CategoryChartBuilder().width(width).height(height).build();
		chart.getStyler().setLegendVisible(false);
		chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
		chart.getStyler().setChartBackgroundColor(Color.WHITE);
		chart.getStyler().setPlotBackgroundColor(Color.WHITE);
		chart.getStyler().setPlotBorderVisible(false);
		chart.getStyler().setChartTitleVisible(false);
		chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
		chart.getStyler().setLabelsVisible(true);
		chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
		chart.getStyler().setLabelsFontColor(Color.WHITE);
		chart.getStyler().setLabelsPosition(0.5);
		chart.getStyler().setYAxisDecimalPattern("#");
		chart.getStyler().setYAxisMin(0.0);
		chart.getStyler().setYAxisMax((double) Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(1)) + 1);
		chart.getStyler().setAvailableSpaceFill(0.6);
		chart.addSeries("Ratings", categories.stream().map(Text::of).toList(), counts).setFillColor(BAR);
		try {
			return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not render the criterion's chart", e);
		}
	}

}
