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

	/** A text input; {@code initial} pre-fills it with what the person wrote before. */
	public record Input(String id, String label, String hint, boolean multiline, String initial) {
	}

}
