package org.accord.app.teams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Board members in Teams personal chat with Accord, posting as the Bot Framework Emulator does (Accord's
 * emulator mode): they type, read the cards Accord sent to the fake connector, press their buttons and fill
 * their forms. The Teams twin of {@code SlackMembers}.
 */
public final class TeamsMembers {

	public static final Duration WAIT = Duration.ofSeconds(10);

	public static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** One person and their personal chat, shaped like the fixture message_activity.json. */
	public record Member(String aad, String name, String conversation) {
	}

	private final URI endpoint;

	private final FakeBotConnector connector;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final AtomicLong activityIds = new AtomicLong(1_700_000_000_000L);

	public TeamsMembers(int port, FakeBotConnector connector) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/api/messages");
		this.connector = connector;
	}

	/** Words typed into the chat. */
	public void type(Member member, String text) {
		send(member, text, null, null);
	}

	/**
	 * Words typed with people mentioned, as Teams sends them: each as {@code <at>name</at>} in the text and a
	 * mention entity naming them by their chat id ({@code people}: chat id to name, in the order they stand).
	 */
	public void typeMentioning(Member member, String text, Map<String, String> people) {
		ObjectNode activity = activity(member, "message", text, null, null);
		com.fasterxml.jackson.databind.node.ArrayNode entities = (com.fasterxml.jackson.databind.node.ArrayNode) activity.get("entities");
		people.forEach((chatId, name) -> entities.addObject().put("type", "mention").put("text", "<at>" + name + "</at>")
			.putObject("mentioned").put("id", chatId).put("name", name));
		HttpResponse<String> response = post(activity);
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
	}

	/**
	 * A message from the member: {@code text}, or a card's {@code value} in answer to the card {@code replyToId};
	 * Accord must take it (2xx).
	 */
	public void send(Member member, String text, JsonNode value, String replyToId) {
		HttpResponse<String> response = post(activity(member, "message", text, value, replyToId));
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
	}

	/** An invoke from the member, named so, in answer to the card {@code replyToId}; Accord's answer, as it is. */
	public HttpResponse<String> invoke(Member member, String name, JsonNode value, String replyToId) {
		ObjectNode activity = activity(member, "invoke", null, value, replyToId);
		activity.put("name", name);
		return post(activity);
	}

	/**
	 * The member's answer to a file consent card, as Teams sends it: the card's own context back, and, when they
	 * accept, the upload session the connector opened for the file. Accord's answer, as it is.
	 */
	public HttpResponse<String> answerConsent(Member member, FakeBotConnector.Call consentCard, boolean accept) {
		return invoke(member, "fileConsent/invoke", consentValue(consentCard, accept,
				accept ? connector.uploadInfo(consentAttachment(consentCard).path("name").asText()) : null),
				consentCard.answeredId());
	}

	/** The value of a {@code fileConsent/invoke} that answers this consent card, with this upload session. */
	public static ObjectNode consentValue(FakeBotConnector.Call consentCard, boolean accept, JsonNode uploadInfo) {
		JsonNode card = consentAttachment(consentCard).path("content");
		ObjectNode value = JSON.createObjectNode().put("type", "fileUpload").put("action", accept ? "accept" : "decline");
		value.set("context", card.path(accept ? "acceptContext" : "declineContext").deepCopy());
		if (uploadInfo != null) {
			value.set("uploadInfo", uploadInfo);
		}
		return value;
	}

	/** The file consent card a call carries; fails if it carries none. */
	public static JsonNode consentAttachment(FakeBotConnector.Call call) {
		JsonNode attachment = call.body().path("attachments").path(0);
		assertThat(attachment.path("contentType").asText()).isEqualTo(CONSENT);
		return attachment;
	}

	public static final String CONSENT = "application/vnd.microsoft.teams.card.file.consent";

	/** The first {@code count} file consent cards sent into the member's chat after {@code mark}, in order. */
	public List<FakeBotConnector.Call> consentCards(Member member, long mark, int count) {
		return connector.awaitAll(c -> c.seq() > mark && c.sends() && member.conversation().equals(c.conversationId())
				&& CONSENT.equals(c.body().path("attachments").path(0).path("contentType").asText()), count, WAIT);
	}

	private ObjectNode activity(Member member, String type, String text, JsonNode value, String replyToId) {
		ObjectNode activity = TeamsRequests.fixture("message_activity", connector.serviceUrl());
		activity.put("type", type);
		activity.put("id", Long.toString(activityIds.incrementAndGet()));
		activity.remove("attachments");
		((ObjectNode) activity.get("from")).put("id", "29:" + member.aad()).put("aadObjectId", member.aad())
			.put("name", member.name());
		((ObjectNode) activity.get("conversation")).put("id", member.conversation()).put("tenantId", TENANT);
		if (text != null) {
			activity.put("text", text);
		}
		else {
			activity.remove("text");
		}
		if (value != null) {
			activity.set("value", value);
		}
		if (replyToId != null) {
			activity.put("replyToId", replyToId);
		}
		return activity;
	}

	private HttpResponse<String> post(ObjectNode activity) {
		try {
			return http.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Where the connector's calls are now: what comes after it was caused by what is sent next. */
	public long mark() {
		return connector.calls().stream().mapToLong(FakeBotConnector.Call::seq).max().orElse(0);
	}

	/** The first card sent into the member's chat after {@code mark} whose summary starts so. */
	public FakeBotConnector.Call card(Member member, String summaryStart, long mark) {
		return connector.await(c -> c.seq() > mark && c.sends() && member.conversation().equals(c.conversationId())
				&& c.body().path("summary").asText("").startsWith(summaryStart), WAIT);
	}

	/** The first form (a card with a submit) sent into the member's chat after {@code mark}. */
	public FakeBotConnector.Call form(Member member, long mark) {
		return connector.await(c -> c.seq() > mark && c.sends() && member.conversation().equals(c.conversationId())
				&& formContext(c.body()) != null, WAIT);
	}

	/** The first message of any kind sent into the member's chat after {@code mark}. */
	public FakeBotConnector.Call next(Member member, long mark) {
		return connector.await(c -> c.seq() > mark && member.conversation().equals(c.conversationId()), WAIT);
	}

	/** The first message sent into the member's chat after {@code mark} that holds these words. */
	public FakeBotConnector.Call message(Member member, long mark, String words) {
		return connector.await(c -> c.seq() > mark && member.conversation().equals(c.conversationId()) && c.body() != null
				&& c.body().toString().contains(words), WAIT);
	}

	/**
	 * Presses a card's button by its title, as Teams sends a Universal Action: an {@code adaptiveCard/action}
	 * invoke with the button's data. Returns the mark to wait for what it caused; {@link #updated()} is the card
	 * the answer put in place of the pressed one.
	 */
	public long press(Member member, FakeBotConnector.Call card, String title) {
		Map<String, String> buttons = buttons(card.body());
		assertThat(buttons).containsKey(title);
		long mark = mark();
		execute(member, "accord", JSON.createObjectNode().put("accord", buttons.get(title)), card.answeredId());
		return mark;
	}

	/** Fills a form card's inputs and submits it (the inputs come in the action's data); returns the mark. */
	public long submit(Member member, FakeBotConnector.Call form, Map<String, String> inputs) {
		ObjectNode value = JSON.createObjectNode().put("accordForm", formContext(form.body()));
		inputs.forEach(value::put);
		long mark = mark();
		execute(member, "accordForm", value, form.answeredId());
		return mark;
	}

	private volatile JsonNode updated;

	/** The card the last press or submit's answer showed in place of the pressed card, or null if it left it. */
	public JsonNode updated() {
		return updated;
	}

	private void execute(Member member, String verb, ObjectNode data, String replyToId) {
		ObjectNode value = JSON.createObjectNode().put("trigger", "manual");
		value.putObject("action").put("type", "Action.Execute").put("verb", verb).set("data", data);
		HttpResponse<String> response = invoke(member, "adaptiveCard/action", value, replyToId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		try {
			JsonNode answer = JSON.readTree(response.body());
			updated = null;
			if (AdaptiveCardsContentType.equals(answer.path("type").asText())) {
				// The answer is held to what Teams takes, as every card sent through the connector is.
				ObjectNode activity = JSON.createObjectNode();
				activity.putArray("attachments").addObject().put("contentType", AdaptiveCardsContentType)
					.set("content", answer.path("value"));
				String refused = FakeBotConnector.refusal(response.body().length(), activity);
				assertThat(refused).as("the card an invoke answered with").isNull();
				updated = answer.path("value");
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final String AdaptiveCardsContentType = "application/vnd.microsoft.card.adaptive";

	/** A card's buttons, title to the intent they carry. */
	public static Map<String, String> buttons(JsonNode card) {
		Map<String, String> buttons = new LinkedHashMap<>();
		collect(card, buttons);
		return buttons;
	}

	private static void collect(JsonNode node, Map<String, String> buttons) {
		if (node.isObject() && List.of("Action.Submit", "Action.Execute").contains(node.path("type").asText())
				&& node.path("data").has("accord")) {
			buttons.put(node.path("title").asText(), node.path("data").path("accord").asText());
		}
		node.forEach(child -> collect(child, buttons));
	}

	private static String formContext(JsonNode node) {
		if (node.isObject() && node.path("data").has("accordForm")) {
			return node.path("data").path("accordForm").asText();
		}
		for (JsonNode child : node) {
			String found = formContext(child);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

}
