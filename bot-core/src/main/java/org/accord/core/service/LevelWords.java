package org.accord.core.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;

/** A level of a scale as people type it: its label's words ("some success"), its number, or its key. */
final class LevelWords {

	private LevelWords() {
	}

	/** The level, and how many of the words its label took: what follows is the rest of the command. */
	record Match(Level level, int words) {
	}

	/** The longest label that the words start with, else the first word as a number or a key. */
	static Optional<Match> match(Framework framework, List<String> words) {
		List<Level> levels = framework.scale().levels();
		if (words.isEmpty()) {
			return Optional.empty();
		}
		Match best = null;
		for (Level level : levels) {
			String[] label = level.label().toLowerCase(Locale.ROOT).split("\\s+");
			if (label.length <= words.size() && (best == null || label.length > best.words())) {
				boolean same = true;
				for (int i = 0; i < label.length; i++) {
					same &= label[i].equals(words.get(i).toLowerCase(Locale.ROOT));
				}
				if (same) {
					best = new Match(level, label.length);
				}
			}
		}
		if (best != null) {
			return Optional.of(best);
		}
		String first = words.get(0).toLowerCase(Locale.ROOT);
		for (int i = 0; i < levels.size(); i++) {
			if (first.equals(Integer.toString(i + 1)) || first.equals(levels.get(i).key().toLowerCase(Locale.ROOT))) {
				return Optional.of(new Match(levels.get(i), 1));
			}
		}
		return Optional.empty();
	}

}
