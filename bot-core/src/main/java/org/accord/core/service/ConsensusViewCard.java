package org.accord.core.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.CardPages;
import org.accord.core.card.Card.Button;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Section;
import org.accord.core.domain.Settlement;

/**
 * The consensus view's parts, made to fit the strictest platform: Slack takes 50 blocks in a message (each part is
 * one), 3,000 characters in a section and 25 buttons in a row. What does not fit whole is shortened in the open,
 * never cut silently: the line says so, and where the rest is.
 * <p>
 * In plain words (the default) the disputed criteria come first, with their titles, because they are what the board
 * has to talk about; then those settled by the chair or at the meeting, with their notes; the agreed ones folded into
 * one line per category. With the figures, the disputed come first still, and then every other criterion area by
 * area, each with its median, IQR and Cns.
 */
final class ConsensusViewCard {

	static final int MOST_PARTS = CardPages.MOST_PARTS;

	static final int TEXT_MOST = CardPages.TEXT_MOST;

	/** Two buttons a criterion, so that a row holds twelve criteria within 25 buttons. */
	static final int CRITERIA_A_ROW = 12;

	/** How much of a chair's note the view shows, tried in turn until the view fits: whole, then shorter. */
	private static final int[] NOTE_LENGTHS = { ConsensusLines.WHOLE, 200, 60, 0 };

	/** How much of a disputed criterion's title the view shows, tried in turn: whole, then shorter, then none. */
	private static final int[] TITLE_LENGTHS = { Integer.MAX_VALUE, 120, 60, 0 };

	private final Assessment assessment;

	private final Framework framework;

	private final ConsensusLines lines;

	private final PreviousCycle previous;

	private final boolean figures;

	private ConsensusViewCard(Results results, PreviousCycle previous, boolean figures) {
		this.assessment = results.assessment();
		this.framework = results.framework();
		this.lines = new ConsensusLines(results, previous);
		this.previous = previous;
		this.figures = figures;
	}

	/**
	 * @param head the parts above the criteria (heading, counts)
	 * @param foot the parts below them (the view's buttons, hints)
	 * @param buttons whether each disputed criterion gets its own Settle… and Edit shared text… buttons
	 * @param figures every criterion with its figures, rather than plain words with the agreed folded
	 */
	static List<Part> parts(Results results, PreviousCycle previous, List<Part> head, List<Part> foot, boolean buttons,
			boolean figures) {
		return new ConsensusViewCard(results, previous, figures).fit(head, foot, buttons);
	}

	private List<Part> fit(List<Part> head, List<Part> foot, boolean buttons) {
		for (boolean own : buttons ? new boolean[] { true, false } : new boolean[] { false }) {
			for (int title : TITLE_LENGTHS) {
				for (int note : NOTE_LENGTHS) {
					List<Part> body = body(title, note, own);
					if (buttons && !own) {
						body.add(new Part.Context("Too many criteria are disputed for a button each: choose one in"
								+ " *Settle a criterion…*, or type `settle 1.2 …` and `text 1.2`."));
					}
					List<Part> parts = join(head, body, foot);
					if (fits(parts)) {
						return parts;
					}
				}
			}
		}
		// A framework too large for one message even in brief: its first parts, and a word on where the rest is.
		List<Part> body = body(0, 0, false);
		int room = MOST_PARTS - head.size() - foot.size() - 1;
		List<Part> shown = new ArrayList<>(body.subList(0, Math.max(0, Math.min(room, body.size()))));
		shown.add(new Part.Text("The other criteria do not fit in one message: every criterion's figures are in the"
				+ " documents (`export`)."));
		return join(head, shown, foot);
	}

	private static boolean fits(List<Part> parts) {
		return parts.size() <= MOST_PARTS && parts.stream().allMatch(p -> !(p instanceof Part.Text t) || CardPages.longest(t.text()) <= TEXT_MOST);
	}

	private static List<Part> join(List<Part> head, List<Part> body, List<Part> foot) {
		List<Part> parts = new ArrayList<>(head);
		parts.addAll(body);
		parts.addAll(foot);
		return parts;
	}

