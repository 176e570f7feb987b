package org.accord.core.domain;

/** A member's place on the board. */
public enum Role {

	CHAIR("chair"), MEMBER("member"), AUTHORITY("responsible-authority representative"),
	FACILITATOR("facilitator");

	private final String words;

	Role(String words) {
		this.words = words;
	}

	public String words() {
		return words;
	}

	/** The facilitator is the guidance's critical friend: follows progress, never rates. */
	public boolean rates() {
		return this != FACILITATOR;
	}

	public boolean seesParticipation() {
		return this == CHAIR || this == FACILITATOR;
	}

}
