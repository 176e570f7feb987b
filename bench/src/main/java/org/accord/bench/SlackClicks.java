package org.accord.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Button clicks as Slack sends them: a block_actions payload (the shape of the app tests' fixture) with the
 * clicked button's own value and action id, form-encoded, and signed
 * v0=hex(HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + body)) at the moment it is sent.
 */
final class SlackClicks {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ObjectNode template;

	private final String team;

	private final ThreadLocal<Mac> mac;

	private final java.util.concurrent.atomic.AtomicLong clicks = new java.util.concurrent.atomic.AtomicLong();

	SlackClicks(Path blockActionsFixture, String team, String signingSecret) throws IOException {
		this.template = (ObjectNode) JSON.readTree(Files.readString(blockActionsFixture));
		this.team = team;
		this.mac = ThreadLocal.withInitial(() -> {
			try {
				Mac m = Mac.getInstance("HmacSHA256");
				m.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
				return m;
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** The form body of a click by {@code user} on a button of the message at channel/ts. */
	String body(String user, FakeSlack.Prompt prompt, FakeSlack.Button button) {
		ObjectNode payload = template.deepCopy();
		((ObjectNode) payload.get("team")).put("id", team);
		((ObjectNode) payload.get("user")).put("id", user).put("team_id", team).put("username", user.toLowerCase());
		ObjectNode container = (ObjectNode) payload.get("container");
		container.removeAll();
		container.put("type", "message").put("message_ts", prompt.ts()).put("channel_id", prompt.channel())
			.put("is_ephemeral", false);
		((ObjectNode) payload.get("channel")).put("id", prompt.channel()).put("name", "directmessage");
		((ObjectNode) payload.get("message")).put("ts", prompt.ts());
		ObjectNode action = (ObjectNode) payload.get("actions").get(0);
		// Slack's ids are new for every click; Accord handles a repeat of them once, as a replay.
		long n = clicks.incrementAndGet();
		action.put("action_id", button.actionId()).put("value", button.value()).put("block_id", "b")
			.put("action_ts", System.currentTimeMillis() / 1000 + "." + String.format("%06d", n % 1_000_000));
		payload.put("trigger_id", triggerId(n));
		return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
	}

	/** The request, signed now. */
	HttpRequest request(URI endpoint, String body) {
		String timestamp = Long.toString(System.currentTimeMillis() / 1000);
		String signature = "v0=" + HexFormat.of()
			.formatHex(mac.get().doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
		return HttpRequest.newBuilder(endpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** A slash command, signed: the chair's set-up. */
	HttpRequest command(URI endpoint, String user, String text) {
		String body = "channel_id=" + enc("D" + user.substring(1)) + "&channel_name=directmessage&command=" + enc("/assess")
				+ "&response_url=" + enc("https://hooks.slack.com/commands/" + team + "/1/x") + "&team_domain=bench&team_id="
				+ enc(team) + "&text=" + enc(text) + "&token=bench&trigger_id=" + enc(triggerId(clicks.incrementAndGet()))
				+ "&user_id=" + enc(user) + "&user_name="
				+ enc(user.toLowerCase());
		return request(endpoint, body);
	}

	static HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Slack's shape, "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c", different for each request. */
	private static String triggerId(long n) {
		return "398738663015." + (47_445_629_121L + n) + "." + String.format("%032x", n);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
