package org.accord.core.domain;

import java.util.List;
import java.util.Optional;

/**
 * The ordered levels of a framework, lowest first, plus answers that sit off the order (such as "Not
 * applicable") and therefore count as no rating in every figure.
 */
public record Scale(String source, List<Level> levels, List<Level> otherAnswers) {

	public Scale {
		levels = List.copyOf(levels);
		otherAnswers = List.copyOf(otherAnswers);
	}

	/** The level's place on the scale, 1 for the lowest, or empty when the key is not an ordered level. */
	public Optional<Integer> rankOf(String key) {
		for (int i = 0; i < levels.size(); i++) {
			if (levels.get(i).key().equals(key)) {
				return Optional.of(i + 1);
			}
		}
		return Optional.empty();
	}

	public Optional<Level> level(String key) {
		return levels.stream().filter(l -> l.key().equals(key)).findFirst()
			.or(() -> otherAnswers.stream().filter(l -> l.key().equals(key)).findFirst());
	}

}
