package org.accord.core.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Table-cell chores POI leaves to the caller: multi-line text, spans and shading. */
final class DocxCells {

	static final String HEADER_SHADE = "D9D9D9";

	private DocxCells() {
	}

	/** One paragraph per line, so evidence typed as a list stays a list instead of one run-on line. */
	static XWPFTableCell text(XWPFTableCell cell, String text, boolean bold) {
		String[] lines = Text.of(text).split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
			XWPFRun run = paragraph.createRun();
			run.setBold(bold);
			run.setText(lines[i]);
		}
		return cell;
	}

	static XWPFTableCell header(XWPFTableCell cell, String text) {
		cell.setColor(HEADER_SHADE);
		return text(cell, text, true);
	}

	/**
	 * Makes the cell at {@code from} span {@code columns} grid columns by removing the cells it covers: POI has
	 * no merge call, and Word needs the covered cells gone, not merely emptied.
	 */
	static XWPFTableCell span(XWPFTableRow row, int from, int columns) {
		for (int i = 1; i < columns; i++) {
			row.removeCell(from + 1);
		}
		XWPFTableCell cell = row.getCell(from);
		var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
		return cell;
	}

}
