package org.accord.core.port.in;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Evidence;

/** The evidence and comment form, submitted; {@code context} is the form's own context, returned. */
public interface EvidenceUseCase {

	Outcome submit(Caller caller, String context, Evidence evidence);

}