	private List<Part> body(int titleAtMost, int noteAtMost, boolean ownButtons) {
		List<Part> parts = new ArrayList<>();
		List<Criterion> disputed = framework.criteria().stream()
			.filter(c -> !assessment.settlements().containsKey(c.id()) && !assessment.inOpenRound(c.id())).toList();
		if (!disputed.isEmpty()) {
			texts(parts, "*Disputed (" + disputed.size() + ")*: still to agree, by a consensus round, at the meeting or by the chair.",
					disputed.stream().map(c -> lines.disputed(c, titleAtMost, figures)).toList());
			if (disputed.stream().anyMatch(c -> ConsensusLines.shortens(c, titleAtMost))) {
				parts.add(new Part.Context("Titles shortened to fit (…): each is whole in the documents, and in the prompts."));
			}
			if (ownButtons) {
				List<String> ids = disputed.stream().map(Criterion::id).toList();
				for (int from = 0; from < ids.size(); from += CRITERIA_A_ROW) {
					parts.add(new Part.Buttons(buttons(ids.subList(from, Math.min(ids.size(), from + CRITERIA_A_ROW)))));
				}
			}
		}
		if (figures) {
			areas(parts, noteAtMost);
		}
		else {
			folded(parts, noteAtMost);
		}
		return parts;
	}

	/** Every criterion not disputed, area by area, with its figures. */
	private void areas(List<Part> parts, int noteAtMost) {
		for (Section section : framework.sections()) {
			List<String> shown = section.criteria().stream()
				.filter(c -> assessment.settlements().containsKey(c.id()) || assessment.inOpenRound(c.id()))
				.map(c -> lines.line(c, noteAtMost)).toList();
			if (!shown.isEmpty()) {
				texts(parts, "*" + section.id() + " " + section.title() + "*", shown);
			}
		}
	}

	/** In plain words: what is in the open round, what the chair or the meeting settled, and the agreed, folded. */
	private void folded(List<Part> parts, int noteAtMost) {
		List<String> open = framework.criteria().stream()
			.filter(c -> !assessment.settlements().containsKey(c.id()) && assessment.inOpenRound(c.id())).map(Criterion::id).toList();
		if (!open.isEmpty()) {
			parts.add(new Part.Text("*In round " + assessment.round() + ", open (" + open.size() + ")*: " + String.join(", ", open)
					+ ". Their figures appear when it closes."));
		}
		List<String> settled = framework.criteria().stream()
			.filter(c -> settledHow(c) != null && settledHow(c) != Settlement.How.AGREED)
			.map(c -> lines.settledLine(c, noteAtMost)).toList();
		if (!settled.isEmpty()) {
			texts(parts, "*Settled by the chair or at the meeting (" + settled.size() + ")*", settled);
		}
		Map<String, List<String>> agreed = new LinkedHashMap<>();
		framework.scale().levels().forEach(level -> agreed.put(level.key(), new ArrayList<>()));
		int count = 0;
		for (Criterion c : framework.criteria()) {
			if (settledHow(c) == Settlement.How.AGREED) {
				Settlement s = assessment.settlements().get(c.id());
				agreed.computeIfAbsent(s.levelKey(), key -> new ArrayList<>()).add(c.id() + previous.movedBriefly(framework, c.id(), s));
				count++;
			}
		}
		if (count > 0) {
			List<String> groups = new ArrayList<>();
			agreed.forEach((level, ids) -> {
				if (!ids.isEmpty()) {
					groups.add("• " + framework.scale().level(level).map(l -> l.label()).orElse(level) + " (" + ids.size() + "): "
							+ String.join(", ", ids));
				}
			});
			texts(parts, "*Agreed in the rounds (" + count + ")*, by category; *Every criterion, with figures* shows each one:", groups);
		}
	}

	private Settlement.How settledHow(Criterion c) {
		Settlement s = assessment.settlements().get(c.id());
		return s == null ? null : s.how();
	}

	/** A title and its lines, in as few text parts as fit. */
	private static void texts(List<Part> parts, String title, List<String> lines) {
		StringBuilder text = new StringBuilder(title);
		for (String line : lines) {
			if (CardPages.longest(text + "\n" + line) > TEXT_MOST) {
				parts.add(new Part.Text(text.toString()));
				text = new StringBuilder(title + " (continued)");
			}
			text.append('\n').append(line);
		}
		parts.add(new Part.Text(text.toString()));
	}

	private List<Button> buttons(List<String> criteria) {
		List<Button> buttons = new ArrayList<>();
		for (String id : criteria) {
			buttons.add(new Button("Settle " + id + "…",
					ButtonAction.of(ButtonAction.Kind.SETTLE, assessment.id().value(), assessment.round(), id), null));
			buttons.add(new Button("Edit shared text " + id + "…",
					ButtonAction.of(ButtonAction.Kind.AGREED_TEXT, assessment.id().value(), assessment.round(), id), null));
		}
		return buttons;
	}

}
