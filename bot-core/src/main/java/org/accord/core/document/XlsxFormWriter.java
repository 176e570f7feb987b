package org.accord.core.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.accord.core.document.AssessmentForm.Area;
import org.accord.core.document.AssessmentForm.Endorsement;
import org.accord.core.document.AssessmentForm.RoundFigures;
import org.accord.core.document.AssessmentForm.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The assessment's figures as a workbook: the agreed outcome per criterion, every round's figures, the
 * endorsements, and what the workbook is about. Figures are numeric cells so the board can chart them itself.
 */
public final class XlsxFormWriter {

	static final String CRITERIA = "Criteria";
	static final String ROUNDS = "Rounds";
	static final String ENDORSEMENTS = "Endorsements";
	static final String ABOUT = "About";

	static final List<String> CRITERIA_HEADERS = List.of("Area", "Criterion", "Title", "Agreed category",
			"How agreed", "Last round", "Rated", "Median", "IQR", "Modal share", "Cns", "Status");

	private XlsxFormWriter() {
	}

	public static byte[] write(AssessmentForm form) {
		List<String> levels = Figures.levels(form);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XlsxStyles styles = new XlsxStyles(workbook);
			workbook.getProperties().getCoreProperties().setTitle(Text.of(form.title()));
			List<XlsxSheet> sheets = List.of(criteria(workbook, styles, form), rounds(workbook, styles, form, levels),
					endorsements(workbook, styles, form.endorsements()), XlsxAbout.sheet(workbook, styles, form));
			for (XlsxSheet sheet : sheets) {
				sheet.finish();
				if (form.draft()) {
					// A printout leaves the workbook without its About sheet; the page header travels with it.
					sheet.sheet().getHeader().setCenter(Text.DRAFT_LINE);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException("Could not write the assessment as XLSX", e);
		}
	}

	private static XlsxSheet criteria(XSSFWorkbook workbook, XlsxStyles styles, AssessmentForm form) {
		XlsxSheet sheet = new XlsxSheet(workbook, styles, CRITERIA, CRITERIA_HEADERS);
		for (Area area : form.areas()) {
			for (Row row : area.rows()) {
				// Rejects an agreed label off the scale here too, so no document carries what the DOCX refuses.
				Figures.agreedColumn(form, row);
				sheet.next().text(Text.area(area)).text(row.criterionId()).text(row.title()).text(row.agreedLevel())
						.text(row.settled());
				Figures.lastRound(row).ifPresentOrElse(last -> {
					sheet.number(last.round(), styles.integer).number(last.rated(), styles.integer);
					figures(sheet, styles, last);
				}, () -> sheet.skip().skip().skip().skip().skip().skip().text("no ratings"));
			}
		}
		return sheet;
	}

	private static XlsxSheet rounds(XSSFWorkbook workbook, XlsxStyles styles, AssessmentForm form,
			List<String> levels) {
		XlsxSheet sheet = new XlsxSheet(workbook, styles, ROUNDS, RoundColumns.headers(levels));
		for (Area area : form.areas()) {
			for (Row row : area.rows()) {
				for (RoundFigures round : row.rounds()) {
					sheet.next().text(row.criterionId()).number(round.round(), styles.integer)
							.number(round.rated(), styles.integer);
					counts(sheet, styles, Figures.counts(form, row, round), levels.size());
					figures(sheet, styles, round);
				}
			}
		}
		return sheet;
	}

	/**
	 * Hidden counts are spelled out in every level column rather than one merged cell: Excel refuses to sort a
	 * range holding merged cells, and the board will want to sort.
	 */
	private static void counts(XlsxSheet sheet, XlsxStyles styles, int[] counts, int levels) {
		for (int level = 0; level < levels; level++) {
			if (counts == null) {
				sheet.text(Text.TOO_FEW);
			} else {
				sheet.number(counts[level], styles.integer);
			}
		}
	}

	private static void figures(XlsxSheet sheet, XlsxStyles styles, RoundFigures round) {
		sheet.number(round.median(), styles.decimal).number(round.iqr(), styles.decimal)
				.number(round.modalShare(), styles.percent).number(round.consensus(), styles.decimal)
				.text(round.status());
	}

	private static XlsxSheet endorsements(XSSFWorkbook workbook, XlsxStyles styles, List<Endorsement> endorsements) {
		XlsxSheet sheet = new XlsxSheet(workbook, styles, ENDORSEMENTS, DocxFormWriter.ENDORSEMENT_HEADERS);
		for (Endorsement endorsement : endorsements) {
			sheet.next().text(endorsement.agency()).text(endorsement.representative()).text(endorsement.decision())
					.date(endorsement.date()).text(endorsement.reason());
		}
		return sheet;
	}

}
