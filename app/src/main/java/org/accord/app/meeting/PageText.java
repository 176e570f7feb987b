package org.accord.app.meeting;

import org.accord.core.card.Mention;
import org.accord.core.card.Verbatim;

/**
 * Core's small markup (bold between asterisks, a command between backticks, a person's mark) as plain words for
 * the page. What people wrote is marked in core's text and left exactly as written; the template escapes it all.
 */
final class PageText {

	private PageText() {
	}

	static String plain(String text) {
		if (text == null) {
			return null;
		}
		String words = Verbatim.render(Mention.plain(text),
				markup -> markup.replace("*", "").replaceAll("`([^`]*)`", "\u201C$1\u201D").replace("`", ""), people -> people);
		return Verbatim.plain(words).strip();
	}

}
