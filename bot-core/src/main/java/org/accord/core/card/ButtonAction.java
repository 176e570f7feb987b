package org.accord.core.card;

/**
 * What a button asks core to do. It travels through the chat platform and back as {@link #encode()},
 * so it carries only ids; who pressed it always comes from the platform's signed request, never from here.
 */
public record ButtonAction(Kind kind, String assessmentId, int round, String criterionId, String levelKey) {

	public enum Kind {

		RATE, DONT_KNOW, SKIP, BACK, EVIDENCE, CONTINUE, KEEP,

		/** A prompt's: the scale's definitions, and everything members wrote last round in full. */
		DEFINITIONS, RATIONALES,

		/**
		 * The chair's: start a consensus round on every disputed criterion; the agreed-text form; the settle form;
		 * ask the responsible authorities to endorse; the documents (the facilitator's too).
		 */
		START_ROUND, AGREED_TEXT, SETTLE, REQUEST_ENDORSEMENT, EXPORT,

		/** The chair's form for a consensus round: which disputed criteria, and the day it is due. */
		ROUND_FORM,

		/**
		 * The chair's next steps from their Home: the form that starts an assessment, closing the open round, the
		 * consensus view (the view's own toggle carries "figures" or "plain" as its criterion, and turns its message
		 * that way), drafting the action plan from the consensus.
		 */
		START_FORM, CLOSE_ROUND, CONSENSUS_VIEW, PROPOSE_PLAN,

		/** The chair opens the round just closed again, while nothing depends on its close. */
		REOPEN_ROUND,

		/** The meeting page: a link to it (levelKey "view" for a view-only one), and ending every link to it. */
		MEETING_LINK, MEETING_END,

		/** Someone in a workspace with no board sets one up, as its chair: asked, never assumed. */
		FOUND_BOARD,

		/** The chair confirms handing the chair to someone (criterionId carries their user id), or keeps it. */
		HAND_OVER, KEEP_CHAIR,

		/** A responsible authority's: endorse the form, or decline it (a form asks the reason). */
		ENDORSE, DECLINE,

		/** An action owner's answers to a nudge, and the chair's replies; the action's id is carried. */
		ACTION_DONE, ACTION_PROGRESS, ACTION_NEW_DATE, ACTION_ACCEPT_DATE, ACTION_DECLINE_DATE, ACTION_ADD, ACTION_ACCEPT_DRAFT,
		ACTION_DROP_DRAFT,

		/** Done taken back, from the message that confirmed it. */
		ACTION_UNDO_DONE

	}

	private static final String SEPARATOR = "|";

	/** A button about an action of the plan: it carries the action's id where a prompt carries the assessment's. */
	public static ButtonAction forAction(Kind kind, String actionId) {
		return new ButtonAction(kind, actionId, 0, null, null);
	}

	public String actionId() {
		return assessmentId;
	}

	public static ButtonAction of(Kind kind, String assessmentId, int round, String criterionId) {
		return new ButtonAction(kind, assessmentId, round, criterionId, null);
	}

	public String encode() {
		return String.join(SEPARATOR, kind.name(), assessmentId, Integer.toString(round), nullToEmpty(criterionId),
				nullToEmpty(levelKey));
	}

	/** Reads what {@link #encode()} wrote; anything else is refused. */
	public static ButtonAction decode(String value) {
		if (value == null) {
			throw new IllegalArgumentException("no action");
		}
		String[] parts = value.split("\\|", -1);
		if (parts.length != 5) {
			throw new IllegalArgumentException("not an Accord action");
		}
		try {
			return new ButtonAction(Kind.valueOf(parts[0]), parts[1], Integer.parseInt(parts[2]), emptyToNull(parts[3]),
					emptyToNull(parts[4]));
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException("not an Accord action");
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	private static String emptyToNull(String s) {
		return s.isEmpty() ? null : s;
	}

}
