package org.accord.teams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.ChatCommandUseCase;
import org.accord.core.port.in.FormUseCase;
import org.accord.core.port.in.PromptActionUseCase;

/**
 * Accord in Teams personal chat: the same words as Slack's subcommands, typed to the bot; card buttons and
 * forms are Universal Actions, which come back as an {@code adaptiveCard/action} invoke (a card from before,
 * with Action.Submit, comes back as a message's value); a document comes on a file consent card, whose answer
 * is an invoke too. Every turn in a personal chat refreshes the person's conversation reference.
 */
public final class AccordTeamsBot extends ActivityHandler {

	private final ChatCommandUseCase commands;

	private final PromptActionUseCase actions;

	private final FormUseCase forms;

	private final TeamsAddresses addresses;

	private final TeamsDeliverer deliverer;

	private final TeamsFileConsent files;

	public AccordTeamsBot(ChatCommandUseCase commands, PromptActionUseCase actions, FormUseCase forms,
			TeamsAddresses addresses, TeamsDeliverer deliverer, TeamsFileConsent files) {
		this.files = files;
		this.commands = commands;
		this.actions = actions;
		this.forms = forms;
		this.addresses = addresses;
		this.deliverer = deliverer;
	}

	@Override
	public CompletableFuture<Void> onTurn(TurnContext turn) {
		Activity activity = turn.getActivity();
		// A refused activity changes nothing, its sender's address included.
		// Only a personal chat is where a member's prompts may go: a reference from any other conversation would send
		// their prompts, and their ratings' buttons, where others read them.
		if (fromSomeone(activity) && activity.getConversation() != null && activity.getServiceUrl() != null
				&& personal(activity)
				&& !isFromBot(activity) && malformedInvoke(activity) == null) {
			addresses.remember(activity);
		}
		return super.onTurn(turn);
	}

