package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/**
 * The chair asks every responsible-authority representative to endorse the agreed form, once nothing is disputed;
 * each gets the form and the buttons to endorse or decline.
 */
public interface RequestEndorsement {

	Outcome request(Caller caller);

}
