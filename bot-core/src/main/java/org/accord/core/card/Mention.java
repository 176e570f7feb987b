package org.accord.core.card;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.accord.core.domain.PlatformUser;

/**
 * A person named inside a card's text, marked the way {@link Verbatim} marks people's words, so each platform
 * shows them natively: Slack as its own mention, Teams as an {@code <at>} mention of the person's display name.
 * Core writes no platform's mention syntax; it writes this.
 */
public final class Mention {

	static final char OPEN = '\uE002';

	static final char NAME = '\uE003';

	static final char CLOSE = '\uE004';

	/** Marks every Accord writes itself; a person's words cannot carry them into a card. */
	private static final String MARKS = "" + OPEN + NAME + CLOSE + Verbatim.OPEN + Verbatim.CLOSE;

	/** The person as their platform knows them and the name to show, if Accord knows it. */
	public record Person(String platform, String userId, String name) {
	}

	private Mention() {
	}

	/**
	 * The person, marked; {@code name} may be null when Accord has not been told it. The platform is carried too:
	 * on a board across Slack and Teams, each platform can mention only its own people, and names the others.
	 */
	public static String of(PlatformUser user, String name) {
		return OPEN + clean(user.platform()) + NAME + clean(user.userId()) + NAME + (name == null ? "" : clean(name)) + CLOSE;
	}

	/** Every person named in the text, in order. */
	public static List<Person> in(String text) {
		List<Person> people = new ArrayList<>();
		render(text, person -> {
			people.add(person);
			return "";
		});
		return people;
	}

	/** The text with each mention replaced by what {@code shown} makes of its person. */
	public static String render(String text, Function<Person, String> shown) {
		if (text == null || text.indexOf(OPEN) < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (at < text.length()) {
			int open = text.indexOf(OPEN, at);
			int id = open < 0 ? -1 : text.indexOf(NAME, open);
			int name = id < 0 ? -1 : text.indexOf(NAME, id + 1);
			int close = name < 0 ? -1 : text.indexOf(CLOSE, name);
			if (close < 0) {
				out.append(text, at, text.length());
				break;
			}
			out.append(text, at, open);
			String shownName = text.substring(name + 1, close);
			out.append(shown.apply(new Person(text.substring(open + 1, id), text.substring(id + 1, name),
					shownName.isEmpty() ? null : shownName)));
			at = close + 1;
		}
		return out.toString();
	}

	/** The person's name, or "a board member" where Accord was not told it. */
	public static String words(Person person) {
		return person.name() == null ? "a board member" : person.name();
	}

	/** Where nothing is markup (files, summaries, logs): people by name. */
	public static String plain(String text) {
		return render(text, Mention::words);
	}

	private static String clean(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			out.append(MARKS.indexOf(c) >= 0 ? ' ' : c);
		}
		return out.toString();
	}

}
