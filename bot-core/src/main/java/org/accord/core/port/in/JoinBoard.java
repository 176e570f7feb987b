package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** Someone joins a board with a code its chair gave them, from Slack or Teams, in the code's role. */
public interface JoinBoard {

	Outcome join(Caller caller, Command command);

	record Command(String code) {

		public Command {
			code = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
			if (code.isEmpty()) {
				throw new IllegalArgumentException("Send join with the code your chair gave you, e.g. join K7P2QX9M.");
			}
		}

	}

}
