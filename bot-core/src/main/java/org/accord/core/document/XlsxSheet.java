package org.accord.core.document;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes one sheet row by row, left to right, and sizes the columns from what was written: autoSizeColumn
 * would measure with AWT fonts, which differ from server to server and are slow.
 */
final class XlsxSheet {

	private static final int MIN_CHARS = 6;
	private static final int MAX_CHARS = 60;

	private final Sheet sheet;
	private final XlsxStyles styles;
	private final int[] widths;
	private Row row;
	private int column;

	XlsxSheet(Workbook workbook, XlsxStyles styles, String name, List<String> headers) {
		this.sheet = workbook.createSheet(name);
		this.styles = styles;
		this.widths = new int[headers.size()];
		next();
		for (String header : headers) {
			put(styles.header, header).setCellValue(header);
		}
		sheet.createFreezePane(0, 1);
	}

	Sheet sheet() {
		return sheet;
	}

	XlsxSheet next() {
		row = sheet.createRow(sheet.getPhysicalNumberOfRows());
		column = 0;
		return this;
	}

	XlsxSheet text(String value) {
		if (value == null || value.isEmpty()) {
			return skip();
		}
		put(styles.text, value).setCellValue(value);
		return this;
	}

	XlsxSheet number(Number value, CellStyle style) {
		if (value == null || (value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
			return skip();
		}
		put(style, Text.number(value)).setCellValue(value.doubleValue());
		return this;
	}

	XlsxSheet date(LocalDate value) {
		if (value == null) {
			return skip();
		}
		put(styles.date, "00 Mmm 0000").setCellValue(value);
		return this;
	}

	/** Leaves the cell absent, which Excel shows as empty and a formula treats as blank rather than zero. */
	XlsxSheet skip() {
		column++;
		return this;
	}

	void finish() {
		for (int i = 0; i < widths.length; i++) {
			int chars = Math.min(MAX_CHARS, Math.max(MIN_CHARS, widths[i] + 2));
			sheet.setColumnWidth(i, chars * 256);
		}
	}

	private Cell put(CellStyle style, String shown) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (column < widths.length) {
			widths[column] = Math.max(widths[column], shown.length());
		}
		column++;
		return cell;
	}

}
