package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/**
 * The chair drafts the action plan from the consensus: a draft action for every criterion settled at one of the
 * scale's two lowest levels that has no action yet, each to accept (with an owner and a date) or drop.
 */
public interface ProposePlan {

	Outcome propose(Caller caller);

}
