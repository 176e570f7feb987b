package org.accord.core.port.in;

/**
 * An action as the caller names it: by its number in the plan, as people type it ("action 3"), or by its id, as a
 * button or a form carries it. Either way it must be one of the caller's board's.
 *
 * @param id null when named by number
 */
public record ActionRef(String id, int number) {

	public ActionRef {
		id = PlanCommands.given(id);
		if (id == null && number <= 0) {
			throw new IllegalArgumentException("Say which action, by its number in the plan.");
		}
	}

	public static ActionRef id(String id) {
		return new ActionRef(id, 0);
	}

	public static ActionRef number(int number) {
		return new ActionRef(null, number);
	}

	/** Named by number: the caller typed it, and is answered with the plan's numbers. */
	public boolean byNumber() {
		return id == null;
	}

}
