package org.accord.teams;

import java.time.Duration;

import org.accord.core.domain.PlatformUser;

/**
 * Files offered in Teams on a file consent card, kept until the person answers it: Teams shows no file a bot
 * attaches itself in a personal chat, so it asks the person first and only then gives Accord a place in their
 * OneDrive to put the bytes. One card can be answered twice (a double click, a retry, two Accord instances
 * behind one bot), so an offer gives its file once.
 */
public interface PendingFiles {

	/** How long an offer waits for its answer. */
	Duration KEPT_FOR = Duration.ofHours(24);

	/** Keeps the file for this person; the id it returns is all that the consent card carries. */
	String save(PlatformUser to, String fileName, byte[] content);

	/**
	 * The person's answer to an offer: the file, the first time only; after that, what the first answer was.
	 * Someone other than the person it was offered to finds nothing.
	 */
	Taken take(String id, PlatformUser by, boolean accepted);

	/** What an answer to an offer finds. */
	sealed interface Taken {

		/** The offer was waiting; now it is answered, and nobody else gets the file. */
		record File(String fileName, byte[] content) implements Taken {
		}

		/** Answered before: accepted (and uploaded then, or tried) or declined. */
		record Answered(String fileName, boolean accepted) implements Taken {
		}

		/** Never offered to this person, or expired. */
		record Gone() implements Taken {
		}

	}

}
