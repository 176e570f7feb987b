package org.accord.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.CardPages;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.ChatCommandUseCase;
import org.accord.core.port.in.FormUseCase;
import org.accord.core.port.in.HomeUseCase;
import org.accord.core.port.in.PromptActionUseCase;
import org.accord.core.port.out.ReceiptPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accord's Slack face: Slack payloads become core commands; core's outcomes become Block Kit. Each
 * handler does the durable part (storing an answer) before it acknowledges, and shows the rest after.
 * Each request is handled once by Slack's own ids for it, as a retried event is by its event id: a replay
 * inside the five minutes a signature is good for is acknowledged and changes nothing.
 */
public final class SlackAccord {

	public static final String PLATFORM = "slack";

	public static final String COMMAND = "/assess";

	private static final Logger log = LoggerFactory.getLogger(SlackAccord.class);

	private final ChatCommandUseCase commands;

	private final PromptActionUseCase prompts;

	private final FormUseCase forms;

	private final HomeUseCase home;

	private final ReceiptPort receipts;

	private final BlockKitCardRenderer renderer;

	private final SlackDeliverer deliverer;

	private final SlackClients clients;

	public SlackAccord(ChatCommandUseCase commands, PromptActionUseCase prompts, FormUseCase forms,
			HomeUseCase home, ReceiptPort receipts, BlockKitCardRenderer renderer, SlackDeliverer deliverer,
			SlackClients clients) {
		this.commands = commands;
		this.prompts = prompts;
		this.forms = forms;
		this.home = home;
		this.receipts = receipts;
		this.renderer = renderer;
		this.deliverer = deliverer;
		this.clients = clients;
	}

	/** The Web API client for the request's workspace: Bolt's context knows its bot token. */
	private MethodsClient client(com.slack.api.bolt.context.Context ctx) {
		return clients.forToken(ctx.getBotToken(), ctx.getTeamId());
	}

	public void register(App app) {
		app.command(COMMAND, this::onCommand);
		app.blockAction(Pattern.compile("^" + Pattern.quote(BlockKitCardRenderer.ACTION_PREFIX) + ".*"), this::onAction);
		app.viewSubmission(BlockKitCardRenderer.FORM_CALLBACK, this::onForm);
		app.event(AppHomeOpenedEvent.class, this::onHomeOpened);
		app.event(MessageEvent.class, this::onDirectMessage);
		// Edits and deletions of DMs are not commands; acknowledge them so Slack does not retry.
		app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
		app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
	}

