package org.accord.core.port.in;

import java.util.ArrayList;
import java.util.List;

/** How the chair's commands read what they are given: as a person typed or chose it, without stray blanks. */
final class Commands {

	private Commands() {
	}

	/** The words stripped; nothing but blanks counts as not given. */
	static String given(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** Each id once, stripped, in the order given; blanks dropped. */
	static List<String> ids(List<String> ids) {
		List<String> distinct = new ArrayList<>();
		for (String id : ids) {
			String given = given(id);
			if (given != null && !distinct.contains(given)) {
				distinct.add(given);
			}
		}
		return List.copyOf(distinct);
	}

}
