package org.accord.core.service;

import java.util.function.Function;
import java.util.function.Supplier;

import org.accord.core.card.Outcome;

/** How the typed words and the forms hand a person's input to a use case: as its command record, or not at all. */
final class CommandRecords {

	private CommandRecords() {
	}

	/**
	 * Calls a use case with a command read from what a person gave; a command its record refuses (no owner, no
	 * criterion, a note too long) is answered with the record's reason, and nothing is called.
	 */
	static <C> Outcome checked(Supplier<C> command, Function<C, Outcome> call) {
		C read;
		try {
			read = command.get();
		}
		catch (IllegalArgumentException refused) {
			return Outcome.reply(refused.getMessage());
		}
		return call.apply(read);
	}

}
