package org.accord.core.consensus;

import org.accord.core.domain.Answer;

/**
 * One rating as the figures see it: an anonymous rater key (a pseudonym, or a label from a file), the
 * criterion, and the answer. "Don't know", skips and off-scale answers count as no rating.
 */
public record Rating(String rater, String criterionId, Answer answer) {
}
