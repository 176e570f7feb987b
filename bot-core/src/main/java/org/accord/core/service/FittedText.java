package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;

import org.accord.core.card.Card;
import org.accord.core.card.Verbatim;

/**
 * Entries as one bulleted text within a limit, whole entries only, and what did not fit kept aside to be
 * shown elsewhere: nothing is ever cut without saying so.
 *
 * @param text the entries that fit, one "• " line each; null when there are none
 * @param left the entries that did not fit, in order
 */
record FittedText(String text, List<String> left) {

	/** Each part of a card stays well inside a platform's longest text block. */
	private static final int PART_MAX = 2800;

	static FittedText of(List<String> entries, int max) {
		StringBuilder text = new StringBuilder();
		List<String> left = new ArrayList<>();
		for (String entry : entries) {
			String line = (text.length() == 0 ? "• " : "\n• ") + entry;
			if (left.isEmpty() && text.length() + line.length() <= max) {
				text.append(line);
			}
			else {
				left.add(entry);
			}
		}
		return new FittedText(text.length() == 0 ? null : text.toString(), List.copyOf(left));
	}

	/** The entries that did not fit, as a card of parts that each fit a platform's text block. */
	static Card card(String heading, List<String> entries) {
		List<Card.Part> parts = new ArrayList<>();
		parts.add(new Card.Part.Text("*" + heading + "*"));
		StringBuilder part = new StringBuilder();
		for (String entry : entries) {
			// An entry longer than a part goes on over the next ones, whole.
			for (int from = 0; from < entry.length(); from += PART_MAX - 3) {
				String piece = entry.substring(from, Math.min(entry.length(), from + PART_MAX - 3));
				if (part.length() + piece.length() + 3 > PART_MAX) {
					parts.add(new Card.Part.Text(part.toString()));
					part.setLength(0);
				}
				part.append(part.length() == 0 ? (from == 0 ? "• " : "") : (from == 0 ? "\n• " : "")).append(Verbatim.of(piece));
			}
		}
		if (part.length() > 0) {
			parts.add(new Card.Part.Text(part.toString()));
		}
		return new Card(heading, parts);
	}

}
