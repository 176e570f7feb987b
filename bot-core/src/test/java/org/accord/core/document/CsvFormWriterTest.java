package org.accord.core.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.accord.core.document.SampleForms.LEVELS;
import static org.assertj.core.api.Assertions.assertThat;

class CsvFormWriterTest {

	private static CSVParser parse(byte[] csv) throws IOException {
		return CSVParser.parse(new String(csv, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
	}

	private static CSVRecord recordOf(List<CSVRecord> records, String criterionId, String round) {
		return records.stream()
				.filter(r -> r.get("Criterion").equals(criterionId) && r.get("Round").equals(round))
				.findFirst()
				.orElseThrow();
	}

	@Test
	void givenForm_thenHeaderIsIdentityThenTheRoundsColumns() throws IOException {
		try (CSVParser parser = parse(CsvFormWriter.write(SampleForms.form(false)))) {
			List<String> expected = new ArrayList<>(List.of("Area", "Criterion", "Title", "Agreed category",
					"How agreed", "Round", "Rated"));
			expected.addAll(LEVELS);
			expected.addAll(List.of("Median", "IQR", "Modal share", "Cns", "Status"));
			assertThat(parser.getHeaderNames()).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void givenForm_thenOneRecordPerCriterionPerRound() throws IOException {
		AssessmentForm form = SampleForms.form(false);
		try (CSVParser parser = parse(CsvFormWriter.write(form))) {
			List<CSVRecord> records = parser.getRecords();
			assertThat(records).hasSize(SampleForms.roundCount(form));
			assertThat(records).extracting(r -> r.get("Criterion") + "/" + r.get("Round"))
					.containsExactly("1.1/1", "1.1/2", "1.2/1", "2.1/1");
			assertThat(records).allSatisfy(r -> assertThat(r.isConsistent()).isTrue());
		}
	}

	@Test
	void givenFigures_thenPlainNumbersAndTheRowsOutcome() throws IOException {
		try (CSVParser parser = parse(CsvFormWriter.write(SampleForms.form(false)))) {
			CSVRecord second = recordOf(parser.getRecords(), "1.1", "2");
			assertThat(second.get("Area")).isEqualTo("1 Leadership");
			assertThat(second.get("Agreed category")).isEqualTo("Some success");
			assertThat(second.get("How agreed")).isEqualTo("Agreed in round 2");
			assertThat(LEVELS).extracting(second::get).containsExactly("0", "1", "4", "1");
			assertThat(second.get("Rated")).isEqualTo("6");
			assertThat(second.get("Median")).isEqualTo("3");
			assertThat(second.get("IQR")).isEqualTo("0");
			assertThat(second.get("Modal share")).isEqualTo("0.6667");
			assertThat(second.get("Cns")).isEqualTo("0.75");
			assertThat(second.get("Status")).isEqualTo("agreed");
		}
	}

	@Test
	void givenNullCounts_thenLevelAndFigureCellsAreEmpty() throws IOException {
		try (CSVParser parser = parse(CsvFormWriter.write(SampleForms.form(false)))) {
			CSVRecord hidden = recordOf(parser.getRecords(), "2.1", "1");
			assertThat(LEVELS).extracting(hidden::get).containsOnly("");
			assertThat(hidden.get("Rated")).isEqualTo("2");
			assertThat(hidden.get("Median")).isEmpty();
		}
	}

	@Test
	void givenDisputedCriterion_thenAgreedCategoryIsEmpty() throws IOException {
		try (CSVParser parser = parse(CsvFormWriter.write(SampleForms.form(false)))) {
			CSVRecord disputed = recordOf(parser.getRecords(), "1.2", "1");
			assertThat(disputed.get("Agreed category")).isEmpty();
			assertThat(disputed.get("How agreed")).isEqualTo("Disputed");
		}
	}

	@Test
	void givenQuotesCommasAndNonAscii_thenTheyRoundTripAsRfc4180Utf8() throws IOException {
		byte[] csv = CsvFormWriter.write(SampleForms.form(false));
		String raw = new String(csv, StandardCharsets.UTF_8);
		assertThat(raw).contains("\r\n").doesNotStartWith("\uFEFF");
		try (CSVParser parser = parse(csv)) {
			CSVRecord hidden = recordOf(parser.getRecords(), "2.1", "1");
			assertThat(hidden.get("How agreed")).isEqualTo("Settled by the chair: the audit is due to be refreshed");
		}
		AssessmentForm.Row quoted = new AssessmentForm.Row("1.1", "Vision, \"shared\" \u2014 and owned", "Doing well",
				"Agreed in round 1", null, null, SampleForms.AGREED.rounds());
		try (CSVParser parser = parse(CsvFormWriter.write(SampleForms.form(false, List.of(quoted), List.of())))) {
			assertThat(parser.getRecords().get(0).get("Title")).isEqualTo("Vision, \"shared\" \u2014 and owned");
		}
	}

	@Test
	void givenUnratedCriterion_thenOneRowWithEmptyRoundColumns() throws IOException {
		AssessmentForm form = SampleForms.withUnrated();
		try (CSVParser parser = parse(CsvFormWriter.write(form))) {
			List<CSVRecord> records = parser.getRecords();
			assertThat(records).hasSize(SampleForms.roundCount(form) + 1);
			CSVRecord unrated = recordOf(records, "2.2", "");
			assertThat(unrated.get("Title")).isEqualTo("The strategy has measurable targets");
			assertThat(unrated.get("Rated")).isEmpty();
			assertThat(unrated.get("Status")).isEmpty();
		}
	}

	@Test
	void givenTextThatASpreadsheetWouldRunAsAFormula_thenItIsWrittenAsText() {
		assertThat(CsvFormWriter.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(CsvFormWriter.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvFormWriter.safe("Settled by the chair")).isEqualTo("Settled by the chair");
	}

}
