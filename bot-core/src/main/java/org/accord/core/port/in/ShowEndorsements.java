package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** Who has endorsed for which agency, who declined and why, and who has not answered. */
public interface ShowEndorsements {

	Outcome show(Caller caller);

}
