package org.accord.core.domain;

/** One answer on a scale: a stable key, the label members see, and the definition that makes it comparable. */
public record Level(String key, String label, String definition) {
}
