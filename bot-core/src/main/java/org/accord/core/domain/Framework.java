package org.accord.core.domain;

import java.util.List;
import java.util.Optional;

/** A versioned set of sections and criteria with its rating scale, as loaded from a data file. */
public record Framework(String id, String title, String version, String source, String description, Scale scale,
		List<Section> sections) {

	public Framework {
		sections = List.copyOf(sections);
	}

	/** Every criterion in the order a member meets them. */
	public List<Criterion> criteria() {
		return sections.stream().flatMap(s -> s.criteria().stream()).toList();
	}

	public Optional<Criterion> criterion(String id) {
		return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
	}

	public Optional<Section> sectionOf(String criterionId) {
		return sections.stream().filter(s -> s.criteria().stream().anyMatch(c -> c.id().equals(criterionId))).findFirst();
	}

	/** Every criterion's id, in the framework's order. */
	public List<String> criterionIds() {
		return criteria().stream().map(Criterion::id).toList();
	}

	public int criterionCount() {
		return sections.stream().mapToInt(s -> s.criteria().size()).sum();
	}

	public int subItemCount() {
		return criteria().stream().mapToInt(c -> c.items().size()).sum();
	}

}
