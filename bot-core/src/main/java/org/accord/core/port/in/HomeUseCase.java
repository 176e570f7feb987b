package org.accord.core.port.in;

import org.accord.core.card.Card;

/** The person's home view: their open assessment and progress; for the chair, the board and participation. */
public interface HomeUseCase {

	Card home(Caller caller);

}
