package org.accord.core.card;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small form (a Slack modal, inputs on a Teams card). Its context comes back with the submission, so
 * any instance can handle it.
 */
public record Form(String title, String submitLabel, String context, List<Input> inputs) {

	public Form {
		inputs = List.copyOf(inputs);
	}

	/** What is wrong with the values given, by input id, in the inputs' order; empty when the form may be taken. */
	public Map<String, String> problems(Map<String, String> values) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (Input input : inputs) {
			String problem = input.problem(values.get(input.id()));
			if (problem != null) {
				problems.put(input.id(), problem);
			}
		}
		return problems;
	}

	/** The form again with what the person gave in it. */
	public Form given(Map<String, String> values) {
		return new Form(title, submitLabel, context, inputs.stream().map(i -> i.given(values.get(i.id()))).toList());
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
	 * @param required whether the form takes no submission without it; words are optional unless {@link #needed}
	 * says otherwise, a date, a person or a choice is required (each platform marks which are which)
	 * @param missing what to say when a required input is left empty; null for the words of its type
	 */
	public record Input(String id, String label, String hint, boolean multiline, String initial, Type type, int maxLength,
			List<Choice> choices, boolean required, String missing) {

		/** The most a choice offers: Slack's static select takes 100 options. */
		public static final int CHOICES_MAX = 100;

		public Input {
			choices = List.copyOf(choices);
			if (type == Type.TEXT && (hint == null || !hint.contains(" characters"))) {
				// A limit is stated where it applies, so that nobody learns of it by losing what they wrote.
				hint = (hint == null || hint.isBlank() ? "" : hint.strip() + " ") + "(up to " + String.format(Locale.UK, "%,d", maxLength)
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

		public Input(String id, String label, String hint, boolean multiline, String initial, Type type, int maxLength,
				List<Choice> choices) {
			this(id, label, hint, multiline, initial, type, maxLength, choices, type != Type.TEXT, null);
		}

		public Input(String id, String label, String hint, boolean multiline, String initial, Type type, int maxLength) {
			this(id, label, hint, multiline, initial, type, maxLength, List.of());
		}

		/** The same input, required: the form is not taken without it, and {@code missing} says so. */
		public Input needed(String missing) {
			return new Input(id, label, hint, multiline, initial, type, maxLength, choices, true, missing);
		}

		/** The same input, showing what the person gave, so a refused form loses nothing. */
		Input given(String value) {
			if (value == null || (type == Type.CHOICE || type == Type.CHOICES) && !offers(value)
					|| value.length() > maxLength) {
				return this;
			}
			return new Input(id, label, hint, multiline, value, type, maxLength, choices, required, missing);
		}

		private boolean offers(String value) {
			for (String one : type == Type.CHOICES ? value.split(",") : new String[] { value }) {
				if (choices.stream().noneMatch(c -> c.value().equals(one))) {
					return false;
				}
			}
			return true;
		}

		/**
		 * What is wrong with a value given for this input, in words for the control the person used; null when
		 * nothing is. Platforms check most of this as the person types; this holds where a client does not.
		 */
		String problem(String value) {
			boolean empty = value == null || value.isBlank();
			if (empty) {
				return !required ? null : missing != null ? missing : switch (type) {
					case DATE -> "Pick a date.";
					case PERSON -> "Choose a person.";
					case CHOICE -> "Choose one.";
					case CHOICES -> "Choose at least one.";
					case TEXT -> "Write something here: it is needed.";
				};
			}
			return switch (type) {
				case DATE -> Pattern.matches("\\d{4}-\\d{2}-\\d{2}", value.strip()) && validDate(value.strip()) ? null
						: "Pick a date from the calendar.";
				case CHOICE, CHOICES -> offers(value) ? null : "Choose one of the options offered.";
				case TEXT -> value.length() <= maxLength ? null : "This takes " + String.format(Locale.UK, "%,d", maxLength)
						+ " characters at most; yours has " + String.format(Locale.UK, "%,d", value.length()) + ".";
				case PERSON -> null;
			};
		}

		private static boolean validDate(String value) {
			try {
				LocalDate.parse(value);
				return true;
			}
			catch (DateTimeException notADate) {
				return false;
			}
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
