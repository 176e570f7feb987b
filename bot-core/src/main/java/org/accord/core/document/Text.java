package org.accord.core.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.accord.core.document.AssessmentForm.Area;

/** The wording shared by the documents, so a reader comparing the DOCX with the CSV sees the same words. */
final class Text {

	static final String TOO_FEW = "too few to show";

	static final String DRAFT_LINE = "DRAFT \u2014 not yet endorsed by every responsible authority";

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private Text() {
	}

	static String of(String text) {
		return text == null ? "" : text;
	}

	/** "1 Leadership": how the paper form numbers its areas. */
	static String area(Area area) {
		return (of(area.id()) + " " + of(area.title())).strip();
	}

	static String longDate(LocalDate date) {
		return date == null ? "" : LONG_DATE.format(date);
	}

	/** Locale-free digits a spreadsheet reads back as the same number: "2" rather than "2.0", never "1E-3". */
	static String number(Number value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
			return "";
		}
		BigDecimal decimal = value instanceof Double d ? BigDecimal.valueOf(d) : new BigDecimal(value.toString());
		return decimal.stripTrailingZeros().toPlainString();
	}

	static String capitalised(String text) {
		String plain = of(text);
		return plain.isEmpty() ? plain : plain.substring(0, 1).toUpperCase(Locale.UK) + plain.substring(1);
	}

}
