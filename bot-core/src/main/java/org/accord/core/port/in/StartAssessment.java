package org.accord.core.port.in;

import java.time.LocalDate;

import org.accord.core.card.Outcome;

/** The chair opens a cycle's first round on a framework: every member who rates gets the first prompt. */
public interface StartAssessment {

	Outcome start(Caller caller, Command command);

	/** The form the chair fills instead of typing: the framework, a due date, a title. */
	Outcome form(Caller caller);

	/**
	 * @param due the day the round is due, or null for none
	 * @param title null for the framework's own title
	 */
	record Command(String frameworkId, LocalDate due, String title) {

		public Command {
			if (frameworkId == null || frameworkId.isBlank()) {
				throw new IllegalArgumentException("Say which framework to assess against.");
			}
			frameworkId = frameworkId.strip().toLowerCase(java.util.Locale.ROOT);
			title = title == null || title.isBlank() ? null : title.strip();
		}

	}

}
