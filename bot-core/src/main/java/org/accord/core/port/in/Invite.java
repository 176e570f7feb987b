package org.accord.core.port.in;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Role;

/**
 * The chair's invitation codes: a board that spans Slack and Teams, and a chair who need not know everyone's
 * handle. A code for a responsible authority or the facilitator is good for one person.
 */
public interface Invite {

	Outcome invite(Caller caller, Command command);

	/** The board's codes: role, places taken, state, and who joined with each. */
	Outcome list(Caller caller);

	Outcome revoke(Caller caller, String code);

	/** @param places how many may join with it; one for an authority or the facilitator */
	record Command(Role role, String agency, int places) {

		/** A member code is for this many people unless the chair says otherwise; a board is rarely larger. */
		public static final int MEMBER_PLACES = 30;

		public static final int MOST_PLACES = 200;

		public Command {
			agency = agency == null || agency.isBlank() ? null : agency.strip();
			if (role == null || role == Role.CHAIR) {
				throw new IllegalArgumentException("Invite as member, authority <agency> or facilitator; the chair is handed"
						+ " over on the board.");
			}
			if (role == Role.AUTHORITY && agency == null) {
				throw new IllegalArgumentException("Name the agency, e.g. police.");
			}
			if (role != Role.MEMBER) {
				places = 1;
			}
			if (places < 1 || places > MOST_PLACES) {
				throw new IllegalArgumentException("Say how many may join with the code, from 1 to " + MOST_PLACES + ".");
			}
		}

	}

}