	@Override
	protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
		Activity activity = turn.getActivity();
		if (!fromSomeone(activity)) {
			// Nobody to answer, and nobody to act for: nothing happens.
			return CompletableFuture.completedFuture(null);
		}
		PlatformUser user = TeamsAddresses.user(activity);
		Caller caller = caller(activity);
		Outcome outcome = fromValue(caller, activity.getValue());
		if (outcome == null) {
			TeamsTyped.Read read = TeamsTyped.of(turn);
			outcome = read.unknown().isEmpty() ? commands.handle(caller, read.typed())
					: Outcome.reply("Teams could not tell me who " + String.join(", ", read.unknown().stream().map(Verbatim::of).toList())
							+ " is, so nothing was changed. Send them an invitation code instead: *invite as member*.");
		}
		deliverer.deliver(turn, outcome, user);
		return CompletableFuture.completedFuture(null);
	}

	/**
	 * Accord answers two kinds of invoke: a card's Universal Action, and the answer to a file consent card. The
	 * SDK answers any other with 501; an invoke Accord does not offer is the sender's mistake, so it gets a 400
	 * instead.
	 */
	@Override
	protected CompletableFuture<com.microsoft.bot.builder.InvokeResponse> onInvokeActivity(TurnContext turn) {
		if ("adaptiveCard/action".equals(turn.getActivity().getName())) {
			// The SDK would fail on these with a 500: a malformed invoke is the sender's mistake.
			String malformed = malformedCardAction(turn.getActivity());
			return malformed != null ? refuse(malformed) : super.onInvokeActivity(turn);
		}
		if (TeamsFileConsent.INVOKE.equals(turn.getActivity().getName())) {
			String malformed = TeamsFileConsent.malformed(turn.getActivity());
			return malformed != null ? refuse(malformed) : files.answer(turn);
		}
		return CompletableFuture.completedFuture(new com.microsoft.bot.builder.InvokeResponse(400,
				java.util.Map.of("error", "Accord answers no invoke named " + turn.getActivity().getName())));
	}

	/**
	 * A button or a form of Accord's cards: a Universal Action (Action.Execute) arrives as an invoke. What the
	 * outcome shows in place of the pressed card is the invoke's answer, so Teams updates that card at once; the
	 * rest (the next prompt, messages to others) goes as messages.
	 */
	@Override
	protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(TurnContext turn,
			AdaptiveCardInvokeValue value) {
		PlatformUser user = TeamsAddresses.user(turn.getActivity());
		Object data = value.getAction() == null ? null : value.getAction().getData();
		Outcome outcome = fromValue(caller(turn.getActivity()), data);
		AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
		response.setStatusCode(200);
		if (outcome == null) {
			response.setType("application/vnd.microsoft.activity.message");
			response.setValue("That card has expired; send home to carry on.");
			return CompletableFuture.completedFuture(response);
		}
		java.util.Optional<Delivery.FormRefused> refused = outcome.formRefused();
		if (refused.isPresent()) {
			// The same form again in place of the one sent, with what was given and each problem under its input.
			response.setType(AdaptiveCardRenderer.CONTENT_TYPE);
			response.setValue(deliverer.formContent(refused.get().form(), refused.get().problems()));
			return CompletableFuture.completedFuture(response);
		}
		java.util.Optional<Delivery.UpdateClicked> update = outcome.deliveries().stream()
			.filter(Delivery.UpdateClicked.class::isInstance).map(Delivery.UpdateClicked.class::cast).reduce((a, b) -> b);
		deliverer.deliverAfterAnswer(new Outcome(outcome.deliveries().stream()
			.filter(d -> !(d instanceof Delivery.UpdateClicked)).toList()), user);
		if (update.isPresent()) {
			response.setType(AdaptiveCardRenderer.CONTENT_TYPE);
			response.setValue(deliverer.cardContent(update.get().card()));
			deliverer.clickedTakes(update.get().slot(), turn.getActivity().getReplyToId());
		}
		else if (isForm(data)) {
			// A submitted form gives way to a card without its submit, so a second press cannot send it twice;
			// what the submission did follows as a message.
			response.setType(AdaptiveCardRenderer.CONTENT_TYPE);
			response.setValue(deliverer.cardContent(Card.text("Sent. What it did follows below.")));
		}
		else {
			response.setType("application/vnd.microsoft.activity.message");
			response.setValue("Done.");
		}
		return CompletableFuture.completedFuture(response);
	}

	@Override
	protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> members, TurnContext turn) {
		boolean botAdded = members.stream().anyMatch(m -> m.getId() != null && turn.getActivity().getRecipient() != null
				&& m.getId().equals(turn.getActivity().getRecipient().getId()));
		if (botAdded && turn.getActivity().getConversation() != null
				&& "personal".equals(turn.getActivity().getConversation().getConversationType())) {
			return welcome(turn);
		}
		return CompletableFuture.completedFuture(null);
	}

	@Override
	protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turn) {
		return welcome(turn);
	}

	private CompletableFuture<Void> welcome(TurnContext turn) {
		Card card = new Card("Welcome to Accord", List.of(new Card.Part.Heading("Welcome to Accord"),
				new Card.Part.Text("Accord runs your partnership board's self-assessment here, one criterion at a time,"
						+ " and keeps every member's ratings anonymous. If your chair gave you a code, send *join <code>*."
						+ " Send *help* to see what you can do.")));
		return turn.sendActivity(deliverer.cardActivity(card)).thenApply(r -> null);
	}

	/** A card's button or form, if the message carries one; null for typed words. */
	private Outcome fromValue(Caller caller, Object value) {
		if (value == null) {
			return null;
		}
		JsonNode data = Serialization.getAs(value, JsonNode.class);
		if (data == null || !data.isObject()) {
			return null;
		}
		if (data.hasNonNull(AdaptiveCardRenderer.ACTION_KEY)) {
			try {
				return actions.act(caller, ButtonAction.decode(data.get(AdaptiveCardRenderer.ACTION_KEY).asText()));
			}
			catch (IllegalArgumentException e) {
				return Outcome.reply("That card has expired; send *help* to carry on.");
			}
		}
		if (data.hasNonNull(AdaptiveCardRenderer.FORM_KEY)) {
			Map<String, String> inputs = new LinkedHashMap<>();
			data.fields().forEachRemaining(e -> {
				if (!e.getKey().equals(AdaptiveCardRenderer.FORM_KEY) && e.getValue().isValueNode()
						&& !e.getValue().asText().isBlank()) {
					inputs.put(e.getKey(), e.getValue().asText().strip());
				}
			});
			return forms.submit(caller, data.get(AdaptiveCardRenderer.FORM_KEY).asText(), inputs);
		}
		return null;
	}

	private static boolean isForm(Object value) {
		JsonNode data = value == null ? null : Serialization.getAs(value, JsonNode.class);
		return data != null && data.hasNonNull(AdaptiveCardRenderer.FORM_KEY);
	}

	private static Caller caller(Activity activity) {
		return new Caller(TeamsAddresses.user(activity), "", activity.getFrom().getName());
	}

	private static CompletableFuture<com.microsoft.bot.builder.InvokeResponse> refuse(String why) {
		return CompletableFuture.completedFuture(new com.microsoft.bot.builder.InvokeResponse(400, Map.of("error", why)));
	}

	/** Why an invoke Accord answers cannot be taken, or null when it can (or the activity is something else). */
	private static String malformedInvoke(Activity activity) {
		String card = malformedCardAction(activity);
		return card != null ? card : TeamsFileConsent.malformed(activity);
	}

	/** Why a card's Universal Action cannot be taken, or null when it can (or the activity is something else). */
	private static String malformedCardAction(Activity activity) {
		if (!"invoke".equals(activity.getType()) || !"adaptiveCard/action".equals(activity.getName())) {
			return null;
		}
		if (!fromSomeone(activity)) {
			return "An invoke needs a from with an id.";
		}
		JsonNode value = activity.getValue() == null ? null : Serialization.getAs(activity.getValue(), JsonNode.class);
		return value == null || !value.isObject() || !value.path("action").isObject()
				? "An adaptiveCard/action invoke needs a value with an action object." : null;
	}

	/** Teams says a chat is personal; the Bot Framework Emulator says nothing, and is one person's chat with the bot. */
	private static boolean personal(Activity activity) {
		String type = activity.getConversation().getConversationType();
		return "personal".equals(type) || type == null && "emulator".equals(activity.getChannelId());
	}

	private static boolean fromSomeone(Activity activity) {
		return activity.getFrom() != null && activity.getFrom().getId() != null && !activity.getFrom().getId().isBlank();
	}

	private static boolean isFromBot(Activity activity) {
		return activity.getRecipient() != null && activity.getFrom().getId() != null
				&& activity.getFrom().getId().equals(activity.getRecipient().getId());
	}

}
