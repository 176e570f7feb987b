package org.accord.core.port.out;

import org.accord.core.card.Outcome;

/**
 * Shows an outcome that no request is waiting for (a nudge), and says whether it got through, so that
 * the scheduler marks a nudge sent only once it was.
 */
public interface DeliveryPort {

	boolean deliver(Outcome outcome);

	/** Whether the person can be written to first (Teams needs them to have met the bot once). */
	default boolean canReach(org.accord.core.domain.PlatformUser user) {
		return true;
	}

}
