package org.accord.core.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One round of an assessment. Round 1 takes every criterion; a consensus round takes the criteria the
 * chair chose (the disputed ones), and members see the previous round's anonymous distribution.
 */
public record Round(int number, List<String> criteria, LocalDate due, boolean open) {

	public Round {
		criteria = List.copyOf(criteria);
	}

	public Round closed() {
		return new Round(number, criteria, due, false);
	}

}
