package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a typed command, with mentions taken out as user ids. */
record CommandText(List<String> words, List<String> mentionedUserIds, String raw) {

	/** Slack escapes mentions as {@code <@U123>} or {@code <@U123|name>}. */
	private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9a-z:_-]+)(?:\\|[^>]*)?>");

	static CommandText parse(String text) {
		String input = text == null ? "" : text.strip();
		List<String> mentions = new ArrayList<>();
		Matcher m = MENTION.matcher(input);
		StringBuilder rest = new StringBuilder();
		while (m.find()) {
			mentions.add(m.group(1));
			m.appendReplacement(rest, " @ ");
		}
		m.appendTail(rest);
		List<String> words = new ArrayList<>();
		for (String word : rest.toString().strip().split("\\s+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return new CommandText(List.copyOf(words), List.copyOf(mentions), input);
	}

	String verb() {
		return words.isEmpty() ? "help" : words.get(0).toLowerCase(Locale.ROOT);
	}

	String word(int i) {
		return i < words.size() ? words.get(i) : "";
	}

	/** The words after the first {@code from}, mentions removed. */
	List<String> after(int from) {
		return words.subList(Math.min(from, words.size()), words.size()).stream().filter(w -> !w.equals("@")).toList();
	}

}
