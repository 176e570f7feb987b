package org.accord.app;

/**
 * A setting Accord cannot start with, thrown where the setting is read: what is wrong (naming the variable)
 * and what to do. At start it becomes one plain line on stderr and exit status 1
 * ({@link StartupFailureAnalyzers}, {@link OneLineFailureReporter}, {@link AccordApplication#main}), never a
 * stack trace: the operator needs the sentence, not where in Accord it was noticed. So it carries none.
 */
public final class StartupProblem extends RuntimeException {

	private final String action;

	/**
	 * @param problem what is wrong, naming the variable, as a sentence: "ACCORD_ANONYMITY_KEY is shorter than 32 bytes."
	 * @param action what to do about it, as a sentence
	 */
	public StartupProblem(String problem, String action) {
		super(problem, null, false, false);
		this.action = action;
	}

	public String problem() {
		return getMessage();
	}

	public String action() {
		return action;
	}

	@Override
	public String toString() {
		return problem() + " " + action;
	}

}
