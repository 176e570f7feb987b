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
	void givenNullCounts_thenTheCriterionIsNotACategory() {
		assertThat(DistributionChart.categories(SampleForms.form(false))).containsExactly("1.1", "1.2");
	}

	@Test
	void givenNullCounts_thenNoSeriesCarriesAValueForIt() {
		Map<String, List<Integer>> series = DistributionChart.series(SampleForms.form(false));
		assertThat(series.keySet()).containsExactlyElementsOf(LEVELS);
		assertThat(series.values()).allSatisfy(values -> assertThat(values).hasSize(2));
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
				.containsExactly("1.1", "1.2"));
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
	void givenUnratedCriterion_thenItIsLeftOutToo() {
		assertThat(DistributionChart.categories(SampleForms.withUnrated())).containsExactly("1.1", "1.2");
	}

	@Test
	void givenNonPositiveSize_thenRefused() {
		assertThatThrownBy(() -> DistributionChart.png(SampleForms.form(false), 0, 300))
				.isInstanceOf(IllegalArgumentException.class);
	}

}
