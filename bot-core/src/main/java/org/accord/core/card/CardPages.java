package org.accord.core.card;

import java.util.ArrayList;
import java.util.List;

/**
 * A card as the strictest platform takes it, with nothing left out: Slack shows at most 50 blocks in a message
 * (each part is one) and 3,000 characters in a block, and refuses or cuts anything more. A long text goes on in the
 * next part, and a card of more parts goes on in a next message that says it continues; every word arrives.
 */
public final class CardPages {

	/** Parts in one message. */
	public static final int MOST_PARTS = 50;

	/** A text part's budget, measured by {@link #longest}, with room to spare under Slack's 3,000. */
	public static final int TEXT_MOST = 2900;

	private CardPages() {
	}

	/** The card as one or more cards that each fit; a card that fits comes back as it is. */
	public static List<Card> of(Card card) {
		List<Card.Part> parts = new ArrayList<>();
		for (Card.Part part : card.parts()) {
			if (part instanceof Card.Part.Text t && longest(t.text()) > TEXT_MOST) {
				pieces(t.text()).forEach(piece -> parts.add(new Card.Part.Text(piece)));
			}
			else {
				parts.add(part);
			}
		}
		if (parts.size() <= MOST_PARTS) {
			return List.of(parts.size() == card.parts().size() ? card : new Card(card.summary(), parts));
		}
		// Every message but the last ends with a line saying it goes on, and every one but the first opens with one.
		List<List<Card.Part>> chunks = new ArrayList<>();
		int from = 0;
		while (from < parts.size()) {
			int room = MOST_PARTS - (from == 0 ? 0 : 1);
			int to = parts.size() - from <= room ? parts.size() : from + room - 1;
			chunks.add(parts.subList(from, to));
			from = to;
		}
		List<Card> cards = new ArrayList<>();
		for (int page = 1; page <= chunks.size(); page++) {
			List<Card.Part> shown = new ArrayList<>();
			if (page > 1) {
				shown.add(new Card.Part.Context("Continued (" + page + " of " + chunks.size() + ")"));
			}
			shown.addAll(chunks.get(page - 1));
			if (page < chunks.size()) {
				shown.add(new Card.Part.Context("Continued in the next message (" + page + " of " + chunks.size() + ")."));
			}
			cards.add(new Card(page == 1 ? card.summary() : card.summary() + " (continued, " + page + " of " + chunks.size() + ")",
					shown));
		}
		return List.copyOf(cards);
	}

	/** A long text as texts that each fit: split between lines, and a line longer than a part between words. */
	static List<String> pieces(String text) {
		List<String> pieces = new ArrayList<>();
		StringBuilder piece = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			for (String part : lineParts(line)) {
				String joined = piece.length() == 0 ? part : piece + "\n" + part;
				if (piece.length() > 0 && longest(joined) > TEXT_MOST) {
					pieces.add(piece.toString());
					piece.setLength(0);
					piece.append(part);
				}
				else {
					piece.setLength(0);
					piece.append(joined);
				}
			}
		}
		if (piece.length() > 0) {
			pieces.add(piece.toString());
		}
		return pieces;
	}

	/**
	 * One line as pieces that each fit. A cut inside someone's words closes their mark and opens it again on the
	 * next piece, so each piece still shows them as words; a cut never falls inside a mention.
	 */
	private static List<String> lineParts(String line) {
		List<String> parts = new ArrayList<>();
		String rest = line;
		while (longest(rest) > TEXT_MOST) {
			int cut = cutBefore(rest);
			String head = rest.substring(0, cut);
			String tail = rest.substring(cut);
			if (insideWords(head)) {
				head = head + Verbatim.CLOSE;
				tail = Verbatim.OPEN + tail;
			}
			parts.add(head);
			rest = tail;
		}
		parts.add(rest);
		return parts;
	}

	/** Where to cut: the last space that leaves the head within budget, else the budget itself, outside any mention. */
	private static int cutBefore(String line) {
		int budget = TEXT_MOST / 5;
		int low = budget;
		int high = line.length();
		// The most characters whose rendering fits: longest() grows with the text, so halve towards it.
		while (low < high) {
			int mid = (low + high + 1) / 2;
			if (longest(line.substring(0, mid)) + 1 <= TEXT_MOST) {
				low = mid;
			}
			else {
				high = mid - 1;
			}
		}
		int cut = low;
		int space = line.lastIndexOf(' ', cut);
		if (space > cut / 2) {
			cut = space + 1;
		}
		int mention = line.lastIndexOf(Mention.OPEN, cut - 1);
		if (mention >= 0 && line.indexOf(Mention.CLOSE, mention) >= cut) {
			cut = mention;
		}
		return Math.max(1, cut);
	}

	private static boolean insideWords(String head) {
		return head.lastIndexOf(Verbatim.OPEN) > head.lastIndexOf(Verbatim.CLOSE);
	}

	/**
	 * The most characters any platform makes of a text: people's words are escaped, Slack's entities taking up to
	 * five characters for one ("&amp;"), Teams' breaks two ("[" and a zero-width space).
	 */
	public static int longest(String text) {
		return Verbatim.render(text, s -> s, s -> {
			StringBuilder out = new StringBuilder();
			s.chars().forEach(ch -> out.append(switch (ch) {
				case '&' -> "&amp;";
				case '<', '>' -> "&lt;";
				case '[' -> "[\u200B";
				default -> String.valueOf((char) ch);
			}));
			return out.toString();
		}).length();
	}

}
