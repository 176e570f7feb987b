package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.core.port.in.Typed;

/** Words as a person types them in Slack, mentions written {@code <@U123>} or {@code <@U123|name>}, as core receives them. */
final class TypedText {

	private static final Pattern MENTION = Pattern.compile("<@([A-Za-z0-9:_-]+)(?:\\|([^>]*))?>");

	private TypedText() {
	}

	static Typed of(String text) {
		if (text == null) {
			return Typed.words(null);
		}
		List<Typed.Mentioned> mentions = new ArrayList<>();
		Matcher m = MENTION.matcher(Typed.typedByAPerson(text));
		StringBuilder rest = new StringBuilder();
		while (m.find()) {
			mentions.add(new Typed.Mentioned(m.group(1), m.group(2)));
			m.appendReplacement(rest, " " + Typed.MENTIONED + " ");
		}
		m.appendTail(rest);
		return new Typed(rest.toString(), mentions);
	}

}
