package org.accord.core.document;

import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The diagonal "DRAFT" behind every page of an unendorsed form.
 *
 * <p>POI's {@link XWPFHeaderFooterPolicy#createWatermark} draws the word in solid black, which behind a page of
 * evidence text makes the page hard to read, and declares its shape type with a {@code coordsize} of
 * "1600,21600" where Word's own watermarks use "21600,21600", and lays the word flat. All three are corrected in
 * the generated VML so the mark looks like the one Word itself inserts: silver, half transparent, diagonal.
 */
final class DraftWatermark {

	static final String WORD = "DRAFT";

	private static final String VML = "urn:schemas-microsoft-com:vml";

	private static final String SHAPES = "declare namespace v='" + VML + "' .//v:shape";

	private static final String SHAPE_TYPES = "declare namespace v='" + VML + "' .//v:shapetype";

	private DraftWatermark() {
	}

	static void apply(XWPFDocument document) {
		XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy() != null ? document.getHeaderFooterPolicy()
				: document.createHeaderFooterPolicy();
		policy.createWatermark(WORD);
		// Not document.getHeaderList(): POI fills that only when reading a file, so here it is still empty.
		for (XWPFHeader header : List.of(policy.getDefaultHeader(), policy.getFirstPageHeader(),
				policy.getEvenPageHeader())) {
			soften(header);
		}
	}

	private static void soften(XWPFHeader header) {
		for (XmlObject type : header._getHdrFtr().selectPath(SHAPE_TYPES)) {
			try (XmlCursor cursor = type.newCursor()) {
				cursor.setAttributeText(new QName("coordsize"), "21600,21600");
			}
		}
		for (XmlObject shape : header._getHdrFtr().selectPath(SHAPES)) {
			try (XmlCursor cursor = shape.newCursor()) {
				cursor.setAttributeText(new QName("fillcolor"), "silver");
				String style = cursor.getAttributeText(new QName("style"));
				cursor.setAttributeText(new QName("style"), style == null ? "rotation:315" : style + ";rotation:315");
				// v:fill must come before v:textpath, as in the VML Word writes.
				if (cursor.toFirstChild()) {
					cursor.beginElement(new QName(VML, "fill", "v"));
					cursor.insertAttributeWithValue("opacity", ".5");
				}
			}
		}
	}

}
