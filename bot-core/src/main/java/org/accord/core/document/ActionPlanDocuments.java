package org.accord.core.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The action plan in the seeds' column shape (Issue / Action / When / Milestone / Owner), with the status
 * and progress notes Accord keeps, as XLSX, CSV and DOCX.
 */
public final class ActionPlanDocuments {

	public static final List<String> COLUMNS = List.of("No.", "Issue", "Action", "When", "Milestone", "Owner", "Status",
			"Progress");

	/** One action as a row of the plan; every field is text as it should read. */
	public record Row(String number, String issue, String action, String when, String milestone, String owner,
			String status, String progress) {

		List<String> cells() {
			return java.util.Arrays.asList(number, issue, action, when, milestone, owner, status, progress);
		}

	}

	private ActionPlanDocuments() {
	}

	public static byte[] xlsx(String title, List<Row> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Action plan");
			var bold = workbook.createFont();
			bold.setBold(true);
			var header = workbook.createCellStyle();
			header.setFont(bold);
			org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				head.createCell(c).setCellValue(COLUMNS.get(c));
				head.getCell(c).setCellStyle(header);
			}
			for (int r = 0; r < rows.size(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
				List<String> cells = rows.get(r).cells();
				for (int c = 0; c < cells.size(); c++) {
					if (cells.get(c) != null) {
						row.createCell(c).setCellValue(cells.get(c));
					}
				}
			}
			sheet.createFreezePane(0, 1);
			int[] widths = { 6, 40, 50, 12, 30, 20, 12, 50 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			workbook.setSheetName(0, "Action plan");
			workbook.getProperties().getCoreProperties().setTitle(title);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] csv(List<Row> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
			printer.printRecord(COLUMNS);
			for (Row row : rows) {
				printer.printRecord(row.cells().stream().map(CsvFormWriter::safe).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public static byte[] docx(String title, List<Row> rows) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var heading = document.createParagraph().createRun();
			heading.setBold(true);
			heading.setFontSize(16);
			heading.setText(title);
			document.createParagraph().createRun()
				.setText("Monitored every six months until every action is discharged.");
			XWPFTable table = document.createTable(rows.size() + 1, COLUMNS.size());
			fill(table.getRow(0), COLUMNS, true);
			for (int r = 0; r < rows.size(); r++) {
				fill(table.getRow(r + 1), rows.get(r).cells(), false);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
		for (int c = 0; c < cells.size(); c++) {
			var run = row.getCell(c).getParagraphs().get(0).createRun();
			run.setBold(bold);
			run.setText(cells.get(c) == null ? "" : cells.get(c));
		}
	}

}