	/**
	 * Slack shows people by their own mention, so Accord asks no name of it: the handle a command carries is not
	 * a display name, and the store then holds no Slack person's name at all.
	 */
	private static Caller caller(String teamId, String userId) {
		return new Caller(new PlatformUser(PLATFORM, teamId, userId), COMMAND + " ");
	}

	Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
		var payload = request.getPayload();
		if (!firstTime("slack-command", payload.getTriggerId())) {
			return ctx.ack();
		}
		Outcome outcome = commands.handle(caller(payload.getTeamId(), payload.getUserId()),
				SlackTyped.of(payload.getText()));
		// The caller's reply travels in the acknowledgement itself: seen at once, and only by them.
		// Joined replies may be more than one message holds: the first goes in the acknowledgement, the rest after it.
		List<Card> pages = outcome.replies().stream().reduce(SlackAccord::join).map(CardPages::of).orElse(List.of());
		Optional<Card> reply = pages.stream().findFirst();
		List<Delivery> later = new ArrayList<>();
		pages.stream().skip(1).forEach(page -> later.add(new Delivery.Reply(page)));
		outcome.deliveries().stream().filter(d -> !(d instanceof Delivery.Reply)).forEach(later::add);
		Outcome rest = new Outcome(later);
		if (!rest.deliveries().isEmpty()) {
			deliverer.deliverLater(client(ctx),
					rest, new SlackDeliverer.Origin(payload.getUserId(), payload.getChannelId(), null, payload.getTriggerId()));
		}
		if (reply.isEmpty() && payload.getChannelId() != null && !payload.getChannelId().startsWith("D") && outcome.deliveries().stream()
			.anyMatch(d -> d instanceof Delivery.Direct direct && direct.to().userId().equals(payload.getUserId()))) {
			// Typed in a channel, answered in the person's messages with Accord: said here, so that nobody waits for it.
			reply = Optional.of(Card.text("I have written to you in your messages with Accord."));
		}
		if (reply.isEmpty()) {
			return ctx.ack();
		}
		Card shown = reply.get();
		return ctx.ack(r -> r.responseType("ephemeral").text(renderer.text(shown)).blocks(renderer.blocks(shown)));
	}

	Response onAction(BlockActionRequest request, ActionContext ctx) {
		BlockActionPayload payload = request.getPayload();
		if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getUser() == null) {
			return ctx.ack();
		}
		ButtonAction action;
		try {
			action = ButtonAction.decode(payload.getActions().get(0).getValue());
		}
		catch (IllegalArgumentException e) {
			return ctx.ack();
		}
		if (!firstTime("slack-action", payload.getTriggerId(), payload.getActions().get(0).getActionTs())) {
			return ctx.ack();
		}
		String teamId = payload.getTeam() != null ? payload.getTeam().getId() : payload.getUser().getTeamId();
		Outcome outcome = prompts.act(caller(teamId, payload.getUser().getId()), action);
		String channel = payload.getContainer() != null ? payload.getContainer().getChannelId() : null;
		if (channel == null && payload.getChannel() != null) {
			channel = payload.getChannel().getId();
		}
		String ts = payload.getContainer() != null ? payload.getContainer().getMessageTs() : null;
		boolean ephemeral = payload.getContainer() != null && payload.getContainer().isEphemeral();
		SlackDeliverer.Origin origin = new SlackDeliverer.Origin(payload.getUser().getId(), channel, ts, payload.getTriggerId(),
				ephemeral ? payload.getResponseUrl() : null);
		if (payload.getView() != null && "home".equals(payload.getView().getType())) {
			// A step taken from the Home moves the assessment on: the Home then shows the step after it.
			String user = payload.getUser().getId();
			deliverer.deliverLater(client(ctx), outcome, origin, () -> publishHome(client(ctx), teamId, user));
		}
		else {
			deliverer.deliverLater(client(ctx), outcome, origin);
		}
		return ctx.ack();
	}

	Response onForm(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
		ViewSubmissionPayload payload = request.getPayload();
		View view = payload.getView();
		if (!firstTime("slack-view", payload.getTriggerId(), view.getId(), view.getHash())) {
			return ctx.ack();
		}
		Map<String, Map<String, ViewState.Value>> state = view.getState() == null || view.getState().getValues() == null
				? Map.of() : view.getState().getValues();
		Map<String, String> values = new java.util.HashMap<>();
		state.keySet().forEach(id -> {
			String value = input(state, id);
			if (value != null) {
				values.put(id, value);
			}
		});
		Outcome outcome = forms.submit(caller(payload.getTeam().getId(), payload.getUser().getId()),
				view.getPrivateMetadata(), values);
		Optional<Delivery.FormRefused> refused = outcome.formRefused();
		if (refused.isPresent()) {
			// Slack keeps the form open with each problem under its input, and everything the person wrote in it.
			return ctx.ackWithErrors(refused.get().problems());
		}
		// A form is a step (starting, settling, accepting an action…): the Home then shows the step after it.
		String team = payload.getTeam().getId();
		String user = payload.getUser().getId();
		deliverer.deliverLater(client(ctx), outcome, new SlackDeliverer.Origin(user, null, null, null),
				() -> publishHome(client(ctx), team, user));
		return ctx.ack();
	}

	Response onHomeOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
		AppHomeOpenedEvent event = payload.getEvent();
		if (!"home".equals(event.getTab()) || !firstTime(payload.getEventId())) {
			return ctx.ack();
		}
		publishHome(client(ctx), teamOf(payload, ctx), event.getUser());
		return ctx.ack();
	}

	private void publishHome(MethodsClient client, String team, String user) {
		Card card = home.home(caller(team, user));
		try {
			var published = client.viewsPublish(r -> r.userId(user)
				.view(View.builder().type("home").blocks(renderer.blocks(card)).build()));
			if (!published.isOk()) {
				log.warn("Slack refused the Home tab: {}", published.getError());
			}
		}
		catch (Exception e) {
			log.warn("Could not publish the Home tab: {}", e.getMessage());
		}
	}

	Response onDirectMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
		MessageEvent event = payload.getEvent();
		// Only a person's own words in a DM with Accord are commands; bots (Accord included) and edits are not.
		if (!"im".equals(event.getChannelType()) || event.getBotId() != null || event.getSubtype() != null
				|| event.getUser() == null || !firstTime(payload.getEventId())) {
			return ctx.ack();
		}
		String team = teamOf(payload, ctx);
		Outcome outcome = commands.handle(caller(team, event.getUser()), SlackTyped.of(event.getText()));
		deliverer.deliverLater(client(ctx), outcome, new SlackDeliverer.Origin(event.getUser(), null, null, null));
		return ctx.ack();
	}

	/** A retried event carries the same event id: the first delivery did the work. */
	private boolean firstTime(String eventId) {
		return eventId == null || receipts.firstTime("slack-event:" + eventId);
	}

	/**
	 * A replayed command, click or submission carries the same ids Slack gave it (its trigger_id, and the
	 * action's time or the view's id and hash). The receipt keeps only a SHA-256 of them: nothing of who sent
	 * it or what it said. Without a trigger_id (Slack always sends one) there is nothing to know it by.
	 */
	private boolean firstTime(String kind, String triggerId, String... more) {
		if (triggerId == null || triggerId.isBlank()) {
			return true;
		}
		StringBuilder ids = new StringBuilder(triggerId);
		for (String id : more) {
			ids.append('\u0000').append(id == null ? "" : id);
		}
		return receipts.firstTime(kind + ":" + sha256(ids.toString()));
	}

	private static String sha256(String text) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException everyJvmHasIt) {
			throw new IllegalStateException(everyJvmHasIt);
		}
	}

	private static String teamOf(EventsApiPayload<?> payload, EventContext ctx) {
		return payload.getTeamId() != null ? payload.getTeamId() : ctx.getTeamId();
	}

	private static String input(Map<String, Map<String, ViewState.Value>> values, String id) {
		Map<String, ViewState.Value> block = values.get(id);
		if (block == null || block.get(BlockKitCardRenderer.INPUT_ACTION) == null) {
			return null;
		}
		ViewState.Value input = block.get(BlockKitCardRenderer.INPUT_ACTION);
		String value = input.getValue() != null ? input.getValue()
				: input.getSelectedDate() != null ? input.getSelectedDate()
				: input.getSelectedOption() != null ? input.getSelectedOption().getValue()
				: input.getSelectedOptions() != null
						? String.join(",", input.getSelectedOptions().stream().map(o -> o.getValue()).toList())
				: input.getSelectedUser();
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Card join(Card a, Card b) {
		List<Card.Part> parts = new ArrayList<>(a.parts());
		parts.addAll(b.parts());
		return new Card(a.summary(), parts);
	}

}
