package org.accord.app.teams;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.Serialization;
import org.springframework.context.annotation.Primary;

/**
 * A stand-in for Accord's Teams bot (import it into a test's context): it records every turn, and
 * <ul>
 * <li>answers a message with "You said: …"; "update me" also edits that reply; "new chat" starts a
 * conversation with the sender and writes in it; "fail" fails the turn;</li>
 * <li>answers an invoke with an invokeResponse (200, a Universal Action "message" answer).</li>
 * </ul>
 * Primary, so that it stays the one the endpoint runs once the real bot is a bean too.
 */
@Primary
public class TeamsTestBot implements Bot {

	/** What the bot saw: the activity, the turn's locale, and the JVM's default locale during the turn. */
	public record Turn(Activity activity, String turnLocale, Locale jvmLocale) {
	}

	private final List<Turn> turns = new CopyOnWriteArrayList<>();

	private volatile boolean replies = true;

	public List<Turn> turns() {
		return List.copyOf(turns);
	}

	public void clear() {
		turns.clear();
		replies = true;
	}

	/** Off: the bot only records (for when no outgoing call is wanted). */
	public void replies(boolean replies) {
		this.replies = replies;
	}

	@Override
	public CompletableFuture<Void> onTurn(TurnContext turn) {
		Activity activity = turn.getActivity();
		turns.add(new Turn(activity, turn.getLocale(), Locale.getDefault()));
		if (!replies) {
			return CompletableFuture.completedFuture(null);
		}
		if (activity.isType(ActivityTypes.MESSAGE)) {
			return onMessage(turn, activity.getText() == null ? "" : activity.getText());
		}
		if (activity.isType(ActivityTypes.INVOKE)) {
			Activity answer = new Activity(ActivityTypes.INVOKE_RESPONSE);
			answer.setValue(new InvokeResponse(200, Map.of("statusCode", 200, "type",
					"application/vnd.microsoft.activity.message", "value", "Thanks, " + activity.getFrom().getName())));
			return turn.sendActivity(answer).thenApply(sent -> null);
		}
		return CompletableFuture.completedFuture(null);
	}

	private CompletableFuture<Void> onMessage(TurnContext turn, String text) {
		if (text.equals("fail")) {
			return CompletableFuture.failedFuture(new IllegalStateException("the test bot fails on purpose"));
		}
		if (text.equals("new chat")) {
			Activity incoming = turn.getActivity();
			ConversationParameters parameters = new ConversationParameters();
			parameters.setBot(incoming.getRecipient());
			parameters.setMembers(List.<ChannelAccount>of(incoming.getFrom()));
			// A JsonNode, not the Map the incoming channelData was read as: the SDK's Validator reflects into
			// a Map nested in a Map (java.util internals), which Java 17 refuses (InaccessibleObjectException).
			parameters.setChannelData(Serialization.objectToTree(incoming.getChannelData()));
			BotFrameworkAdapter adapter = (BotFrameworkAdapter) turn.getAdapter();
			return adapter.createConversation(incoming.getChannelId(), incoming.getServiceUrl(),
					MicrosoftAppCredentials.empty(), parameters,
					chat -> chat.sendActivity(MessageFactory.text("Hello in a new chat")).thenApply(sent -> null));
		}
		return turn.sendActivity(MessageFactory.text("You said: " + text)).thenCompose(sent -> {
			if (!text.equals("update me")) {
				return CompletableFuture.completedFuture(null);
			}
			Activity update = MessageFactory.text("You said (edited): " + text);
			update.setId(sent.getId());
			return turn.updateActivity(update).thenApply(updated -> null);
		});
	}

}
