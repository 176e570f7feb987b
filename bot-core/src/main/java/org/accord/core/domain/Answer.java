package org.accord.core.domain;

/**
 * What a member said about one criterion: a level of the scale, or one of the answers that count as no
 * rating in every figure.
 */
public record Answer(Kind kind, String levelKey) {

	public enum Kind {

		LEVEL, DONT_KNOW, SKIPPED

	}

	public static final Answer DONT_KNOW = new Answer(Kind.DONT_KNOW, null);

	public static final Answer SKIPPED = new Answer(Kind.SKIPPED, null);

	public static Answer level(String key) {
		return new Answer(Kind.LEVEL, key);
	}

	public boolean isRating() {
		return kind == Kind.LEVEL;
	}

	/** The stored form: the level's key, or a word that no level key can be (keys never contain a space). */
	public String code() {
		return switch (kind) {
			case LEVEL -> levelKey;
			case DONT_KNOW -> "don't know";
			case SKIPPED -> "skipped";
		};
	}

	public static Answer fromCode(String code) {
		return switch (code) {
			case "don't know" -> DONT_KNOW;
			case "skipped" -> SKIPPED;
			default -> level(code);
		};
	}

}
