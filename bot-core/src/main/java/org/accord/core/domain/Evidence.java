package org.accord.core.domain;

/**
 * What a member offers in support of a rating, as the 2002 form asks: the evidence, where it is to be
 * found (document, page, paragraph), and an additional comment.
 */
public record Evidence(String text, String document, String page, String paragraph, String comment) {

	public static final Evidence NONE = new Evidence(null, null, null, null, null);

	public boolean isEmpty() {
		return blank(text) && blank(document) && blank(page) && blank(paragraph) && blank(comment);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
