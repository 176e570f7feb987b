package org.accord.slack;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.port.in.MessageSlots;
import org.accord.core.port.out.DeliveryPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out an outcome's deliveries through the Web API, after the request has been acknowledged. The
 * deliveries of one outcome go in order on one thread, so a member sees the answered prompt before the next.
 */
public final class SlackDeliverer {

	private static final Logger log = LoggerFactory.getLogger(SlackDeliverer.class);

	private static final int ATTEMPTS = 4;

	private final BlockKitCardRenderer renderer;

	private final ExecutorService executor;

	private final DeliveryPort elsewhere;

	private final MessageSlots slots;

	public SlackDeliverer(BlockKitCardRenderer renderer, ExecutorService executor, DeliveryPort elsewhere) {
		this(renderer, executor, elsewhere, null);
	}

	/**
	 * @param elsewhere for people on another platform (a board can span Slack and Teams): a round opened in
	 * Slack reaches its Teams members through it
	 * @param slots which message holds each slot (a member's prompt of a criterion), so an old copy is marked when a
	 * new one goes; null keeps no slots
	 */
	public SlackDeliverer(BlockKitCardRenderer renderer, ExecutorService executor, DeliveryPort elsewhere, MessageSlots slots) {
		this.renderer = renderer;
		this.executor = executor;
		this.elsewhere = elsewhere;
		this.slots = slots;
	}

	/**
	 * Where the request came from, so that replies and updates land in the right place.
	 *
	 * @param ephemeralResponseUrl for a press on an ephemeral message (a slash command's answer), which chat.update
	 * cannot find: its response_url, through which it is replaced instead; null otherwise
	 */
	record Origin(String userId, String channelId, String messageTs, String triggerId, String ephemeralResponseUrl) {

		Origin(String userId, String channelId, String messageTs, String triggerId) {
			this(userId, channelId, messageTs, triggerId, null);
		}

	}

	Future<?> deliverLater(MethodsClient client, Outcome outcome, Origin origin) {
		return inTurn(origin.userId(), () -> deliver(client, outcome, origin));
	}

	/** As {@link #deliverLater(MethodsClient, Outcome, Origin)}, then {@code then} on the same thread. */
	Future<?> deliverLater(MethodsClient client, Outcome outcome, Origin origin, Runnable then) {
		return inTurn(origin.userId(), () -> {
			deliver(client, outcome, origin);
			then.run();
		});
	}

	/** What each person's presses brought, not yet all delivered: the last in their line. */
	private final Map<String, CompletableFuture<Void>> lines = new ConcurrentHashMap<>();

	/**
	 * One person's outcomes go in the order their presses came, each after the one before: a prompt posted in answer
	 * to one press is recorded as its criterion's before the next press's prompt looks for it. Different people's go
	 * side by side.
	 */
	private CompletableFuture<Void> inTurn(String person, Runnable work) {
		if (person == null) {
			return CompletableFuture.runAsync(work, executor);
		}
		CompletableFuture<Void>[] mine = new CompletableFuture[1];
		lines.compute(person, (who, before) -> mine[0] = (before == null ? CompletableFuture.<Void>completedFuture(null) : before)
			.handle((done, failed) -> null).thenRunAsync(work, executor));
		mine[0].whenComplete((done, failed) -> lines.remove(person, mine[0]));
		return mine[0];
	}

