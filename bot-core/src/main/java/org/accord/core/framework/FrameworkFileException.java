package org.accord.core.framework;

import java.util.List;

/** A framework file that cannot be used, with every problem found in it, each naming its place. */
public class FrameworkFileException extends RuntimeException {

	private final String file;

	private final List<String> problems;

	public FrameworkFileException(String file, List<String> problems) {
		super(describe(file, problems));
		this.file = file;
		this.problems = List.copyOf(problems);
	}

	public String file() {
		return file;
	}

	public List<String> problems() {
		return problems;
	}

	private static String describe(String file, List<String> problems) {
		StringBuilder text = new StringBuilder("Framework file ").append(file).append(" has ")
			.append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
		problems.forEach(p -> text.append(System.lineSeparator()).append("  - ").append(p));
		return text.toString();
	}

}
