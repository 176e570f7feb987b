package org.accord.core.port.in;

import java.util.List;

/**
 * What a person typed to Accord, as their platform parsed it: the words, and the people they mentioned.
 * Each platform writes mentions its own way (Slack {@code <@U…>}, Teams an {@code <at>} with an entity); the
 * adapter takes them out, leaving {@link #MENTIONED} where each stood, so core reads no platform's syntax.
 */
public record Typed(String text, List<Mentioned> mentions) {

	/**
	 * Where a mention stood in {@link #text}: a character nobody types, so a typed "@" (a time, an address)
	 * never stands for a person.
	 */
	public static final String MENTIONED = "\uE005";

	public Typed {
		text = text == null ? "" : text;
		mentions = List.copyOf(mentions);
	}

	/**
	 * What a person typed, with any of the marks Accord writes itself (its mentions, its quoting of people's words)
	 * turned into spaces: only an adapter places a mention, and no one's words can close a quote or name someone.
	 */
	public static String typedByAPerson(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			clean.append(c >= '\uE000' && c <= '\uE005' ? ' ' : c);
		}
		return clean.toString();
	}

	public static Typed words(String text) {
		return new Typed(text, List.of());
	}

	/**
	 * A person mentioned: their id as their platform knows them (the one Accord knows them by) and the name
	 * it showed, if any.
	 */
	public record Mentioned(String userId, String name) {

		public Mentioned {
			if (userId == null || userId.isBlank()) {
				throw new IllegalArgumentException("a mention needs the person's id");
			}
			name = name == null || name.isBlank() ? null : name.strip();
		}

	}

}
