package org.accord.core.port.out;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.accord.core.card.Outcome;

/**
 * Shows an outcome that no request is waiting for (a nudge), and says whether it got through, so that
 * the scheduler marks a nudge sent only once it was.
 */
public interface DeliveryPort {

	boolean deliver(Outcome outcome);

	/**
	 * As {@link #deliver(Outcome)}, for a platform that keeps to a pace (Slack takes about a message a second
	 * in one conversation): it may hold the outcome back, and says later whether it got through. What cannot
	 * begin to go within {@code within} is not sent at all and ends false, so that whoever holds it for that
	 * long only (a nudge's claim) can safely let someone else send it. A platform with no pace sends at once.
	 */
	default CompletionStage<Boolean> deliverPaced(Outcome outcome, Duration within) {
		return CompletableFuture.completedFuture(deliver(outcome));
	}

	/** Whether the person can be written to first (Teams needs them to have met the bot once). */
	default boolean canReach(org.accord.core.domain.PlatformUser user) {
		return true;
	}

}
