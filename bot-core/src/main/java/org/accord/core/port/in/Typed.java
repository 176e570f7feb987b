package org.accord.core.port.in;

import java.util.List;

/**
 * What a person typed to Accord, as their platform parsed it: the words, and the people they mentioned.
 * Each platform writes mentions its own way (Slack {@code <@U…>}, Teams an {@code <at>} with an entity); the
 * adapter takes them out, leaving {@link #MENTIONED} where each stood, so core reads no platform's syntax.
 */
public record Typed(String text, List<Mentioned> mentions) {

	/** Where a mention stood in {@link #text}. */
	public static final String MENTIONED = "@";

	public Typed {
		text = text == null ? "" : text;
		mentions = List.copyOf(mentions);
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
