package org.accord.core.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * A4 with one-inch margins, as a UK form is printed; without a page size Word falls back to the reader's locale,
 * which in the US means Letter and a reflowed form.
 */
final class DocxPage {

	private static final int A4_WIDTH = 11906;
	private static final int A4_HEIGHT = 16838;
	private static final int MARGIN = 1440;

	/** The width tables fill, in twentieths of a point. */
	static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;

	private DocxPage() {
	}

	static void a4(XWPFDocument document) {
		CTBody body = document.getDocument().getBody();
		CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH));
		size.setH(BigInteger.valueOf(A4_HEIGHT));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN));
		margins.setBottom(BigInteger.valueOf(MARGIN));
		margins.setLeft(BigInteger.valueOf(MARGIN));
		margins.setRight(BigInteger.valueOf(MARGIN));
		margins.setHeader(BigInteger.valueOf(MARGIN / 2));
		margins.setFooter(BigInteger.valueOf(MARGIN / 2));
		margins.setGutter(BigInteger.ZERO);
	}

	/**
	 * Declares the table's columns. POI's createTable writes none, although the schema requires a grid and spanned
	 * cells are only laid out reliably (LibreOffice especially) against one.
	 */
	static void grid(XWPFTable table, int columns) {
		CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		for (int i = 0; i < columns; i++) {
			grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH / columns));
		}
	}

}
