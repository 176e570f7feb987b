package org.accord.core.port.in;

import java.time.ZoneId;

import org.accord.core.card.Outcome;
import org.accord.core.domain.QuietHours;

/**
 * The board's settings, which every nudge keeps to (timezone, quiet hours), and the assessment's own rules
 * (what counts as agreed, how few ratings may be shown), set by the chair while round 1 is open.
 */
public interface ChangeSettings {

	/** What is set now; for the chair, how to change it. */
	Outcome show(Caller caller);

	Outcome timezone(Caller caller, ZoneId zone);

	Outcome quietHours(Caller caller, QuietHours hours);

	Outcome rules(Caller caller, Rules rules);

	/**
	 * @param agreementPercent the share of ratings in one category that counts as agreed, 51 to 100; null to keep it
	 * @param minimum k, the ratings besides any one member's own a distribution needs before it is shown; null to keep it
	 */
	record Rules(Integer agreementPercent, Integer minimum) {

		public Rules {
			if (agreementPercent == null && minimum == null) {
				throw new IllegalArgumentException("Say which rule to set: the agreement share or the minimum.");
			}
		}

	}

}
