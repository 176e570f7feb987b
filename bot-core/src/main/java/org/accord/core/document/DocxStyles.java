package org.accord.core.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Real heading styles rather than big bold runs, so that Word's navigation pane and a table of contents can
 * walk the fifty criteria by area.
 */
final class DocxStyles {

	static final String TITLE = "Title";
	static final String HEADING_1 = "Heading1";
	static final String HEADING_2 = "Heading2";

	private DocxStyles() {
	}

	static void define(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		// The 2002 form was an Arial Word document; a fresh document would otherwise fall back to Times New Roman.
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii("Arial");
		fonts.setHAnsi("Arial");
		fonts.setCs("Arial");
		styles.setDefaultFonts(fonts);
		styles.addStyle(heading(TITLE, "Title", -1, 36));
		styles.addStyle(heading(HEADING_1, "heading 1", 0, 28));
		styles.addStyle(heading(HEADING_2, "heading 2", 1, 24));
	}

	/** @param outlineLevel 0 for a top heading; negative for a styled line that is not in the outline */
	private static XWPFStyle heading(String id, String name, int outlineLevel, int halfPoints) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		style.addNewPPr().addNewKeepNext();
		if (outlineLevel >= 0) {
			style.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		}
		style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
		CTRPr run = style.addNewRPr();
		run.addNewB();
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		return new XWPFStyle(style);
	}

}
