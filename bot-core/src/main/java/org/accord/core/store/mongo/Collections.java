package org.accord.core.store.mongo;

/** The collection names, one per word of the design that is stored. */
final class Collections {

	static final String PARTNERSHIPS = "partnerships";

	static final String MEMBERS = "members";

	static final String ASSESSMENTS = "assessments";

	static final String RESPONSES = "responses";

	static final String PARTICIPATION = "participation";

	static final String ACTIONS = "actions";

	static final String NUDGES = "nudges";

	/** Nudge ids filed under the minute they may be sent in: the sweep's way in, by key. */
	static final String NUDGE_SLOTS = "nudge_slots";

	/** One document per attempt to send a nudge; its unique _id makes the claim. */
	static final String NUDGE_CLAIMS = "nudge_claims";

	/** Shared progress: how far the nudge sweep has got; the next action number of each board. */
	static final String COUNTERS = "counters";

	/** A board's positions on a checklist framework (the Hallmarks). */
	static final String CHECKLISTS = "checklists";

	/** Invitation codes to join a board. */
	static final String INVITATIONS = "invitations";

	/** How a platform reaches a person without them writing first (Teams conversation references). */
	static final String ADDRESSES = "addresses";

	/** Links to an assessment's meeting page: ids, expiry and who made them; never the links' secrets. */
	static final String MEETING_LINKS = "meeting_links";

	/**
	 * Which message holds each member's live prompt of a criterion, under HMAC ids and sealed: a copy of the store
	 * says neither whose prompts they are nor where a member has got to.
	 */
	static final String MESSAGE_SLOTS = "message_slots";

	/** Regions: partnerships sharing their agreed levels with a regional lead. */
	static final String REGIONS = "regions";

	/** Deliveries already handled (Slack event ids), so a retry changes nothing. */
	static final String RECEIPTS = "receipts";

	/** Chat platform installations (Slack's OAuth install), sealed: never a token in the clear. */
	static final String INSTALLATIONS = "installations";

	/** One-time states of the install flow, by _id, with their expiry. */
	static final String OAUTH_STATES = "oauth_states";

	private Collections() {
	}

}
