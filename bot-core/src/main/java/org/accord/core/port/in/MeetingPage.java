package org.accord.core.port.in;

import java.time.Instant;
import java.util.List;

import org.accord.core.card.Outcome;

/**
 * The board's meeting page: the disputed criteria of the last closed round, one at a time, for the board to talk
 * through face to face while the chair records what they agree. The page is opened by a link the chair (or the
 * facilitator, to view only) gets in chat; nothing of it is served without a good link. Recording an agreement is
 * {@link SettleCriterion}, and asking for endorsement {@link RequestEndorsement}, as from chat.
 */
public interface MeetingPage {

	/** The link for the caller: the chair's records agreements; the facilitator's, or {@code viewOnly}, only shows. */
	Outcome link(Caller caller, LinkCommand command);

	/** The chair ends every link to the assessment's page at once. */
	Outcome endLinks(Caller caller, LinkCommand command);

	/** The page a link opens, or why it opens nothing. */
	Opened open(String token);

	/** What the page shows now, in a word that changes whenever it does: open copies follow it. Null for a bad link. */
	String stamp(String token);

	/** The board's agreement on a criterion, recorded through the chair's link. */
	Done settle(String token, String criterionId, String levelKey, String note);

	/** Once nothing is disputed: the endorsement requests, as the chair's button sends them. */
	Done askForEndorsement(String token);

	/** @param assessmentId null for the board's current assessment */
	record LinkCommand(String assessmentId, boolean viewOnly) {

		public LinkCommand {
			assessmentId = Commands.given(assessmentId);
		}

	}

	/** A link opened: the page, or why not. */
	sealed interface Opened {

		/** No such link, or one changed by hand: nothing is said about any assessment. */
		record Unknown() implements Opened {
		}

		/** A real link that has expired or been ended by the chair. */
		record Ended() implements Opened {
		}

		record Shown(View view) implements Opened {
		}

	}

	/** What an attempt did, in words for the page; {@code done} false when it was refused. */
	record Done(boolean done, String message) {
	}

	/**
	 * The page's content. Nothing in it names a member or says how anyone rated: distributions only at a round's
	 * close and with enough ratings, the words of members shuffled.
	 *
	 * @param controls whether this link records agreements and asks for endorsement
	 * @param status where the assessment stands, in a sentence
	 * @param endorsementOffered nothing is left disputed and endorsement may be asked for through this link
	 */
	record View(String title, String frameworkTitle, boolean controls, String stamp, String status, int shownFrom,
			List<Category> categories, List<Item> items, boolean settling, boolean endorsementOffered, Instant expiresAt) {

		public View {
			categories = List.copyOf(categories);
			items = List.copyOf(items);
		}

	}

	record Category(String key, String label, String definition) {
	}

	/**
	 * One disputed criterion of the last closed round.
	 *
	 * @param counts the ratings per category, lowest first; empty when too few rated it to show
	 * @param chart the counts as a PNG bar chart; null with the counts
	 * @param state "Disputed", or how it was settled
	 * @param settledKey the category it was settled at, or null
	 * @param lastCycle where it stood in the board's previous cycle, or null
	 */
	record Item(String id, String title, String area, List<String> prompts, int round, List<Integer> counts, byte[] chart,
			String agreement, List<String> figures, List<String> rationales, List<String> evidence, String state,
			String settledKey, String note, String lastCycle) {

		public Item {
			prompts = List.copyOf(prompts);
			counts = List.copyOf(counts);
			figures = List.copyOf(figures);
			rationales = List.copyOf(rationales);
			evidence = List.copyOf(evidence);
		}

		public boolean settled() {
			return settledKey != null;
		}

	}

}
