package org.accord.core.domain;

/**
 * How a criterion's category was settled: agreed by the members in a round, chosen by the chair, or agreed by the
 * board face to face at its meeting (recorded by the chair on the meeting page).
 */
public record Settlement(How how, int round, String levelKey, String note) {

	/** The most a chair's note takes: it is shown beside the level, in the consensus view and on the form. */
	public static final int NOTE_MAX = 500;

	public enum How {

		AGREED, CHAIR, MEETING

	}

}
