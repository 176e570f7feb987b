package org.accord.teams;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.in.MessageSlots;
import org.accord.core.port.out.DeliveryPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows an outcome in Teams: to the person in the turn directly, to anyone else through their stored
 * conversation reference (a proactive message).
 */
public final class TeamsDeliverer {

	private static final Logger log = LoggerFactory.getLogger(TeamsDeliverer.class);

	private final AdaptiveCardRenderer renderer;

	private final TeamsAddresses addresses;

	private final BotAdapterSource adapter;

	private final String appId;

	/** The Bot Framework adapter, looked up when first needed: it is built after the bot. */
	@FunctionalInterface
	public interface BotAdapterSource {

		BotAdapter adapter();

	}

	private final DeliveryPort elsewhere;

	private final TeamsFileConsent files;

	private final MessageSlots slots;

	/**
	 * @param elsewhere for people on another platform: a round opened in Teams reaches its Slack members through it
	 * @param files how a document reaches a Teams chat: offered on a file consent card
	 */
	public TeamsDeliverer(AdaptiveCardRenderer renderer, TeamsAddresses addresses, BotAdapterSource adapter, String appId,
			DeliveryPort elsewhere, TeamsFileConsent files) {
		this(renderer, addresses, adapter, appId, elsewhere, files, null);
	}

	/** @param slots which message holds each slot (a member's prompt of a criterion); null keeps no slots */
	public TeamsDeliverer(AdaptiveCardRenderer renderer, TeamsAddresses addresses, BotAdapterSource adapter, String appId,
			DeliveryPort elsewhere, TeamsFileConsent files, MessageSlots slots) {
		this.slots = slots;
		this.elsewhere = elsewhere;
		this.files = files;
		this.renderer = renderer;
		this.addresses = addresses;
		this.adapter = adapter;
		this.appId = appId == null ? "" : appId;
	}

	/** Within a turn: replies and updates here, directs to others proactively. */
	void deliver(TurnContext turn, Outcome outcome, PlatformUser caller) {
		for (Delivery delivery : outcome.deliveries()) {
			try {
				if (!forTeams(delivery)) {
					elsewhere.deliver(new Outcome(List.of(delivery)));
				}
				else if (delivery instanceof Delivery.Reply r) {
					turn.sendActivity(cardActivity(r.card())).join();
				}
				else if (delivery instanceof Delivery.FormRefused f) {
					turn.sendActivity(attachment(renderer.form(f.form(), f.problems()), f.form().title())).join();
				}
				else if (delivery instanceof Delivery.UpdateClicked u) {
					String replyTo = turn.getActivity().getReplyToId();
					Activity update = cardActivity(u.card());
					if (replyTo != null) {
						Optional<String> before = holder(u.slot());
						update.setId(replyTo);
						turn.updateActivity(update).join();
						taken(u.slot(), before, replyTo);
					}
					else {
						turn.sendActivity(update).join();
					}
				}
				else if (delivery instanceof Delivery.Direct d) {
					direct(d, d.to().equals(caller) ? turn : null);
				}
				else if (delivery instanceof Delivery.OpenForm f) {
					turn.sendActivity(attachment(renderer.form(f.form()), f.form().title())).join();
				}
				else if (delivery instanceof Delivery.File f) {
					if (f.to().equals(caller)) {
						turn.sendActivity(files.offer(f)).join();
					}
					else {
						proactive(f.to(), () -> files.offer(f));
					}
				}
			}
			catch (RuntimeException e) {
				log.warn("Could not deliver {} to Teams: {}", delivery.getClass().getSimpleName(), e.toString());
			}
		}
	}

	/**
	 * Teams waits only seconds for an invoke's answer, and a step may write to a whole board (a round opened,
	 * endorsement asked): after the answer, on a thread of their own and in order, the caller's replies and forms
	 * come into their chat and everyone else's messages go, each proactively.
	 */
	void deliverAfterAnswer(Outcome outcome, PlatformUser caller) {
		later.execute(() -> {
			for (Delivery delivery : outcome.deliveries()) {
				try {
					if (!forTeams(delivery)) {
						elsewhere.deliver(new Outcome(List.of(delivery)));
					}
					else if (delivery instanceof Delivery.Reply r) {
						proactive(caller, () -> cardActivity(r.card()));
					}
					else if (delivery instanceof Delivery.OpenForm f) {
						proactive(caller, () -> attachment(renderer.form(f.form()), f.form().title()));
					}
					else if (delivery instanceof Delivery.FormRefused f) {
						proactive(caller, () -> attachment(renderer.form(f.form(), f.problems()), f.form().title()));
					}
					else if (delivery instanceof Delivery.Direct d) {
						direct(d, null);
					}
					else if (delivery instanceof Delivery.File f) {
						proactive(f.to(), () -> files.offer(f));
					}
				}
				catch (RuntimeException e) {
					log.warn("Could not deliver {} to Teams: {}", delivery.getClass().getSimpleName(), e.toString());
				}
			}
		});
	}

