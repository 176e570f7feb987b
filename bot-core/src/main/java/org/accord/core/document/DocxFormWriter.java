package org.accord.core.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.accord.core.document.AssessmentForm.Area;
import org.accord.core.document.AssessmentForm.Endorsement;
import org.accord.core.document.AssessmentForm.Row;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The assessment as a Word document laid out like the 2002 Home Office paper form. */
public final class DocxFormWriter {

	static final List<String> ENDORSEMENT_HEADERS = List.of("Agency", "Representative", "Decision", "Date",
			"Reason");

	private DocxFormWriter() {
	}

	public static byte[] write(AssessmentForm form) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			DocxStyles.define(document);
			DocxPage.a4(document);
			document.getProperties().getCoreProperties().setTitle(Text.of(form.title()));
			titleBlock(document, form);
			for (Area area : form.areas()) {
				heading(document, DocxStyles.HEADING_1, Text.area(area));
				for (Row row : area.rows()) {
					DocxCriterionTable.add(document, form, row);
				}
			}
			endorsements(document, form.endorsements());
			aboutTheFigures(document, form);
			if (form.draft()) {
				DraftWatermark.apply(document);
			}
			document.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException("Could not write the assessment as DOCX", e);
		}
	}

	private static void titleBlock(XWPFDocument document, AssessmentForm form) {
		heading(document, DocxStyles.TITLE, Text.of(form.partnership()));
		line(document, Text.of(form.title()), true, 14);
		line(document, Text.of(form.frameworkTitle()), false, 12);
		if (form.date() != null) {
			line(document, "Date: " + Text.longDate(form.date()), false, 11);
		}
		if (form.draft()) {
			// The watermark can be lost when pasted or printed without headers; this line cannot.
			XWPFRun run = line(document, Text.DRAFT_LINE, true, 12);
			run.setColor("C00000");
		}
	}

	private static void endorsements(XWPFDocument document, List<Endorsement> endorsements) {
		heading(document, DocxStyles.HEADING_1, "Endorsements");
		if (endorsements.isEmpty()) {
			line(document, "No responsible authority has been asked to endorse this form yet.", false, 11);
			return;
		}
		XWPFTable table = document.createTable(1 + endorsements.size(), ENDORSEMENT_HEADERS.size());
		table.setWidth("100%");
		DocxPage.grid(table, ENDORSEMENT_HEADERS.size());
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int column = 0; column < ENDORSEMENT_HEADERS.size(); column++) {
			DocxCells.header(header.getCell(column), ENDORSEMENT_HEADERS.get(column));
		}
		for (int i = 0; i < endorsements.size(); i++) {
			Endorsement endorsement = endorsements.get(i);
			List<String> cells = List.of(Text.of(endorsement.agency()), Text.of(endorsement.representative()),
					Text.capitalised(endorsement.decision()), Text.longDate(endorsement.date()),
					Text.of(endorsement.reason()));
			XWPFTableRow row = table.getRow(i + 1);
			for (int column = 0; column < cells.size(); column++) {
				DocxCells.text(row.getCell(column), cells.get(column), false);
			}
		}
	}

	private static void aboutTheFigures(XWPFDocument document, AssessmentForm form) {
		heading(document, DocxStyles.HEADING_1, "About the figures");
		line(document, "Ratings were collected anonymously: no member's own rating appears in this form.", false, 11);
		line(document, "Distributions based on fewer than " + form.minimumToShow()
				+ " ratings are not shown, so that no one member's rating can be worked out from them.", false, 11);
		if (form.alpha() != null && form.alpha().isPresent()) {
			line(document, String.format(Locale.UK, "Krippendorff's alpha (ordinal) across round 1: %.2f",
					form.alpha().getAsDouble()), false, 11);
		}
	}

	private static void heading(XWPFDocument document, String style, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(style);
		paragraph.createRun().setText(text);
	}

	private static XWPFRun line(XWPFDocument document, String text, boolean bold, int points) {
		XWPFRun run = document.createParagraph().createRun();
		run.setBold(bold);
		run.setFontSize(points);
		run.setText(text);
		return run;
	}

}
