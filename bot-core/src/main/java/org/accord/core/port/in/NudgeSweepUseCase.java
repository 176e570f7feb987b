package org.accord.core.port.in;

/** Sends every nudge that is due now and not yet sent; the scheduler calls it every minute. */
public interface NudgeSweepUseCase {

	/**
	 * Claims what is due and hands it to its platform; it does not wait for a platform that keeps to a pace, so
	 * one slow conversation holds up no other nor the next sweep.
	 */
	Sweep sweep();

	/**
	 * What one sweep did.
	 *
	 * @param sent handed to its platform and not refused by the time the sweep returned; {@code pending} of these
	 * were still on their way then, and each is marked sent once the platform took it, or postponed if it did not
	 * @param postponed waiting for an allowed time, or refused by the platform before the sweep returned
	 * @param skipped no longer needed (done, dropped, moved, or its board is gone)
	 * @param pending of {@code sent}, those the platform had not yet answered for
	 */
	record Sweep(int looked, int sent, int postponed, int skipped, int pending) {

		/** A sweep whose every nudge was answered for before it returned. */
		public Sweep(int looked, int sent, int postponed, int skipped) {
			this(looked, sent, postponed, skipped, 0);
		}

	}

}
