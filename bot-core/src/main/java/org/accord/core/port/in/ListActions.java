package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** The action plan as the board reads it: every action not dropped, the caller's own, or those overdue. */
public interface ListActions {

	Outcome list(Caller caller, Command command);

	enum Which {

		ALL, MINE, OVERDUE

	}

	record Command(Which which) {

		public Command {
			which = which == null ? Which.ALL : which;
		}

	}

}
