package org.accord.core.domain;

/** The board's shared evidence and comment for a criterion, as transcribed onto the form. */
public record AgreedText(String evidence, String comment) {
}
