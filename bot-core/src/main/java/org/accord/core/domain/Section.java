package org.accord.core.domain;

import java.util.List;

/** A group of criteria: an area of the 2002 form, a stage of the Hallmarks checklist. */
public record Section(String id, String title, String sourceHeading, List<Criterion> criteria) {

	public Section {
		criteria = List.copyOf(criteria);
	}

}
