package org.accord.core.domain;

import java.util.List;
import java.util.Map;

/** One statement to rate, with the guidance prompts that explain it. */
public record Criterion(String id, String title, List<String> prompts, Map<String, String> tags, List<SubItem> items) {

	public Criterion {
		prompts = List.copyOf(prompts);
		tags = Map.copyOf(tags);
		items = List.copyOf(items);
	}

}
