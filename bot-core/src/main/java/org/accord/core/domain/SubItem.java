package org.accord.core.domain;

/** A lettered part of a criterion (the Hallmarks checklist's "1a", "1b"…), recorded on its own. */
public record SubItem(String id, String text) {
}
