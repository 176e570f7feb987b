package org.accord.app;

import java.io.PrintStream;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports why Accord could not start as exactly one line on stderr: what is wrong and what to do
 * (registered in META-INF/spring.factories). Spring Boot's own reporter, a box of several lines in the
 * log, is turned off in {@link AccordApplication#main}; an analysis of Spring Boot's own of several lines is
 * put on this one line too.
 */
final class OneLineFailureReporter implements FailureAnalysisReporter {

	private final PrintStream err;

	OneLineFailureReporter() {
		this(System.err);
	}

	OneLineFailureReporter(PrintStream err) {
		this.err = err;
	}

	@Override
	public void report(FailureAnalysis analysis) {
		err.println(line(analysis));
		err.flush();
	}

	static String line(FailureAnalysis analysis) {
		String description = flat(analysis.getDescription());
		String action = flat(analysis.getAction());
		return "Accord did not start: " + description + (action.isEmpty() ? "" : " " + action);
	}

	private static String flat(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ");
	}

}
