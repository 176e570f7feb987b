package org.accord.core.consensus;

import org.accord.core.domain.Criterion;
import org.accord.core.stats.CriterionFigures;

/**
 * A criterion's figures in one round.
 *
 * @param shown false when fewer than the minimum rated it: then nothing about its distribution is shown
 */
public record CriterionResult(Criterion criterion, String sectionTitle, int round, CriterionFigures figures,
		boolean shown) {

	/** Agreed only when enough rated it to show it: a criterion with too few answers cannot be called agreed. */
	public boolean agreed() {
		return shown && figures.status() == CriterionFigures.Status.AGREED;
	}

}
