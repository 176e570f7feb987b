package org.accord.core.card;

import java.util.function.UnaryOperator;

/**
 * Words people wrote (comments, evidence, action text, notes, reasons, titles, names), marked inside a card's
 * text so that every platform shows them as the words they are, never as its markup: a comment must not
 * become a link, a mention or a formatted line in someone else's message. Each adapter renders the marked
 * parts with its own escaping and the rest with its own markup.
 */
public final class Verbatim {

	static final char OPEN = '\uE000';

	static final char CLOSE = '\uE001';

	private Verbatim() {
	}

	/** The words, marked as someone's own; null stays null. */
	public static String of(String words) {
		if (words == null) {
			return null;
		}
		// A person's words carry no mark of Accord's own: a comment cannot close its quotes or name someone.
		StringBuilder clean = new StringBuilder(words.length() + 2).append(OPEN);
		for (char c : words.toCharArray()) {
			clean.append(c == OPEN || c == CLOSE || c == Mention.OPEN || c == Mention.NAME || c == Mention.CLOSE ? ' ' : c);
		}
		return clean.append(CLOSE).toString();
	}

	/**
	 * The text for a platform: {@code markup} turns Accord's own parts into the platform's markup,
	 * {@code escape} makes the marked parts plain words there.
	 */
	public static String render(String text, UnaryOperator<String> markup, UnaryOperator<String> escape) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (at < text.length()) {
			int open = text.indexOf(OPEN, at);
			if (open < 0) {
				out.append(markup.apply(text.substring(at)));
				break;
			}
			out.append(markup.apply(text.substring(at, open)));
			int close = text.indexOf(CLOSE, open + 1);
			int end = close < 0 ? text.length() : close;
			out.append(escape.apply(text.substring(open + 1, end)));
			at = end + 1;
		}
		return out.toString();
	}

	/**
	 * Accord's {@code *bold*} around someone's words, written in another platform's bold ({@code **} in Adaptive
	 * Cards). {@link #render} hands the platform's markup only the text between people's words, so a bold that
	 * encloses them must be rewritten before.
	 */
	public static String boldAround(String text, String bold) {
		if (text == null) {
			return null;
		}
		return text.replaceAll("(?<![*\\w])\\*(" + OPEN + "[^" + CLOSE + "]*" + CLOSE + ")\\*(?![*\\w])",
				java.util.regex.Matcher.quoteReplacement(bold) + "$1" + java.util.regex.Matcher.quoteReplacement(bold));
	}

	/** The text with the marks taken out, for where nothing is markup (plain-text fields, files, logs); people by name. */
	public static String plain(String text) {
		return text == null ? null : Mention.plain(text).replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
	}

}
