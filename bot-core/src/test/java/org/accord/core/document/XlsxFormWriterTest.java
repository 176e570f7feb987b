package org.accord.core.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.accord.core.document.SampleForms.LEVELS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class XlsxFormWriterTest {

	private static XSSFWorkbook read(AssessmentForm form) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(XlsxFormWriter.write(form)));
	}

	private static List<String> headers(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
		return headers;
	}

	private static Row rowOf(Sheet sheet, int criterionColumn, String criterionId, int round) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(criterionColumn).getStringCellValue().equals(criterionId)
					&& (round == 0 || row.getCell(criterionColumn + 1).getNumericCellValue() == round)) {
				return row;
			}
		}
		throw new AssertionError("No row for " + criterionId + " round " + round);
	}

	private static boolean empty(Cell cell) {
		return cell == null || cell.getCellType() == CellType.BLANK;
	}

	@Test
	void givenForm_thenCriteriaRoundsEndorsementsAndAboutSheetsInThatOrder() throws IOException {
		XSSFWorkbook workbook = read(SampleForms.form(false));
		assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
		assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
				workbook.getSheetName(3))).containsExactly("Criteria", "Rounds", "Endorsements", "About");
	}

	@Test
	void givenCriteriaSheet_thenOneRowPerCriterionWithTheLastRoundsFiguresAsNumbers() throws IOException {
		Sheet criteria = read(SampleForms.form(false)).getSheet("Criteria");
		assertThat(headers(criteria)).containsExactly("Area", "Criterion", "Title", "Agreed category", "How agreed",
				"Last round", "Rated", "Median", "IQR", "Modal share", "Cns", "Status");
		assertThat(criteria.getLastRowNum()).isEqualTo(3);
		Row agreed = rowOf(criteria, 1, "1.1", 0);
		assertThat(agreed.getCell(0).getStringCellValue()).isEqualTo("1 Leadership");
		assertThat(agreed.getCell(3).getStringCellValue()).isEqualTo("Some success");
		assertThat(agreed.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(agreed.getCell(5).getNumericCellValue()).isEqualTo(2);
		assertThat(agreed.getCell(6).getNumericCellValue()).isEqualTo(6);
		assertThat(agreed.getCell(7).getNumericCellValue()).isEqualTo(3.0);
		assertThat(agreed.getCell(8).getNumericCellValue()).isEqualTo(0.0);
		assertThat(agreed.getCell(9).getNumericCellValue()).isCloseTo(0.6667, within(1e-9));
		assertThat(agreed.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0%");
		assertThat(agreed.getCell(10).getNumericCellValue()).isEqualTo(0.75);
		assertThat(agreed.getCell(11).getStringCellValue()).isEqualTo("agreed");
	}

	@Test
	void givenDisputedCriterion_thenAgreedCategoryIsEmpty() throws IOException {
		Row disputed = rowOf(read(SampleForms.form(false)).getSheet("Criteria"), 1, "1.2", 0);
		assertThat(empty(disputed.getCell(3))).isTrue();
		assertThat(disputed.getCell(4).getStringCellValue()).isEqualTo("Disputed");
	}

	@Test
	void givenHiddenFigures_thenTheirCellsAreEmptyNotZero() throws IOException {
		Row hidden = rowOf(read(SampleForms.form(false)).getSheet("Criteria"), 1, "2.1", 0);
		assertThat(hidden.getCell(6).getNumericCellValue()).isEqualTo(2);
		for (int column = 7; column <= 10; column++) {
			assertThat(empty(hidden.getCell(column))).as("column %d", column).isTrue();
		}
	}

	@Test
	void givenRoundsSheet_thenOneRowPerCriterionPerRoundWithCountsPerLevel() throws IOException {
		AssessmentForm form = SampleForms.form(false);
		Sheet rounds = read(form).getSheet("Rounds");
		List<String> expected = new ArrayList<>(List.of("Criterion", "Round", "Rated"));
		expected.addAll(LEVELS);
		expected.addAll(List.of("Median", "IQR", "Modal share", "Cns", "Status"));
		assertThat(headers(rounds)).containsExactlyElementsOf(expected);
		assertThat(rounds.getLastRowNum()).isEqualTo(SampleForms.roundCount(form));
		Row first = rowOf(rounds, 0, "1.1", 1);
		assertThat(List.of(3, 4, 5, 6)).extracting(column -> first.getCell(column).getNumericCellValue())
				.containsExactly(0.0, 2.0, 3.0, 1.0);
		assertThat(first.getCell(11).getStringCellValue()).isEqualTo("disputed");
	}

	@Test
	void givenNullCounts_thenEveryLevelColumnSaysTooFewToShow() throws IOException {
		Row hidden = rowOf(read(SampleForms.form(false)).getSheet("Rounds"), 0, "2.1", 1);
		for (int column = 3; column < 3 + LEVELS.size(); column++) {
			assertThat(hidden.getCell(column).getStringCellValue()).isEqualTo("too few to show");
		}
		assertThat(hidden.getCell(2).getNumericCellValue()).isEqualTo(2);
		assertThat(empty(hidden.getCell(7))).isTrue();
	}

	@Test
	void givenEndorsements_thenOneRowEachWithARealDate() throws IOException {
		Sheet endorsements = read(SampleForms.form(false)).getSheet("Endorsements");
		assertThat(headers(endorsements)).containsExactly("Agency", "Representative", "Decision", "Date", "Reason");
		assertThat(endorsements.getLastRowNum()).isEqualTo(2);
		Row council = endorsements.getRow(2);
		assertThat(council.getCell(0).getStringCellValue()).isEqualTo("District Council");
		assertThat(council.getCell(2).getStringCellValue()).isEqualTo("declined");
		assertThat(DateUtil.isCellDateFormatted(council.getCell(3))).isTrue();
		assertThat(council.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2002, 11, 21));
		assertThat(council.getCell(4).getStringCellValue()).isEqualTo("Evidence for 2.1 is out of date");
		assertThat(empty(endorsements.getRow(1).getCell(4))).isTrue();
	}

	@Test
	void givenAnySheet_thenHeaderRowIsBoldAndFrozenAndColumnsAreSized() throws IOException {
		XSSFWorkbook workbook = read(SampleForms.form(false));
		for (Sheet sheet : workbook) {
			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane).as(sheet.getSheetName()).isNotNull();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
			XSSFCell first = ((XSSFSheet) sheet).getRow(0).getCell(0);
			assertThat(workbook.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getColumnWidth(0)).isGreaterThan(6 * 256 - 1);
		}
	}

	@Test
	void givenDraft_thenEverySheetPrintsTheDraftLine() throws IOException {
		XSSFWorkbook draft = read(SampleForms.form(true));
		for (Sheet sheet : draft) {
			assertThat(sheet.getHeader().getCenter()).contains("DRAFT");
		}
		for (Sheet sheet : read(SampleForms.form(false))) {
			assertThat(sheet.getHeader().getCenter()).doesNotContain("DRAFT");
		}
	}

	@Test
	void givenAlpha_thenAboutSheetGivesItAsANumber() throws IOException {
		Sheet about = read(SampleForms.form(false)).getSheet("About");
		Row alpha = about.getRow(about.getLastRowNum());
		assertThat(alpha.getCell(0).getStringCellValue()).startsWith("Krippendorff");
		assertThat(alpha.getCell(1).getNumericCellValue()).isEqualTo(0.72);
	}

	@Test
	void givenUnratedCriterion_thenCriteriaRowSaysNoRatingsAndRoundsSheetHasNoRow() throws IOException {
		AssessmentForm form = SampleForms.withUnrated();
		XSSFWorkbook workbook = read(form);
		Row unrated = rowOf(workbook.getSheet("Criteria"), 1, "2.2", 0);
		assertThat(empty(unrated.getCell(5))).isTrue();
		assertThat(unrated.getCell(11).getStringCellValue()).isEqualTo("no ratings");
		assertThat(workbook.getSheet("Rounds").getLastRowNum()).isEqualTo(SampleForms.roundCount(form));
	}

}
