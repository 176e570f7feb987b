package org.accord.core.domain;

import java.time.LocalDate;

/**
 * One cycle of one framework for one partnership.
 *
 * @param round the current round: 1 is individual collection, later rounds re-rate disputed criteria
 * @param roundOpen whether answers are taken for the current round
 */
public record Assessment(AssessmentId id, Partnership.PartnershipId partnershipId, String frameworkId, String title,
		State state, int round, boolean roundOpen, LocalDate dueDate, double agreementThreshold, int minimumToShow) {

	public static final double DEFAULT_THRESHOLD = 0.70;

	public static final int DEFAULT_MINIMUM_TO_SHOW = 3;

	public record AssessmentId(String value) {
	}

	public enum State {

		DRAFT, COLLECTING, RECONCILING, ENDORSING, FINAL, MONITORING

	}

	public boolean acceptsAnswers() {
		return state == State.COLLECTING && roundOpen;
	}

}