	/**
	 * Shows every delivery in order. A failed one is logged and the rest still go: after a click nothing
	 * is lost by a failed display (the answer is stored; `resume` shows the prompt again).
	 * @return true when Slack took every one
	 */
	boolean deliver(MethodsClient client, Outcome outcome, Origin origin) {
		boolean all = true;
		for (Delivery delivery : outcome.deliveries()) {
			try {
				all &= send(client, delivery, origin);
			}
			catch (RuntimeException | IOException | SlackApiException e) {
				log.warn("Could not deliver {} to Slack: {}", delivery.getClass().getSimpleName(), e.getMessage());
				all = false;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return all;
	}

	private boolean send(MethodsClient client, Delivery delivery, Origin origin)
			throws IOException, SlackApiException, InterruptedException {
		if (delivery instanceof Delivery.Direct d && !SlackAccord.PLATFORM.equals(d.to().platform())
				|| delivery instanceof Delivery.File f && !SlackAccord.PLATFORM.equals(f.to().platform())) {
			return elsewhere.deliver(new Outcome(java.util.List.of(delivery)));
		}
		if (delivery instanceof Delivery.Direct d) {
			return direct(client, d, SlackDeliverer::call);
		}
		if (delivery instanceof Delivery.UpdateClicked u) {
			if (origin.ephemeralResponseUrl() != null) {
				return replaceEphemeral(origin.ephemeralResponseUrl(), u.card());
			}
			if (origin.channelId() == null || origin.messageTs() == null) {
				return true;
			}
			Optional<String> before = holder(u.slot());
			boolean updated = call(() -> client.chatUpdate(r -> r.channel(origin.channelId()).ts(origin.messageTs())
				.text(renderer.text(u.card())).blocks(renderer.blocks(u.card()))));
			if (updated) {
				taken(client, u.slot(), before, origin.channelId() + " " + origin.messageTs());
			}
			return updated;
		}
		if (delivery instanceof Delivery.OpenForm f) {
			if (call(() -> client.viewsOpen(r -> r.triggerId(origin.triggerId()).view(renderer.modal(f.form()))))) {
				return true;
			}
			// Slack opens a form only within seconds of the press: the person hears it did not open, not only the log.
			reply(client, Card.text("The form *" + f.form().title() + "* did not open (Slack allows only a few seconds after"
					+ " a press). Please press the button again."), origin);
			return false;
		}
		if (delivery instanceof Delivery.Reply r) {
			return reply(client, r.card(), origin);
		}
		if (delivery instanceof Delivery.FormRefused f) {
			return reply(client, Card.text(f.words()), origin);
		}
		if (delivery instanceof Delivery.File f) {
			return upload(client, f);
		}
		return false;
	}

	/**
	 * One try at a direct message to a Slack user, for a caller that keeps Slack's pace itself: a 429 is thrown back
	 * (its wait is {@link #retryAfterSeconds}) instead of being waited out on this thread.
	 */
	boolean postOnce(MethodsClient client, Delivery.Direct d) throws IOException, SlackApiException {
		try {
			return direct(client, d, SlackDeliverer::once);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private boolean direct(MethodsClient client, Delivery.Direct d, Caller calling)
			throws IOException, SlackApiException, InterruptedException {
		Optional<String> before = holder(d.slot());
		ChatPostMessageResponse[] posted = new ChatPostMessageResponse[1];
		boolean sent = calling.call(() -> posted[0] = client.chatPostMessage(r -> r.channel(d.to().userId())
			.text(renderer.text(d.card())).blocks(renderer.blocks(d.card()))));
		if (sent && posted[0].getChannel() != null && posted[0].getTs() != null) {
			taken(client, d.slot(), before, posted[0].getChannel() + " " + posted[0].getTs());
		}
		return sent;
	}

	/** Slack's response_url takes a replacement for the ephemeral message pressed, for half an hour after the press. */
	private boolean replaceEphemeral(String responseUrl, Card card) throws IOException {
		var response = new Responder(Slack.getInstance(), responseUrl).send(ActionResponse.builder()
			.replaceOriginal(true).responseType("ephemeral").text(renderer.text(card)).blocks(renderer.blocks(card)).build());
		if (response.getCode() != 200) {
			log.warn("Slack refused to replace an ephemeral message: HTTP {}", response.getCode());
		}
		return response.getCode() == 200;
	}

	private Optional<String> holder(Delivery.Slot slot) {
		if (slot == null || slots == null) {
			return Optional.empty();
		}
		try {
			return slots.holder(slot);
		}
		catch (RuntimeException e) {
			log.warn("Could not read which message holds a prompt: {}", e.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * The message ("channel ts") holds the slot now; the one that held it before says where the live one is. A failure
	 * here costs only the marking: the new message is there.
	 */
	private void taken(MethodsClient client, Delivery.Slot slot, Optional<String> before, String message) {
		if (slot == null || slots == null) {
			return;
		}
		try {
			slots.hold(slot, message);
			if (before.isPresent() && !before.get().equals(message)) {
				String[] old = before.get().split(" ", 2);
				call(() -> client.chatUpdate(r -> r.channel(old[0]).ts(old[1]).text(renderer.text(slot.moved()))
					.blocks(renderer.blocks(slot.moved()))));
			}
		}
		catch (RuntimeException | IOException | SlackApiException e) {
			log.warn("Could not mark an earlier prompt as moved: {}", e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Files go to the person's DM with Accord, through Slack's external upload flow (files.uploadV2). */
	private boolean upload(MethodsClient client, Delivery.File file)
			throws IOException, SlackApiException, InterruptedException {
		var opened = client.conversationsOpen(r -> r.users(java.util.List.of(file.to().userId())));
		if (!opened.isOk() || opened.getChannel() == null) {
			log.warn("Slack refused to open a DM for a file: {}", opened.getError());
			return false;
		}
		String channel = opened.getChannel().getId();
		for (int attempt = 1;; attempt++) {
			try {
				var response = client.filesUploadV2(r -> r.channel(channel)
					.filename(file.fileName())
					.title(file.title())
					.fileData(file.content())
					.initialComment(file.comment())
					.requestFileInfo(false));
				if (!response.isOk()) {
					log.warn("Slack refused a file upload: {}", response.getError());
				}
				return response.isOk();
			}
			catch (SlackApiException e) {
				if (e.getResponse().code() != 429 || attempt >= ATTEMPTS) {
					throw e;
				}
				Thread.sleep(retryAfterSeconds(e) * 1000);
			}
		}
	}

	private boolean reply(MethodsClient client, Card card, Origin origin)
			throws IOException, SlackApiException, InterruptedException {
		if (origin.channelId() != null) {
			return call(() -> client.chatPostEphemeral(r -> r.channel(origin.channelId()).user(origin.userId())
				.text(renderer.text(card)).blocks(renderer.blocks(card))));
		}
		return call(() -> client.chatPostMessage(r -> r.channel(origin.userId()).text(renderer.text(card))
			.blocks(renderer.blocks(card))));
	}

	/** Slack answers 429 with Retry-After when a channel gets more than about a message a second. */
	private static boolean call(SlackCall call) throws IOException, SlackApiException, InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				SlackApiTextResponse response = call.run();
				if (!response.isOk()) {
					log.warn("Slack refused a call: {}", response.getError());
				}
				return response.isOk();
			}
			catch (SlackApiException e) {
				if (e.getResponse().code() != 429 || attempt >= ATTEMPTS) {
					throw e;
				}
				Thread.sleep(retryAfterSeconds(e) * 1000);
			}
		}
	}

	private static boolean once(SlackCall call) throws IOException, SlackApiException {
		SlackApiTextResponse response = call.run();
		if (!response.isOk()) {
			log.warn("Slack refused a call: {}", response.getError());
		}
		return response.isOk();
	}

	static long retryAfterSeconds(SlackApiException e) {
		try {
			return Math.max(1, Long.parseLong(e.getResponse().header("Retry-After", "1").strip()));
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	/** How a call is made: waiting out Slack's 429s, or not. */
	@FunctionalInterface
	private interface Caller {

		boolean call(SlackCall call) throws IOException, SlackApiException, InterruptedException;

	}

	@FunctionalInterface
	private interface SlackCall {

		SlackApiTextResponse run() throws IOException, SlackApiException;

	}

}
