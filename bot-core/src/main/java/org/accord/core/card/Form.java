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

	/**
	 * An input; {@code initial} pre-fills it with what the person wrote before (a date as YYYY-MM-DD, a
	 * person as their platform user id).
	 */
	public record Input(String id, String label, String hint, boolean multiline, String initial, Type type) {

		public Input(String id, String label, String hint, boolean multiline, String initial) {
			this(id, label, hint, multiline, initial, Type.TEXT);
		}

		public static Input date(String id, String label, String initial) {
			return new Input(id, label, null, false, initial, Type.DATE);
		}

		public static Input person(String id, String label, String initial) {
			return new Input(id, label, null, false, initial, Type.PERSON);
		}

	}

	/** What is asked for: words, a date (a date picker), or a person of the workspace (a people picker). */
	public enum Type {

		TEXT, DATE, PERSON

	}

}
