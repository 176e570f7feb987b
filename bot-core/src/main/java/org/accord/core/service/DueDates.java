package org.accord.core.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A due date as people write it: YYYY-MM-DD, from today to the end of 2099 (a later one is a slip of the
 * keyboard, and far enough out no longer fits the nudges' clock). Checked before anything is stored, so that a
 * date out of range never leaves an assessment or an action half made.
 */
final class DueDates {

	static final LocalDate LAST = LocalDate.of(2099, 12, 31);

	private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private DueDates() {
	}

	/** The date, or empty when the text is not one written as YYYY-MM-DD. */
	static Optional<LocalDate> parse(String text) {
		if (text == null || !ISO.matcher(text.strip()).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** What is wrong with a due date, in words; empty when it will do. */
	static Optional<String> problem(LocalDate due, LocalDate today) {
		if (due.isBefore(today)) {
			return Optional.of("The due date " + due + " has passed: choose a later one.");
		}
		if (due.isAfter(LAST)) {
			return Optional.of("The due date " + due + " is too far away: choose one before 2100.");
		}
		return Optional.empty();
	}

}
