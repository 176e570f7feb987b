package org.accord.core.service;

import org.accord.core.card.Verbatim;
import org.accord.core.domain.Action;

/** An action in a few lines, as its owner and the chair read it on a card. */
final class ActionText {

	private ActionText() {
	}

	static String describe(Action action) {
		StringBuilder text = new StringBuilder("*" + Verbatim.of(action.text()) + "*");
		if (action.issue() != null) {
			text.append("\nIssue: ").append(Verbatim.of(action.issue()));
		}
		text.append("\nDue: ").append(action.due() == null ? "no date" : action.due());
		if (action.milestone() != null) {
			text.append(" · Milestone: ").append(Verbatim.of(action.milestone()));
		}
		if (!action.notes().isEmpty()) {
			Action.Note last = action.notes().get(action.notes().size() - 1);
			text.append("\nLast progress (").append(last.date()).append("): ").append(Verbatim.of(last.text()));
		}
		return text.toString();
	}

}
