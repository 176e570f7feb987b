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

	/** Deliveries already handled (Slack event ids), so a retry changes nothing. */
	static final String RECEIPTS = "receipts";

	private Collections() {
	}

}
