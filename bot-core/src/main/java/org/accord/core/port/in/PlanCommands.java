package org.accord.core.port.in;

/** How the plan's and the endorsement's commands read what they are given: as a person typed or chose it, without stray blanks. */
final class PlanCommands {

	private PlanCommands() {
	}

	/** The words stripped; nothing but blanks counts as not given. */
	static String given(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
