package org.accord.core.card;

import org.accord.core.domain.PlatformUser;

/** One thing to show someone, as a result of a use case. Adapters carry these out after acknowledging. */
public sealed interface Delivery {

	/** To the person who asked, seen by them only (Slack ephemeral, a Teams reply). */
	record Reply(Card card) implements Delivery {
	}

	/** Replaces the message whose button was pressed; with a slot, that message holds it from now on. */
	record UpdateClicked(Card card, Slot slot) implements Delivery {

		public UpdateClicked(Card card) {
			this(card, null);
		}

	}

	/** A direct message to a person; with a slot, it takes the slot from the message that held it. */
	record Direct(PlatformUser to, Card card, Slot slot) implements Delivery {

		public Direct(PlatformUser to, Card card) {
			this(to, card, null);
		}

	}

	/**
	 * One live message per person and name within a scope: a member's prompt for one criterion in one round. A
	 * newer message in the slot turns the one that held it into {@code moved}, so that an old copy never stays
	 * live beside the new one. Platforms keep which message holds a slot; core only names it.
	 */
	record Slot(PlatformUser person, String scope, String name, Card moved) {
	}

	/**
	 * A file for a person (a document, a chart), with a line saying what it is. Its content is made when it is
	 * first asked for, once: on the thread that delivers it, after the platform has been answered, so that a
	 * document of a large board never holds up an acknowledgement.
	 */
	final class File implements Delivery {

		private final PlatformUser to;

		private final String fileName;

		private final String title;

		private final String comment;

		private java.util.function.Supplier<byte[]> making;

		private byte[] content;

		public File(PlatformUser to, String fileName, String title, java.util.function.Supplier<byte[]> making, String comment) {
			this.to = to;
			this.fileName = fileName;
			this.title = title;
			this.making = java.util.Objects.requireNonNull(making);
			this.comment = comment;
		}

		public File(PlatformUser to, String fileName, String title, byte[] content, String comment) {
			this(to, fileName, title, () -> content, comment);
		}

		public PlatformUser to() {
			return to;
		}

		public String fileName() {
			return fileName;
		}

		public String title() {
			return title;
		}

		public String comment() {
			return comment;
		}

		/** Made the first time it is asked for. */
		public synchronized byte[] content() {
			if (content == null) {
				content = making.get();
				making = null;
			}
			return content;
		}

		/** Whether the content has been made yet: tests see that nothing was made before an acknowledgement. */
		public synchronized boolean made() {
			return content != null;
		}

		@Override
		public String toString() {
			return "File[" + fileName + " for " + to + "]";
		}

	}

	/**
	 * A submitted form not taken: it stays open with what the person gave, each problem beside its input (by the
	 * input's id), and nothing was done. {@code form} is the form again, for a platform that must show it anew.
	 */
	record FormRefused(Form form, java.util.Map<String, String> problems) implements Delivery {

		public FormRefused {
			problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
		}

		/** The problems as one message, for where no form is open to show them in. */
		public String words() {
			StringBuilder text = new StringBuilder("Nothing was saved: ");
			form.inputs().stream().filter(i -> problems.containsKey(i.id()))
				.forEach(i -> text.append(Verbatim.plain(i.label())).append(": ").append(problems.get(i.id())).append(' '));
			return text.toString().strip();
		}

	}

	/** Opens a form for the person who pressed the button. */
	record OpenForm(Form form) implements Delivery {
	}

}
