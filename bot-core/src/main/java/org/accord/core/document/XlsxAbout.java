package org.accord.core.document;

import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;

/** Says which assessment the workbook holds and how to read its figures, since a sheet of numbers alone does not. */
final class XlsxAbout {

	private XlsxAbout() {
	}

	static XlsxSheet sheet(Workbook workbook, XlsxStyles styles, AssessmentForm form) {
		XlsxSheet sheet = new XlsxSheet(workbook, styles, XlsxFormWriter.ABOUT, List.of("Item", "Value"));
		sheet.next().text("Partnership").text(form.partnership());
		sheet.next().text("Assessment").text(form.title());
		sheet.next().text("Framework").text(form.frameworkTitle());
		sheet.next().text("Date").date(form.date());
		sheet.next().text("Status").text(form.draft() ? Text.DRAFT_LINE : "Endorsed by every responsible authority");
		sheet.next().text("Ratings").text("Collected anonymously: no member's own rating appears in this workbook.");
		sheet.next().text("Smallest distribution shown").number(form.minimumToShow(), styles.integer);
		sheet.next().text("Fewer ratings than that").text("Counts show as \"" + Text.TOO_FEW + "\"");
		if (form.alpha() != null && form.alpha().isPresent()) {
			sheet.next().text("Krippendorff's alpha (ordinal), round 1").number(form.alpha().getAsDouble(),
					styles.decimal);
		}
		return sheet;
	}

}