	/** One thread per outcome at a time, so a person's messages keep their order; daemon, so they never hold up a stop. */
	private final java.util.concurrent.ExecutorService later = java.util.concurrent.Executors.newFixedThreadPool(4, runnable -> {
		Thread thread = new Thread(runnable, "teams-after-answer");
		thread.setDaemon(true);
		return thread;
	});

	/** Outside any turn (a nudge): every delivery goes proactively. */
	boolean deliverProactively(Outcome outcome) {
		boolean all = true;
		for (Delivery delivery : outcome.deliveries()) {
			if (delivery instanceof Delivery.Direct d) {
				all &= direct(d, null);
			}
			else if (delivery instanceof Delivery.File f) {
				all &= proactive(f.to(), () -> files.offer(f));
			}
		}
		return all;
	}

	private static boolean forTeams(Delivery delivery) {
		if (delivery instanceof Delivery.Direct d) {
			return TeamsAddresses.PLATFORM.equals(d.to().platform());
		}
		if (delivery instanceof Delivery.File f) {
			return TeamsAddresses.PLATFORM.equals(f.to().platform());
		}
		return true;
	}

	boolean canReach(PlatformUser user) {
		return addresses.find(user).isPresent();
	}

	/** The activity is made only for someone Accord can write to: a file's offer keeps the file until answered. */
	private boolean proactive(PlatformUser to, Supplier<Activity> activity) {
		return proactiveId(to, activity).isPresent();
	}

	/** As {@link #proactive}, with the id Teams gave the message ("" when it gave none); empty when it did not go. */
	private Optional<String> proactiveId(PlatformUser to, Supplier<Activity> activity) {
		Optional<ConversationReference> reference = addresses.find(to);
		if (reference.isEmpty() || reference.get() == null) {
			log.info("A Teams user has not met Accord yet, so cannot be written to first");
			return Optional.empty();
		}
		try {
			Activity made = activity.get();
			String[] id = { "" };
			adapter.adapter().continueConversation(appId, reference.get(), turn -> turn.sendActivity(made).thenApply(r -> {
				id[0] = r == null || r.getId() == null ? "" : r.getId();
				return null;
			})).join();
			return Optional.of(id[0]);
		}
		catch (RuntimeException e) {
			log.warn("A proactive Teams message did not go: {}", e.toString());
			return Optional.empty();
		}
	}

	/** A direct message, in the turn when there is one for its person, and the slot it takes. */
	private boolean direct(Delivery.Direct d, TurnContext turn) {
		Optional<String> before = holder(d.slot());
		Optional<String> sent;
		if (turn != null) {
			ResourceResponse response = turn.sendActivity(cardActivity(d.card())).join();
			sent = Optional.of(response == null || response.getId() == null ? "" : response.getId());
		}
		else {
			sent = proactiveId(d.to(), () -> cardActivity(d.card()));
		}
		sent.ifPresent(id -> taken(d.slot(), before, id));
		return sent.isPresent();
	}

	/**
	 * The pressed card, answered in an invoke, holds the slot now (its id is the invoke's replyToId); recorded after
	 * the answer, as the rest of the outcome is, so that Teams is answered at once.
	 */
	void clickedTakes(Delivery.Slot slot, String replyToId) {
		if (replyToId != null && slot != null) {
			later.execute(() -> taken(slot, holder(slot), replyToId));
		}
	}

	private Optional<String> holder(Delivery.Slot slot) {
		if (slot == null || slots == null) {
			return Optional.empty();
		}
		try {
			return slots.holder(slot);
		}
		catch (RuntimeException e) {
			log.warn("Could not read which message holds a prompt: {}", e.toString());
			return Optional.empty();
		}
	}

	/** The message holds the slot now; the one that held it says where the live one is. Only the marking can fail here. */
	private void taken(Delivery.Slot slot, Optional<String> before, String id) {
		if (slot == null || slots == null || id.isBlank()) {
			return;
		}
		try {
			slots.hold(slot, id);
			Optional<ConversationReference> reference = addresses.find(slot.person());
			if (before.isPresent() && !before.get().equals(id) && reference.isPresent()) {
				Activity moved = cardActivity(slot.moved());
				moved.setId(before.get());
				adapter.adapter().continueConversation(appId, reference.get(), turn -> turn.updateActivity(moved).thenApply(r -> null))
					.join();
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not mark an earlier prompt as moved: {}", e.toString());
		}
	}

	/** A refused form as an Adaptive Card's content, as an invoke's answer carries it. */
	Object formContent(org.accord.core.card.Form form, java.util.Map<String, String> problems) {
		return renderer.form(form, problems);
	}

	/** A card as an Adaptive Card's content, as an invoke's answer carries it. */
	Object cardContent(Card card) {
		return renderer.card(card);
	}

	Activity cardActivity(Card card) {
		return attachment(renderer.card(card), renderer.summary(card));
	}

	private static Activity attachment(Object content, String summary) {
		Attachment attachment = new Attachment();
		attachment.setContentType(AdaptiveCardRenderer.CONTENT_TYPE);
		attachment.setContent(content);
		Activity activity = MessageFactory.attachment(attachment);
		activity.setSummary(summary);
		return activity;
	}

}
