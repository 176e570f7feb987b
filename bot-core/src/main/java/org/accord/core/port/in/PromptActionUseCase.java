package org.accord.core.port.in;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Outcome;

/** A button pressed on a prompt: a rating, "Don't know", "Skip for now", "Back", evidence, continue. */
public interface PromptActionUseCase {

	Outcome act(Caller caller, ButtonAction action);

}
