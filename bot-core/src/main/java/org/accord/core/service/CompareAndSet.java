package org.accord.core.service;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.accord.core.card.Outcome;

/**
 * A change by compare-and-set: read, decide, write only if nobody wrote in between, else decide again on what they
 * wrote. No change needs a lock or a transaction, on any instance of Accord.
 */
final class CompareAndSet {

	/** A few tries: a lost race means someone else just changed it, and deciding again is cheap. */
	private static final int ATTEMPTS = 5;

	private CompareAndSet() {
	}

	/**
	 * @param read the value as stored now; empty when it is gone or no longer the caller's to change
	 * @param write stores the second value if the first is still what is stored; empty when someone wrote first
	 * @param decide decides on the value as it stands, each time it is read
	 * @param gone the answer when {@code read} finds nothing
	 * @param busy the answer when every try lost its race
	 */
	static <T> Outcome change(Supplier<Optional<T>> read, BiFunction<T, T, Optional<T>> write, Function<T, Change<T>> decide,
			String gone, String busy) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<T> current = read.get();
			if (current.isEmpty()) {
				return Outcome.reply(gone);
			}
			Change<T> change = decide.apply(current.get());
			if (change.next() == null) {
				return change.answer();
			}
			Optional<T> written = write.apply(current.get(), change.next());
			if (written.isPresent()) {
				return change.then().apply(written.get());
			}
		}
		return Outcome.reply(busy);
	}

	/**
	 * What a decision was: the value to write and what to answer once it is written (given the value as stored), or
	 * an answer without writing anything.
	 */
	record Change<T>(T next, Function<T, Outcome> then, Outcome answer) {

		static <T> Change<T> to(T next, Function<T, Outcome> then) {
			return new Change<>(next, then, null);
		}

		static <T> Change<T> refuse(String refusal) {
			return new Change<>(null, null, Outcome.reply(refusal));
		}

		/** Nothing to write: the change happened already, and this says so. */
		static <T> Change<T> answer(Outcome answer) {
			return new Change<>(null, null, answer);
		}

	}

}
