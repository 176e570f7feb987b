package org.accord.app.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends Accord requests shaped like the fixtures in ../shared/fixtures/slack and signed as Slack signs
 * them: v0=hex(HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + raw body)), at the time of a clock
 * (the system's unless the test gives its own). Each command, click and submission gets fresh ids of
 * its own (trigger_id, action_ts, view id and hash), as Slack gives them: a repeat of the same ids is a
 * replay, which Accord handles once.
 */
public final class SlackRequests {

	public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String endpoint;

	private final String team;

	private final String signingSecret;

	private final Map<String, String[]> people = new java.util.concurrent.ConcurrentHashMap<>();

	private String responseUrl;

	private Clock clock = Clock.systemUTC();

	private final AtomicLong ids = new AtomicLong();

	/** Requests are signed at this clock's time, e.g. the Clock Accord itself runs on in the test. */
	public SlackRequests at(Clock clock) {
		this.clock = clock;
		return this;
	}

	/** Slack's shape, "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c", unique per request. */
	private String triggerId() {
		long n = ids.incrementAndGet();
		return "398738663015." + (47445629121L + n) + "." + String.format("%032x", System.nanoTime() ^ (n << 40));
	}

	/** Seconds and microseconds, as Slack writes an action's time. */
	private String actionTs() {
		return clock.instant().getEpochSecond() + "." + String.format("%06d", ids.incrementAndGet() % 1_000_000);
	}

	/** Slash commands carry this response_url instead of hooks.slack.com's (a test that lets Bolt answer there). */
	public SlackRequests responseUrl(String url) {
		this.responseUrl = url;
		return this;
	}

	public SlackRequests(int port, String team) {
		this(port, team, SIGNING_SECRET);
	}

	/** Requests signed with a secret of the test's own choosing. */
	public SlackRequests(int port, String team, String signingSecret) {
		this.endpoint = "http://127.0.0.1:" + port + "/slack/events";
		this.team = team;
		this.signingSecret = signingSecret;
	}

	/**
	 * Gives a user the handle and email that Slack would put in their payloads (user_name in a slash command;
	 * username and name in an interaction), instead of the lower-cased user id.
	 */
	public SlackRequests person(String userId, String userName, String email) {
		people.put(userId, new String[] { userName, email });
		return this;
	}

	private String userName(String userId) {
		return people.containsKey(userId) ? people.get(userId)[0] : userId.toLowerCase();
	}

	private String displayName(String userId) {
		return people.containsKey(userId) ? people.get(userId)[1] : userId.toLowerCase();
	}

	public static String sign(String secret, String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public HttpResponse<String> command(String userId, String text) {
		return post(commandBody(userId, text), "application/x-www-form-urlencoded");
	}

	/** The form body of a slash command, with a trigger_id of its own: post it twice to replay it. */
	public String commandBody(String userId, String text) {
		return commandBody(userId, "D" + userId.substring(1), text);
	}

	/** A slash command typed in a channel rather than in the person's DM with Accord. */
	public HttpResponse<String> commandIn(String userId, String channelId, String text) {
		return post(commandBody(userId, channelId, text), "application/x-www-form-urlencoded");
	}

	private String commandBody(String userId, String channelId, String text) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("token", "xyzz0WbapA4vBCDEFasx0q6G");
		fields.put("team_id", team);
		fields.put("team_domain", "testteamnow");
		fields.put("channel_id", channelId);
		fields.put("channel_name", channelId.startsWith("D") ? "directmessage" : "board");
		fields.put("user_id", userId);
		fields.put("user_name", userName(userId));
		fields.put("command", "/assess");
		fields.put("text", text);
		fields.put("response_url", responseUrl != null ? responseUrl : "https://hooks.slack.com/commands/" + team + "/1/x");
		fields.put("trigger_id", triggerId());
		return form(fields);
	}

	/** A button click in a DM message, shaped like block_actions.json with the clicked button's own value. */
	public HttpResponse<String> click(String userId, String channel, String messageTs, String valueAndActionId) {
		return post(clickBody(userId, channel, messageTs, valueAndActionId), "application/x-www-form-urlencoded");
	}

	/**
	 * A button click on an ephemeral message (a slash command's answer): Slack says so in the container, gives the
	 * message's time but no message to update, and a response_url to replace it through.
	 */
	public HttpResponse<String> clickEphemeral(String userId, String channel, String responseUrl, String valueAndActionId) {
		try {
			ObjectNode payload = (ObjectNode) JSON.readTree(java.net.URLDecoder.decode(
					clickBody(userId, channel, clock.instant().getEpochSecond() + ".000001", valueAndActionId)
						.substring("payload=".length()), StandardCharsets.UTF_8));
			((ObjectNode) payload.get("container")).put("is_ephemeral", true);
			payload.put("response_url", responseUrl);
			return post("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The form body of a click, with its own trigger_id and action_ts: post it twice to replay it. */
	public String clickBody(String userId, String channel, String messageTs, String valueAndActionId) {
		String[] parts = valueAndActionId.split("\u0000");
		ObjectNode payload = (ObjectNode) fixture("block_actions.json");
		((ObjectNode) payload.get("team")).put("id", team);
		((ObjectNode) payload.get("user")).put("id", userId).put("team_id", team).put("username", userName(userId))
			.put("name", displayName(userId));
		ObjectNode container = (ObjectNode) payload.get("container");
		container.removeAll();
		container.put("type", "message").put("message_ts", messageTs).put("channel_id", channel).put("is_ephemeral", false);
		((ObjectNode) payload.get("channel")).put("id", channel).put("name", "directmessage");
		((ObjectNode) payload.get("message")).put("ts", messageTs);
		ObjectNode action = (ObjectNode) payload.get("actions").get(0);
		action.put("action_id", parts[1]).put("value", parts[0]).put("block_id", "b").put("action_ts", actionTs());
		payload.put("trigger_id", triggerId());
		return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
	}

	/** A button pressed on the person's Home tab: Slack sends the view as its container, and no channel or message. */
	public HttpResponse<String> clickInHome(String userId, String valueAndActionId) {
		String[] parts = valueAndActionId.split("\u0000");
		ObjectNode payload = (ObjectNode) fixture("block_actions.json");
		((ObjectNode) payload.get("team")).put("id", team);
		((ObjectNode) payload.get("user")).put("id", userId).put("team_id", team).put("username", userName(userId))
			.put("name", displayName(userId));
		long n = ids.incrementAndGet();
		ObjectNode container = (ObjectNode) payload.get("container");
		container.removeAll();
		container.put("type", "view").put("view_id", "VHOME" + n);
		payload.remove("channel");
		payload.remove("message");
		payload.putObject("view").put("id", "VHOME" + n).put("type", "home").put("team_id", team).put("hash", "h" + n)
			.putArray("blocks");
		ObjectNode action = (ObjectNode) payload.get("actions").get(0);
		action.put("action_id", parts[1]).put("value", parts[0]).put("block_id", "b").put("action_ts", actionTs());
		payload.put("trigger_id", triggerId());
		return post("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
	}

	/** A modal submitted, shaped like view_submission.json. */
	public HttpResponse<String> submitForm(String userId, String privateMetadata, Map<String, String> inputs) {
		return post(formBody(userId, privateMetadata, inputs), "application/x-www-form-urlencoded");
	}

	/** The form body of a submitted modal, with its own trigger_id, view id and hash: post it twice to replay it. */
	public String formBody(String userId, String privateMetadata, Map<String, String> inputs) {
		ObjectNode payload = (ObjectNode) fixture("view_submission.json");
		((ObjectNode) payload.get("team")).put("id", team);
		((ObjectNode) payload.get("user")).put("id", userId).put("team_id", team).put("username", userName(userId))
			.put("name", displayName(userId));
		ObjectNode view = (ObjectNode) payload.get("view");
		view.put("callback_id", "accord.form").put("private_metadata", privateMetadata).put("team_id", team);
		long n = ids.incrementAndGet();
		view.put("id", "V" + (12345678 + n)).put("root_view_id", "V" + (12345678 + n))
			.put("hash", clock.instant().getEpochSecond() + "." + String.format("%08x", n));
		payload.put("trigger_id", triggerId());
		ObjectNode values = JSON.createObjectNode();
		// Dates and people come back from Slack's pickers as selected_date / selected_user, a menu's choice as
		// selected_option (written "option:<value>" here), words as value.
		inputs.forEach((block, value) -> {
			ObjectNode input = values.putObject(block).putObject("value");
			if (value.startsWith("options:")) {
				// A menu that takes several (multi_static_select): "options:1.3,1.4".
				com.fasterxml.jackson.databind.node.ArrayNode chosen = input.put("type", "multi_static_select")
					.putArray("selected_options");
				for (String option : value.substring("options:".length()).split(",")) {
					chosen.addObject().put("value", option).putObject("text").put("type", "plain_text").put("text", option);
				}
			}
			else if (value.startsWith("option:")) {
				// A menu (static_select): "option:1.4" is the option whose value is 1.4.
				input.put("type", "static_select").putObject("selected_option").put("value", value.substring("option:".length()))
					.putObject("text").put("type", "plain_text").put("text", value.substring("option:".length()));
			}
			else if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
				input.put("type", "datepicker").put("selected_date", value);
			}
			else if (value.matches("U[A-Z0-9]+")) {
				input.put("type", "users_select").put("selected_user", value);
			}
			else {
				input.put("type", "plain_text_input").put("value", value);
			}
		});
		((ObjectNode) view.get("state")).set("values", values);
		return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
	}

	public HttpResponse<String> event(String json) {
		return post(json, "application/json");
	}

	public HttpResponse<String> post(String body, String contentType) {
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		return post(body, contentType, timestamp, sign(signingSecret, timestamp, body), Map.of());
	}

	public HttpResponse<String> post(String body, String contentType, String timestamp, String signature,
			Map<String, String> extraHeaders) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (timestamp != null) {
			request.header("X-Slack-Request-Timestamp", timestamp);
		}
		if (signature != null) {
			request.header("X-Slack-Signature", signature);
		}
		extraHeaders.forEach(request::header);
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The words of an acknowledgement that carries a message (Slack shows its blocks' texts). Blocks that Slack
	 * would refuse (BlockKitLimits) fail the test: Slack would show nothing.
	 */
	public static String shown(HttpResponse<String> response) {
		try {
			JsonNode body = JSON.readTree(response.body());
			List<String> refused = BlockKitLimits.ofMessage(body.path("blocks"));
			if (!refused.isEmpty()) {
				throw new AssertionError("Slack would refuse this acknowledgement's blocks: " + refused);
			}
			StringBuilder text = new StringBuilder();
			body.path("blocks").forEach(b -> {
				text.append(b.path("text").path("text").asText()).append('\n');
				b.path("elements").forEach(e -> text.append(e.path("text").asText()).append('\n'));
			});
			return text.toString();
		}
		catch (IOException e) {
			throw new AssertionError("Not a JSON acknowledgement: " + response.body(), e);
		}
	}

	/** What a person reads of blocks: their texts, and their elements' (buttons, context), buttons' labels included. */
	public static String words(JsonNode blocks) {
		StringBuilder text = new StringBuilder();
		blocks.forEach(b -> {
			text.append(b.path("text").path("text").asText()).append('\n');
			b.path("elements").forEach(e -> text.append(e.path("text").path("text").asText(e.path("text").asText())).append('\n'));
			if (b.has("accessory")) {
				text.append(b.path("accessory").path("text").path("text").asText()).append('\n');
			}
		});
		return text.toString();
	}

	/** An acknowledgement's body as JSON (a refused modal's {@code response_action}, say). */
	public static JsonNode json(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException e) {
			throw new AssertionError("Not JSON: " + body, e);
		}
	}

	public static JsonNode fixture(String name) {
		try (InputStream in = SlackRequests.class.getResourceAsStream("/slack/" + name)) {
			return JSON.readTree(in);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String form(Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		new java.util.TreeMap<>(fields).forEach((k, v) -> {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
		});
		return body.toString();
	}

}
