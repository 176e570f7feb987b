package org.accord.core.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.accord.core.document.AssessmentForm.Row;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

import static org.accord.core.document.SampleForms.HIDDEN;
import static org.accord.core.document.SampleForms.LEVELS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DistributionChartTest {

	static {
		System.setProperty("java.awt.headless", "true");
	}

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static BufferedImage decode(byte[] png) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(png));
	}

	@Test
	void givenForm_thenPngOfTheRequestedSize() throws IOException {
		byte[] png = DistributionChart.png(SampleForms.form(false), 800, 400);
		assertThat(png).startsWith(PNG_SIGNATURE);
		BufferedImage image = decode(png);
		assertThat(image.getWidth()).isEqualTo(800);
		assertThat(image.getHeight()).isEqualTo(400);
	}

	@Test
	void givenTooFewRatings_thenTheCriterionKeepsItsPlaceMarkedSo_withNoBar() {
		assertThat(DistributionChart.categories(SampleForms.form(false))).containsExactly("1.1", "1.2", "2.1 (too few)");
		Map<String, List<Integer>> series = DistributionChart.series(SampleForms.form(false));
		assertThat(LEVELS).extracting(level -> series.get(level).get(2)).containsOnly(0);
	}

	@Test
	void givenFourCategories_thenEachHasAColourOfItsOwnHue() {
		List<java.awt.Color> colours = java.util.stream.IntStream.range(0, 4).mapToObj(i -> DistributionChart.shade(i, 4)).toList();
		List<Float> hues = colours.stream().map(c -> java.awt.Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[0]).toList();
		// Orange for the lower two, purple for the upper two: told apart by hue, not by lightness alone.
		assertThat(hues.get(0)).isLessThan(0.2f);
		assertThat(hues.get(3)).isBetween(0.6f, 0.8f);
		for (int i = 0; i + 1 < colours.size(); i++) {
			java.awt.Color a = colours.get(i);
			java.awt.Color b = colours.get(i + 1);
			double distance = Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
					+ Math.pow(a.getBlue() - b.getBlue(), 2));
			assertThat(distance).as("neighbours " + i + " and " + (i + 1)).isGreaterThan(80);
		}
	}

	@Test
	void givenNullCounts_thenNoSeriesCarriesAValueForIt() {
		Map<String, List<Integer>> series = DistributionChart.series(SampleForms.form(false));
		assertThat(series.keySet()).containsExactlyElementsOf(LEVELS);
		assertThat(series.values()).allSatisfy(values -> assertThat(values).hasSize(3));
	}

	@Test
	void givenSeveralRounds_thenTheLastRoundsCountsAreDrawn() {
		Map<String, List<Integer>> series = DistributionChart.series(SampleForms.form(false));
		assertThat(LEVELS).extracting(level -> series.get(level).get(0)).containsExactly(0, 1, 4, 1);
		assertThat(LEVELS).extracting(level -> series.get(level).get(1)).containsExactly(2, 1, 2, 1);
	}

	@Test
	void givenChart_thenOneSeriesPerLevelStackedAndTitledByTheAssessment() {
		CategoryChart chart = DistributionChart.chart(SampleForms.form(false), 800, 400);
		assertThat(chart.getTitle()).isEqualTo("Self-assessment 2002");
		assertThat(chart.getStyler().isStacked()).isTrue();
		assertThat(chart.getSeriesMap().keySet()).containsExactlyElementsOf(LEVELS);
		assertThat(chart.getSeriesMap().values()).allSatisfy(series -> assertThat(List.<Object>copyOf(series.getXData()))
				.containsExactly("1.1", "1.2", "2.1 (too few)"));
	}

	@Test
	void givenEveryDistributionHidden_thenStillAPngButNoSeries() throws IOException {
		AssessmentForm form = SampleForms.form(false, List.of(HIDDEN), List.<Row>of());
		assertThat(DistributionChart.categories(form)).isEmpty();
		assertThat(DistributionChart.chart(form, 400, 300).getSeriesMap()).isEmpty();
		byte[] png = DistributionChart.png(form, 400, 300);
		assertThat(png).startsWith(PNG_SIGNATURE);
		assertThat(decode(png).getWidth()).isEqualTo(400);
	}

	@Test
	void givenUnratedCriterion_thenItIsLeftOut() {
		assertThat(DistributionChart.categories(SampleForms.withUnrated())).containsExactly("1.1", "1.2", "2.1 (too few)");
	}

	@Test
	void givenNonPositiveSize_thenRefused() {
		assertThatThrownBy(() -> DistributionChart.png(SampleForms.form(false), 0, 300))
				.isInstanceOf(IllegalArgumentException.class);
	}

}
