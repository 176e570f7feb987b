package org.accord.core.document;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** One instance of each cell style: Excel caps a workbook at 64,000 styles, so they are never made per cell. */
final class XlsxStyles {

	final CellStyle header;
	final CellStyle text;
	final CellStyle integer;
	final CellStyle decimal;
	final CellStyle percent;
	final CellStyle date;

	XlsxStyles(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setWrapText(true);
		text = workbook.createCellStyle();
		integer = numeric(workbook, "0");
		decimal = numeric(workbook, "0.00");
		percent = numeric(workbook, "0%");
		date = numeric(workbook, "d mmm yyyy");
	}

	private static CellStyle numeric(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

}
