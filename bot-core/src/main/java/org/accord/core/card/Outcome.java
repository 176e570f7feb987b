package org.accord.core.card;

import java.util.ArrayList;
import java.util.List;

import org.accord.core.domain.PlatformUser;

/** Everything a use case wants shown, in order. Building it changes nothing; carrying it out only shows. */
public record Outcome(List<Delivery> deliveries) {

	/** A card too long for one message goes as several, in order (see {@link CardPages}): an update's rest as replies. */
	public Outcome {
		List<Delivery> paged = new ArrayList<>();
		for (Delivery delivery : deliveries) {
			if (delivery instanceof Delivery.Reply r) {
				CardPages.of(r.card()).forEach(page -> paged.add(new Delivery.Reply(page)));
			}
			else if (delivery instanceof Delivery.Direct d) {
				List<Card> pages = CardPages.of(d.card());
				paged.add(new Delivery.Direct(d.to(), pages.get(0), d.slot()));
				pages.subList(1, pages.size()).forEach(page -> paged.add(new Delivery.Direct(d.to(), page)));
			}
			else if (delivery instanceof Delivery.UpdateClicked u) {
				List<Card> pages = CardPages.of(u.card());
				paged.add(new Delivery.UpdateClicked(pages.get(0), u.slot()));
				pages.subList(1, pages.size()).forEach(page -> paged.add(new Delivery.Reply(page)));
			}
			else {
				paged.add(delivery);
			}
		}
		deliveries = List.copyOf(paged);
	}

	public static Outcome reply(Card card) {
		return new Outcome(List.of(new Delivery.Reply(card)));
	}

	public static Outcome reply(String text) {
		return reply(Card.text(text));
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The refusal of a submitted form, if it was refused. */
	public java.util.Optional<Delivery.FormRefused> formRefused() {
		return deliveries.stream().filter(Delivery.FormRefused.class::isInstance).map(Delivery.FormRefused.class::cast).findFirst();
	}

	/** The reply to the caller, if any: adapters that must answer synchronously take it out first. */
	public List<Card> replies() {
		return deliveries.stream().filter(Delivery.Reply.class::isInstance).map(d -> ((Delivery.Reply) d).card()).toList();
	}

	public static final class Builder {

		private final List<Delivery> deliveries = new ArrayList<>();

		public Builder reply(Card card) {
			deliveries.add(new Delivery.Reply(card));
			return this;
		}

		public Builder reply(String text) {
			return reply(Card.text(text));
		}

		public Builder updateClicked(Card card) {
			deliveries.add(new Delivery.UpdateClicked(card));
			return this;
		}

		/** The pressed message, replaced, holds the slot from now on. */
		public Builder updateClicked(Card card, Delivery.Slot slot) {
			deliveries.add(new Delivery.UpdateClicked(card, slot));
			return this;
		}

		/** A direct message that takes the slot: the message that held it is marked as moved. */
		public Builder direct(PlatformUser to, Card card, Delivery.Slot slot) {
			deliveries.add(new Delivery.Direct(to, card, slot));
			return this;
		}

		public Builder direct(PlatformUser to, Card card) {
			deliveries.add(new Delivery.Direct(to, card));
			return this;
		}

		public Builder file(PlatformUser to, String fileName, String title, byte[] content, String comment) {
			return file(to, fileName, title, () -> content, comment);
		}

		/** A file whose content is made only when it is delivered (see {@link Delivery.File}). */
		public Builder file(PlatformUser to, String fileName, String title, java.util.function.Supplier<byte[]> making,
				String comment) {
			deliveries.add(new Delivery.File(to, fileName, title, making, comment));
			return this;
		}

		public Builder refuseForm(Form form, java.util.Map<String, String> problems) {
			deliveries.add(new Delivery.FormRefused(form, problems));
			return this;
		}

		public Builder openForm(Form form) {
			deliveries.add(new Delivery.OpenForm(form));
			return this;
		}

		public Builder add(Outcome other) {
			deliveries.addAll(other.deliveries());
			return this;
		}

		public Outcome build() {
			return new Outcome(deliveries);
		}

	}

}
