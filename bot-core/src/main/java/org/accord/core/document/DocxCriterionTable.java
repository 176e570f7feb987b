package org.accord.core.document;

import java.util.List;

import org.accord.core.document.AssessmentForm.Row;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * One criterion as the paper form prints it: the criterion, the four categories with the agreed one crossed,
 * then how it was agreed, the evidence and the additional comments.
 */
final class DocxCriterionTable {

	/** The paper form's mark: a cross in the box, which every font can draw. */
	static final String MARK = "X";

	static final int TITLE_ROW = 0;
	static final int CATEGORY_ROW = 1;
	static final int HOW_AGREED_ROW = 2;
	static final int EVIDENCE_ROW = 3;
	static final int COMMENT_ROW = 4;

	private static final String AGREED_SHADE = "BFBFBF";

	private DocxCriterionTable() {
	}

	static XWPFTable add(XWPFDocument document, AssessmentForm form, Row row) {
		List<String> levels = Figures.levels(form);
		int agreed = Figures.agreedColumn(form, row);
		XWPFTable table = document.createTable(5, levels.size());
		table.setWidth("100%");
		DocxPage.grid(table, levels.size());
		title(table.getRow(TITLE_ROW), levels.size(), row);
		categories(table.getRow(CATEGORY_ROW), levels, agreed);
		labelled(table.getRow(HOW_AGREED_ROW), levels.size(), "How agreed", row.settled());
		labelled(table.getRow(EVIDENCE_ROW), levels.size(), "Evidence", row.evidence());
		labelled(table.getRow(COMMENT_ROW), levels.size(), "Additional comments", row.comment());
		// Keeps a gap between consecutive tables, which Word would otherwise fuse into one.
		document.createParagraph();
		return table;
	}

	private static void title(XWPFTableRow tableRow, int columns, Row row) {
		String title = (Text.of(row.criterionId()) + " " + Text.of(row.title())).strip();
		XWPFTableCell cell = DocxCells.span(tableRow, 0, columns);
		DocxCells.header(cell, title);
		cell.setWidth("100%");
		tableRow.setCantSplitRow(true);
	}

	private static void categories(XWPFTableRow tableRow, List<String> levels, int agreed) {
		String share = (100 / levels.size()) + "%";
		for (int column = 0; column < levels.size(); column++) {
			XWPFTableCell cell = tableRow.getCell(column);
			cell.setWidth(share);
			DocxCells.text(cell, levels.get(column), false);
			cell.getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
			if (column == agreed) {
				mark(cell);
			}
		}
		tableRow.setCantSplitRow(true);
	}

	private static void mark(XWPFTableCell cell) {
		cell.setColor(AGREED_SHADE);
		XWPFParagraph paragraph = cell.addParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = paragraph.createRun();
		run.setBold(true);
		run.setFontSize(16);
		run.setText(MARK);
	}

	private static void labelled(XWPFTableRow tableRow, int columns, String label, String text) {
		XWPFTableCell head = tableRow.getCell(0);
		head.setWidth((100 / columns) + "%");
		DocxCells.header(head, label);
		XWPFTableCell body = DocxCells.span(tableRow, 1, columns - 1);
		body.setWidth((100 - 100 / columns) + "%");
		DocxCells.text(body, text, false);
	}

}
