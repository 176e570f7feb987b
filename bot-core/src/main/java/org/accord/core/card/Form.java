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
	 */
	public record Input(String id, String label, String hint, boolean multiline, String initial, Type type, int maxLength) {

		public Input {
			if (maxLength < 1 || maxLength > TEXT_MAX) {
				throw new IllegalArgumentException("An input takes 1 to " + TEXT_MAX + " characters, not " + maxLength);
			}
			if (initial != null && initial.length() > maxLength) {
				// Whoever fills a form in says what did not fit; a platform would refuse the whole form.
				throw new IllegalArgumentException("The initial value of " + id + " is longer than its " + maxLength + " characters");
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

	}

	/** What is asked for: words, a date (a date picker), or a person of the workspace (a people picker). */
	public enum Type {

		TEXT, DATE, PERSON

	}

}
