package org.accord.core.port.in;

import java.util.Map;

import org.accord.core.card.Outcome;

/**
 * A submitted form: evidence and comment, the board's agreed text, a reason for declining.
 * {@code context} is the form's own context, returned as it was given; {@code values} are its inputs by id.
 */
public interface FormUseCase {

	Outcome submit(Caller caller, String context, Map<String, String> values);

}
