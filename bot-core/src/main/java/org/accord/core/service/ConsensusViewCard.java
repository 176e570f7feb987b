package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.CardPages;
import org.accord.core.card.Card.Button;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Section;

/**
 * The consensus view's parts, area by area, made to fit the strictest platform: Slack takes 50 blocks in a
 * message (each part is one), 3,000 characters in a section and 25 buttons in a row. What does not fit whole is
 * shortened in the open, never cut silently: the line says so, and where the rest is.
 */
final class ConsensusViewCard {

	static final int MOST_PARTS = CardPages.MOST_PARTS;

	static final int TEXT_MOST = CardPages.TEXT_MOST;

	/** Two buttons a criterion, so that a row holds twelve criteria within 25 buttons. */
	static final int CRITERIA_A_ROW = 12;

	/** How much of a chair's note the view shows, tried in turn until the view fits: whole, then shorter. */
	private static final int[] NOTE_LENGTHS = { ConsensusLines.WHOLE, 200, 60, 0 };

	private final Assessment assessment;

	private final ConsensusLines lines;

	private final List<Section> sections;

	private ConsensusViewCard(Results results, PreviousCycle previous) {
		this.assessment = results.assessment();
		this.lines = new ConsensusLines(results, previous);
		this.sections = results.framework().sections();
	}

	/**
	 * @param head the parts above the areas (heading, counts)
	 * @param foot the parts below them (the view's buttons, hints)
	 * @param buttons whether each disputed criterion gets its own Settle… and Edit shared text… buttons
	 */
	static List<Part> parts(Results results, PreviousCycle previous, List<Part> head, List<Part> foot, boolean buttons) {
		return new ConsensusViewCard(results, previous).fit(head, foot, buttons);
	}

	private List<Part> fit(List<Part> head, List<Part> foot, boolean buttons) {
		for (boolean own : buttons ? new boolean[] { true, false } : new boolean[] { false }) {
			for (int note : NOTE_LENGTHS) {
				List<Part> areas = areas(note, own);
				if (buttons && !own) {
					areas.add(new Part.Context("Too many criteria are disputed for a button each: choose one in"
							+ " *Settle a criterion…*, or type `settle 1.2 …` and `text 1.2`."));
				}
				List<Part> parts = join(head, areas, foot);
				if (fits(parts)) {
					return parts;
				}
			}
		}
		// A framework too large for one message even in brief: its first areas, and a word on where the rest is.
		List<Part> areas = areas(0, false);
		int room = MOST_PARTS - head.size() - foot.size() - 1;
		List<Part> shown = new ArrayList<>(areas.subList(0, Math.max(0, Math.min(room, areas.size()))));
		shown.add(new Part.Text("The other criteria do not fit in one message: every criterion's figures are in the"
				+ " documents (`export`)."));
		return join(head, shown, foot);
	}

	private static boolean fits(List<Part> parts) {
		return parts.size() <= MOST_PARTS && parts.stream().allMatch(p -> !(p instanceof Part.Text t) || CardPages.longest(t.text()) <= TEXT_MOST);
	}

	private static List<Part> join(List<Part> head, List<Part> areas, List<Part> foot) {
		List<Part> parts = new ArrayList<>(head);
		parts.addAll(areas);
		parts.addAll(foot);
		return parts;
	}

	/** Each area's lines, in as few text parts as fit, and its disputed criteria's buttons, in rows. */
	private List<Part> areas(int noteAtMost, boolean ownButtons) {
		List<Part> parts = new ArrayList<>();
		for (Section section : sections) {
			String title = "*" + section.id() + " " + section.title() + "*";
			StringBuilder text = new StringBuilder(title);
			List<String> disputed = new ArrayList<>();
			for (Criterion c : section.criteria()) {
				String line = lines.line(c, noteAtMost);
				if (CardPages.longest(text + "\n" + line) > TEXT_MOST) {
					parts.add(new Part.Text(text.toString()));
					text = new StringBuilder(title + " (continued)");
				}
				text.append('\n').append(line);
				if (!assessment.settlements().containsKey(c.id())) {
					disputed.add(c.id());
				}
			}
			parts.add(new Part.Text(text.toString()));
			if (ownButtons) {
				for (int from = 0; from < disputed.size(); from += CRITERIA_A_ROW) {
					parts.add(new Part.Buttons(buttons(disputed.subList(from, Math.min(disputed.size(), from + CRITERIA_A_ROW)))));
				}
			}
		}
		return parts;
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
