package org.accord.core.domain;

/**
 * What a member offers in support of a rating, as the 2002 form asks: the evidence, where it is to be
 * found (document, page, paragraph), and an additional comment. Each has a length limit that the form
 * states, so that what is stored and shown later never has to be cut.
 */
public record Evidence(String text, String document, String page, String paragraph, String comment) {

	public static final Evidence NONE = new Evidence(null, null, null, null, null);

	/** Slack's longest text input; Teams takes as much. */
	public static final int TEXT_MAX = 3000;

	public static final int DOCUMENT_MAX = 300;

	public static final int PLACE_MAX = 50;

	public boolean isEmpty() {
		return blank(text) && blank(document) && blank(page) && blank(paragraph) && blank(comment);
	}

	/** Within the stated limits (a platform that does not enforce them sends more). */
	public Evidence limited() {
		return new Evidence(clip(text, TEXT_MAX), clip(document, DOCUMENT_MAX), clip(page, PLACE_MAX),
				clip(paragraph, PLACE_MAX), clip(comment, TEXT_MAX));
	}

	/** Whether every field is within its limit. */
	public boolean withinLimits() {
		return equals(limited());
	}

	private static String clip(String s, int max) {
		if (s == null) {
			return null;
		}
		return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
