package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.accord.core.port.in.Typed;

/** The words of a typed command; the people it mentions stand in it as {@link Typed#MENTIONED}, in order. */
record CommandText(List<String> words, List<Typed.Mentioned> mentions, String raw) {

	static CommandText parse(Typed typed) {
		String input = typed.text().strip();
		List<String> words = new ArrayList<>();
		for (String word : input.split("\\s+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return new CommandText(List.copyOf(words), typed.mentions(), input);
	}

	String verb() {
		return words.isEmpty() ? "help" : words.get(0).toLowerCase(Locale.ROOT);
	}

	String word(int i) {
		return i < words.size() ? words.get(i) : "";
	}

	List<String> mentionedUserIds() {
		return mentions.stream().map(Typed.Mentioned::userId).toList();
	}

	/** The name the platform showed for a mentioned person, if it showed one. */
	String nameOf(String userId) {
		return mentions.stream().filter(m -> m.userId().equals(userId)).map(Typed.Mentioned::name)
			.filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	/** The person mentioned after {@code before}'s mentions, that is the first one outside that text. */
	Typed.Mentioned mentionAfter(String before) {
		int skipped = 0;
		for (String word : before.split("\\s+")) {
			if (word.equals(Typed.MENTIONED)) {
				skipped++;
			}
		}
		return skipped < mentions.size() ? mentions.get(skipped) : null;
	}

	/** The words after the first {@code from}, mentions removed. */
	List<String> after(int from) {
		return words.subList(Math.min(from, words.size()), words.size()).stream().filter(w -> !w.equals(Typed.MENTIONED))
			.toList();
	}

}
