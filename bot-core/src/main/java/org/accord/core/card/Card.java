package org.accord.core.card;

import java.util.List;

/**
 * What core asks a chat platform to show, in words of its own: each adapter renders it natively (Block
 * Kit, Adaptive Cards). Text uses a small common markup: *bold*, _italic_, and line breaks.
 *
 * @param summary one line for notifications and for platforms that show no rich content
 */
public record Card(String summary, List<Part> parts) {

	public Card {
		parts = List.copyOf(parts);
	}

	public static Card text(String text) {
		return new Card(text, List.of(new Part.Text(text)));
	}

	/** The building blocks of a card. */
	public sealed interface Part {

		record Heading(String text) implements Part {
		}

		record Text(String text) implements Part {
		}

		/** A choice with its explanation beside it, such as a scale level and its definition. */
		record Option(String text, Button button) implements Part {
		}

		record Buttons(List<Button> buttons) implements Part {

			public Buttons {
				buttons = List.copyOf(buttons);
			}

		}

		/** Small print under the content: progress, hints. */
		record Context(String text) implements Part {
		}

		record Divider() implements Part {
		}

	}

	/**
	 * A button; its action says what happens when it is pressed.
	 *
	 * @param style "primary", "danger" or null
	 */
	public record Button(String label, ButtonAction action, String style) {

		public static Button of(String label, ButtonAction action) {
			return new Button(label, action, null);
		}

	}

}
