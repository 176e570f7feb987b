package org.accord.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.core.port.in.Typed;

/**
 * A slash command's or a DM's text as core reads it. Slack sends a mention as {@code <@U123>}, or
 * {@code <@U123|handle>} when the command is set to escape names; each becomes a {@link Typed.Mentioned} by id.
 */
final class SlackTyped {

	private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9a-z_-]+)(?:\\|([^>]*))?>");

	private SlackTyped() {
	}

	static Typed of(String text) {
		if (text == null) {
			return Typed.words(null);
		}
		List<Typed.Mentioned> mentions = new ArrayList<>();
		Matcher m = MENTION.matcher(Typed.typedByAPerson(text));
		StringBuilder rest = new StringBuilder();
		while (m.find()) {
			// Slack shows a mention by its id; the handle an escaped one carries is not kept (see SlackAccord.caller).
			mentions.add(new Typed.Mentioned(m.group(1), null));
			m.appendReplacement(rest, " " + Typed.MENTIONED + " ");
		}
		m.appendTail(rest);
		return new Typed(rest.toString(), mentions);
	}

}
