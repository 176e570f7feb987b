package org.accord.core.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.accord.core.document.AssessmentForm.Row;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.accord.core.document.SampleForms.AGREED;
import static org.accord.core.document.SampleForms.DISPUTED;
import static org.accord.core.document.SampleForms.HIDDEN;
import static org.accord.core.document.SampleForms.LEVELS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxFormWriterTest {

	private static XWPFDocument read(AssessmentForm form) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(DocxFormWriter.write(form)));
	}

	private static String text(XWPFDocument document) throws IOException {
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private static XWPFTable tableOf(XWPFDocument document, Row row) {
		return document.getTables().stream()
				.filter(table -> table.getRow(0).getCell(0).getText().startsWith(row.criterionId() + " "))
				.findFirst()
				.orElseThrow();
	}

	private static List<Integer> markedColumns(XWPFTable table) {
		XWPFTableRow categories = table.getRow(DocxCriterionTable.CATEGORY_ROW);
		return IntStream.range(0, categories.getTableCells().size())
				.filter(column -> categories.getCell(column).getParagraphs().stream()
						.anyMatch(p -> p.getText().equals(DocxCriterionTable.MARK)))
				.boxed()
				.toList();
	}

	private static String headerXml(XWPFDocument document) {
		return document.getHeaderList().stream().map(header -> header._getHdrFtr().xmlText())
				.collect(Collectors.joining());
	}

	@Test
	void givenForm_thenTitleBlockNamesPartnershipAssessmentFrameworkAndDate() throws IOException {
		String text = text(read(SampleForms.form(false)));
		assertThat(text).contains("Northtown Community Safety Partnership", "Self-assessment 2002",
				"Crime and Disorder Partnerships Self-Assessment Form", "Date: 26 November 2002");
	}

	@Test
	void givenAreas_thenEachIsANumberedHeading() throws IOException {
		List<String> headings = read(SampleForms.form(false)).getParagraphs().stream()
				.filter(p -> DocxStyles.HEADING_1.equals(p.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
		assertThat(headings).containsExactly("1 Leadership", "2 Policy and strategy", "Endorsements",
				"About the figures");
	}

	@Test
	void givenCriteria_thenEachHasAFiveRowTableHeadedByIdAndTitle() throws IOException {
		XWPFDocument document = read(SampleForms.form(false));
		for (Row row : List.of(AGREED, DISPUTED, HIDDEN)) {
			XWPFTable table = tableOf(document, row);
			assertThat(table.getRows()).hasSize(5);
			assertThat(table.getRow(DocxCriterionTable.TITLE_ROW).getCell(0).getText())
					.isEqualTo(row.criterionId() + " " + row.title());
		}
	}

	@Test
	void givenLevels_thenCategoryRowHeadsOneColumnPerLevel() throws IOException {
		XWPFTableRow categories = tableOf(read(SampleForms.form(false)), AGREED).getRow(DocxCriterionTable.CATEGORY_ROW);
		assertThat(categories.getTableCells()).extracting(cell -> cell.getParagraphs().get(0).getText())
				.containsExactlyElementsOf(LEVELS);
	}

	@Test
	void givenAgreedCriterion_thenOnlyTheAgreedColumnIsMarked() throws IOException {
		XWPFDocument document = read(SampleForms.form(false));
		assertThat(markedColumns(tableOf(document, AGREED))).containsExactly(LEVELS.indexOf("Some success"));
		assertThat(markedColumns(tableOf(document, HIDDEN))).containsExactly(LEVELS.indexOf("Working towards"));
	}

	@Test
	void givenDisputedCriterion_thenNoColumnIsMarked() throws IOException {
		XWPFTable table = tableOf(read(SampleForms.form(false)), DISPUTED);
		assertThat(markedColumns(table)).isEmpty();
		assertThat(table.getRow(DocxCriterionTable.HOW_AGREED_ROW).getCell(1).getText()).isEqualTo("Disputed");
	}

	@Test
	void givenEvidenceAndComment_thenEachSitsInItsLabelledRow() throws IOException {
		XWPFTable table = tableOf(read(SampleForms.form(false)), AGREED);
		XWPFTableRow evidence = table.getRow(DocxCriterionTable.EVIDENCE_ROW);
		XWPFTableRow comment = table.getRow(DocxCriterionTable.COMMENT_ROW);
		assertThat(table.getRow(DocxCriterionTable.HOW_AGREED_ROW).getCell(0).getText()).isEqualTo("How agreed");
		assertThat(table.getRow(DocxCriterionTable.HOW_AGREED_ROW).getCell(1).getText()).isEqualTo("Agreed in round 2");
		assertThat(evidence.getCell(0).getText()).isEqualTo("Evidence");
		assertThat(evidence.getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
				.containsExactly("Community safety strategy 2002-05, p. 4", "Steering group minutes, 12 June 2002");
		assertThat(comment.getCell(0).getText()).isEqualTo("Additional comments");
		assertThat(comment.getCell(1).getText()).isEqualTo(AGREED.comment());
	}

	@Test
	void givenNoEvidence_thenEvidenceCellIsEmptyNotNull() throws IOException {
		XWPFTableCell evidence = tableOf(read(SampleForms.form(false)), DISPUTED)
				.getRow(DocxCriterionTable.EVIDENCE_ROW).getCell(1);
		assertThat(evidence.getText()).isEmpty();
	}

	@Test
	void givenEndorsements_thenEachIsARowOfTheEndorsementTable() throws IOException {
		List<XWPFTable> tables = read(SampleForms.form(false)).getTables();
		XWPFTable endorsements = tables.get(tables.size() - 1);
		assertThat(endorsements.getRows()).hasSize(3);
		assertThat(endorsements.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
				.containsExactly("Agency", "Representative", "Decision", "Date", "Reason");
		assertThat(endorsements.getRow(1).getTableCells()).extracting(XWPFTableCell::getText)
				.containsExactly("Police", "Ch Supt A. Example", "Endorsed", "20 November 2002", "");
		assertThat(endorsements.getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
				.containsExactly("District Council", "B. Example, Chief Executive", "Declined", "21 November 2002",
						"Evidence for 2.1 is out of date");
	}

	@Test
	void givenDraft_thenDraftLineInBodyAndWatermarkInEveryHeader() throws IOException {
		XWPFDocument document = read(SampleForms.form(true));
		assertThat(text(document)).contains("DRAFT \u2014 not yet endorsed by every responsible authority");
		assertThat(document.getHeaderList()).isNotEmpty();
		assertThat(document.getHeaderList()).allSatisfy(header -> assertThat(header._getHdrFtr().xmlText())
				.contains("string=\"DRAFT\"").contains("fillcolor=\"silver\"").contains("opacity=\".5\""));
		assertThat(document.getHeaderFooterPolicy().getDefaultHeader()).isNotNull();
	}

	@Test
	void givenEndorsedForm_thenDraftAppearsNowhere() throws IOException {
		XWPFDocument document = read(SampleForms.form(false));
		assertThat(text(document)).doesNotContainIgnoringCase("draft");
		assertThat(headerXml(document)).doesNotContain("DRAFT");
	}

	@Test
	void givenAlpha_thenAboutTheFiguresStatesItWithTheMinimum() throws IOException {
		String text = text(read(SampleForms.form(false)));
		assertThat(text).contains("Ratings were collected anonymously")
				.contains("fewer than 3 ratings are not shown")
				.contains("Krippendorff's alpha (ordinal) across round 1: 0.72");
	}

	@Test
	void givenNoAlpha_thenNoAlphaLine() throws IOException {
		AssessmentForm sample = SampleForms.form(false);
		AssessmentForm form = new AssessmentForm(sample.partnership(), sample.title(), sample.frameworkId(),
				sample.frameworkTitle(), sample.levels(), false, sample.date(), sample.areas(),
				sample.endorsements(), OptionalDouble.empty(), sample.minimumToShow());
		assertThat(text(read(form))).doesNotContain("Krippendorff");
	}

	@Test
	void givenAgreedLevelOffTheScale_thenRefusedRatherThanPrintedUnmarked() {
		Row stray = new Row("1.3", "Stray", "Excellent", "Agreed in round 1", null, null, List.of());
		AssessmentForm form = SampleForms.form(false, List.of(stray), List.of(HIDDEN));
		assertThatThrownBy(() -> DocxFormWriter.write(form)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("Excellent");
	}

}
