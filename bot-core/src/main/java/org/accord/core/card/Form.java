package org.accord.core.card;

import java.util.List;

/**
 * A small form (a Slack modal, inputs on a Teams card). Its context comes back with the submission, so
 * any instance can handle it.
 */
public record Form(String title, String submitLabel, String context, List<Input> inputs) {

	public Form {
		inputs = List.copyOf(inputs);
	}

	/** The longest text any input takes: Slack's limit for a text input, which Teams can match. */
	public static final int TEXT_MAX = 3000;

	/**
	 * An input; {@code initial} pre-fills it with what the person wrote before (a date as YYYY-MM-DD, a
	 * person as their platform user id).
	 *
	 * @param maxLength the most characters it takes; the platform refuses more as the person types
	 * @param choices what a {@link Type#CHOICE} offers, in order; for a {@link Type#PERSON}, the board's people (a
	 * platform may offer them instead of its own picker); empty for any other type
	 */
	public record Input(String id, String label, String hint, boolean multiline, String initial, Type type, int maxLength,
			List<Choice> choices) {

		/** The most a choice offers: Slack's static select takes 100 options. */
		public static final int CHOICES_MAX = 100;

		public Input {
			choices = List.copyOf(choices);
			if (type == Type.TEXT && (hint == null || !hint.contains(" characters"))) {
				// A limit is stated where it applies, so that nobody learns of it by losing what they wrote.
				hint = (hint == null || hint.isBlank() ? "" : hint.strip() + " ") + "(up to " + String.format(java.util.Locale.UK, "%,d", maxLength)
						+ " characters)";
			}
			boolean menu = type == Type.CHOICE || type == Type.CHOICES;
			if (menu && (choices.isEmpty() || choices.size() > CHOICES_MAX)) {
				throw new IllegalArgumentException("A choice offers 1 to " + CHOICES_MAX + " options, not " + choices.size());
			}
			if (menu && initial != null) {
				for (String value : type == Type.CHOICES ? initial.split(",") : new String[] { initial }) {
					if (choices.stream().noneMatch(c -> c.value().equals(value))) {
						throw new IllegalArgumentException("The initial choice " + value + " of " + id + " is not one of its options");
					}
				}
			}
			if (maxLength < 1 || maxLength > TEXT_MAX) {
				throw new IllegalArgumentException("An input takes 1 to " + TEXT_MAX + " characters, not " + maxLength);
			}
			if (initial != null && initial.length() > maxLength) {
				// Whoever fills a form in says what did not fit; a platform would refuse the whole form.
				throw new IllegalArgumentException("The initial value of " + id + " is longer than its " + maxLength + " characters");
			}
		}

		public Input(String id, String label, String hint, boolean multiline, String initial, Type type, int maxLength) {
			this(id, label, hint, multiline, initial, type, maxLength, List.of());
		}

		public Input(String id, String label, String hint, boolean multiline, String initial) {
			this(id, label, hint, multiline, initial, Type.TEXT, TEXT_MAX);
		}

		public Input(String id, String label, String hint, boolean multiline, String initial, int maxLength) {
			this(id, label, hint, multiline, initial, Type.TEXT, maxLength);
		}

		public static Input date(String id, String label, String initial) {
			return new Input(id, label, null, false, initial, Type.DATE, TEXT_MAX);
		}

		public static Input person(String id, String label, String initial) {
			return new Input(id, label, null, false, initial, Type.PERSON, TEXT_MAX);
		}

		/**
		 * A person: {@code people} are the board's, by platform user id and name, for a platform whose own picker
		 * cannot give the id Accord knows people by (Teams' gives a directory id of any user in the tenant).
		 */
		public static Input person(String id, String label, String initial, List<Choice> people) {
			return new Input(id, label, null, false, initial, Type.PERSON, TEXT_MAX,
					people.subList(0, Math.min(people.size(), CHOICES_MAX)));
		}

		/**
		 * Some of the given options (a menu that takes several); {@code initial} holds the values chosen at first,
		 * comma-separated, and so does what comes back.
		 */
		public static Input choices(String id, String label, List<Choice> choices, List<String> initial) {
			return new Input(id, label, null, false, initial.isEmpty() ? null : String.join(",", initial), Type.CHOICES,
					TEXT_MAX, choices);
		}

		/** One of the given options (a menu); {@code initial} is the value chosen at first, or null. */
		public static Input choice(String id, String label, List<Choice> choices, String initial) {
			return new Input(id, label, null, false, initial, Type.CHOICE, TEXT_MAX, choices);
		}

	}

	/**
	 * One option of a choice: the value that comes back, and what the person reads (plain words; Slack shows 75
	 * characters of an option, so a longer label is cut by the renderer with an ellipsis).
	 */
	public record Choice(String value, String label) {
	}

	/**
	 * What is asked for: words, a date (a date picker), a person of the workspace (a people picker), one of a
	 * few options (a menu), or some of them (a menu that takes several; values comma-separated, so none holds a comma).
	 */
	public enum Type {

		TEXT, DATE, PERSON, CHOICE, CHOICES

	}

}
