package org.accord.core.card;

import org.accord.core.domain.PlatformUser;

/** One thing to show someone, as a result of a use case. Adapters carry these out after acknowledging. */
public sealed interface Delivery {

	/** To the person who asked, seen by them only (Slack ephemeral, a Teams reply). */
	record Reply(Card card) implements Delivery {
	}

	/** Replaces the message whose button was pressed. */
	record UpdateClicked(Card card) implements Delivery {
	}

	/** A direct message to a person. */
	record Direct(PlatformUser to, Card card) implements Delivery {
	}

	/** A file for a person (a document, a chart), with a line saying what it is. */
	record File(PlatformUser to, String fileName, String title, byte[] content, String comment) implements Delivery {
	}

	/** Opens a form for the person who pressed the button. */
	record OpenForm(Form form) implements Delivery {
	}

}
