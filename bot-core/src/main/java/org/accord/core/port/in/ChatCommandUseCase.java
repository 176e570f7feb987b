package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** A typed command: Slack's {@code /assess <text>}, or the same words sent to the bot in Teams. */
public interface ChatCommandUseCase {

	Outcome handle(Caller caller, Typed typed);

}
