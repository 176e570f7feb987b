package org.accord.app.store;

import java.util.Optional;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;

/**
 * Tells a store that did not answer (down, unreachable, no primary, too slow) from every other failure: that
 * one is Accord's fault, never the sender's, and the person is told to try again rather than refused.
 */
public final class StoreFailures {

	/** What the person who asked is told: nothing they did was wrong, and nothing was kept. */
	public static final String TRY_AGAIN = "Accord could not save that just now; nothing was changed. Please try again in a minute.";

	private StoreFailures() {
	}

	/** The driver's failure in the chain of causes, when it is the store not answering. */
	public static Optional<RuntimeException> unavailable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof MongoTimeoutException || t instanceof MongoSocketException
					|| t instanceof MongoServerUnavailableException || t instanceof MongoNotPrimaryException
					|| t instanceof MongoNodeIsRecoveringException || t instanceof MongoExecutionTimeoutException
					|| t instanceof MongoWriteConcernException || t instanceof MongoInterruptedException) {
				return Optional.of((RuntimeException) t);
			}
		}
		return Optional.empty();
	}

	/** For the log: what the driver said, in one line, without a stack trace. */
	public static String reason(RuntimeException failure) {
		String message = failure.getMessage() == null ? "" : failure.getMessage().strip().replaceAll("\\s+", " ");
		if (message.length() > 200) {
			message = message.substring(0, 200) + "…";
		}
		return failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

}
