package org.accord.core.port.in;

/** Sends every nudge that is due now and not yet sent; the scheduler calls it every minute. */
public interface NudgeSweepUseCase {

	Sweep sweep();

	/** What one sweep did. */
	record Sweep(int looked, int sent, int postponed, int skipped) {
	}

}
