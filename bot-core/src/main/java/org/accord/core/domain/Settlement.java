package org.accord.core.domain;

/** How a criterion's category was settled: agreed by the members in a round, or chosen by the chair. */
public record Settlement(How how, int round, String levelKey, String note) {

	public enum How {

		AGREED, CHAIR

	}

}
