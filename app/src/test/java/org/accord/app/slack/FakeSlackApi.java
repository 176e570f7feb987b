package org.accord.app.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Slack's Web API (Bolt's own MockSlackApiServer is not published). It answers
 * {@code /api/<method>} with the documented example responses kept under {@code slack/web_api/}, gives
 * each posted message its own ts, and records every call so a test can read what Accord showed whom.
 */
public final class FakeSlackApi implements AutoCloseable {

	public static final String BOT_TOKEN = "xoxb-this-is-valid";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	/** The bot tokens Slack would take: the test's own, and every token an install (oauth.v2.access) issued. */
	private final java.util.Set<String> tokens = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** Tokens issued by oauth.v2.access, by team id. */
	private final Map<String, String> issued = new java.util.concurrent.ConcurrentHashMap<>();

	/** What Bolt posted to a response_url under {@link #responseUrl}: path, then body. */
	private final List<String[]> responses = new CopyOnWriteArrayList<>();

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);

	private final AtomicLong seq = new AtomicLong();

	private final Map<String, java.util.concurrent.atomic.AtomicInteger> rateLimited = new java.util.concurrent.ConcurrentHashMap<>();

	/** The next {@code times} calls of a method get Slack's 429 with Retry-After: 1 (web_api/error_429_ratelimited.*). */
	public void rateLimitNext(String method, int times) {
		rateLimited.put(method, new java.util.concurrent.atomic.AtomicInteger(times));
	}

	/**
	 * From now on, as Slack does, a chat.postMessage to a channel that took one less than a second ago gets 429 with
	 * Retry-After: 1 (what channels took before does not count). Off by default: most tests care about what Accord
	 * says, not how fast.
	 */
	public void paceChannels() {
		tookAt.clear();
		paced = true;
	}

	private volatile boolean paced;

	/** When each channel last took a message (System.nanoTime). */
	private final Map<String, Long> tookAt = new java.util.concurrent.ConcurrentHashMap<>();

	/** The next {@code times} messages to one channel get 429 with this Retry-After (seconds), whatever the pace. */
	public void rateLimitNextTo(String channel, int times, int retryAfterSeconds) {
		rateLimitedChannels.put(channel, new java.util.concurrent.atomic.AtomicInteger(times));
		retryAfter.put(channel, retryAfterSeconds);
	}

	private final Map<String, Integer> retryAfter = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<String, java.util.concurrent.atomic.AtomicInteger> rateLimitedChannels = new java.util.concurrent.ConcurrentHashMap<>();

	/** One chat.postMessage as it reached Slack: its channel, when (System.nanoTime), and whether it was taken. */
	public record Post(String channel, long nanos, boolean taken) {
	}

	private final List<Post> posts = new CopyOnWriteArrayList<>();

	/** Every chat.postMessage that reached the fake, refused with 429 or not, in the order they came. */
	public List<Post> posts() {
		return List.copyOf(posts);
	}

	/** Whether a message to the channel goes now; a refusal is Slack's 429. */
	private boolean takes(String channel) {
		long now = System.nanoTime();
		boolean[] took = new boolean[1];
		tookAt.compute(channel, (c, last) -> {
			took[0] = !paced || last == null || now - last >= 1_000_000_000L;
			return took[0] ? Long.valueOf(now) : last;
		});
		return took[0];
	}

	/** What Slack would have refused for its Block Kit, call by call (see {@link #close()}). */
	private final List<String> invalidBlockKit = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** How many calls were refused with 429. */
	public final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();

	private final Map<String, byte[]> uploaded = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<String, String> uploadNames = new java.util.concurrent.ConcurrentHashMap<>();

	/** A file as Slack would hold it after files.completeUploadExternal. */
	public record Upload(String fileId, String fileName, String channel, String comment, byte[] content) {
	}

	/**
	 * One call to the Web API; {@code seq} orders all calls since the fake started; {@code token} is the bearer
	 * token it came with (null for oauth.v2.access, which carries the client's id and secret).
	 */
	public record Call(long seq, String method, Map<String, String> params, String token) {

		public String param(String name) {
			return params.get(name);
		}

		public JsonNode json(String name) {
			try {
				return params.get(name) == null ? JSON.missingNode() : JSON.readTree(params.get(name));
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}

	}

	public FakeSlackApi() throws IOException {
		this(BOT_TOKEN);
	}

	/** A fake that accepts only {@code botToken}, so a test can run Accord with a token of its own choosing. */
	public FakeSlackApi(String botToken) throws IOException {
		if (botToken != null) {
			tokens.add(botToken);
		}
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/api/", this::handle);
		server.createContext("/hooks/", this::hook);
		server.createContext("/upload/", this::upload);
		server.start();
	}

	/** A fake that accepts no token until an install issues one (multi-workspace Accord has no bot token of its own). */
	public static FakeSlackApi withoutBotToken() throws IOException {
		return new FakeSlackApi(null);
	}

	/** Accept one more bot token. */
	public void accept(String token) {
		tokens.add(token);
	}

	/** Refuse a token from now on (as Slack does once an app is uninstalled). */
	public void revoke(String token) {
		tokens.remove(token);
	}

	/** The bot token oauth.v2.access issued for a team ("T0AAA"), or the user token for "T0AAA.U0SAM", if it did. */
	public String issuedToken(String team) {
		return issued.get(team);
	}

	/** A response_url that lands here, for slash commands whose answers the test wants to read. */
	public String responseUrl(String team) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/commands/" + team + "/1/x";
	}

	/** What was posted to response URLs: {path, body}. */
	public List<String[]> responses() {
		return List.copyOf(responses);
	}

	private void hook(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		List<String> problems = BlockKitLimits.ofMessage(JSON.readTree(body).path("blocks"));
		if (!problems.isEmpty()) {
			invalidBlockKit.add("response_url: " + problems);
			respond(exchange, 400, "invalid_blocks");
			return;
		}
		responses.add(new String[] { exchange.getRequestURI().getPath(), body });
		byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, ok.length);
		exchange.getResponseBody().write(ok);
		exchange.close();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
	}

	/** The timestamps of the messages posted here: the only ones chat.update finds. */
	private final java.util.Set<String> posted = java.util.concurrent.ConcurrentHashMap.newKeySet();

	public List<Call> calls() {
		return List.copyOf(calls);
	}

	public List<Call> calls(String method) {
		return calls.stream().filter(c -> c.method().equals(method)).toList();
	}

	/** Waits until a call that matches has arrived, and returns the latest such call. */
	public Call await(String method, Predicate<Call> matching, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			List<Call> found = calls(method).stream().filter(matching).toList();
			if (!found.isEmpty()) {
				return found.get(found.size() - 1);
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("Slack never received " + method + " matching the test's expectation; calls were: "
				+ calls.stream().map(Call::method).toList());
	}

	/** The sequence number of the latest call so far: pass it to {@link #awaitAfter} to wait for what comes next. */
	public long mark() {
		return seq.get();
	}

	/** Waits for a matching call made after {@code mark}, and returns the latest. */
	public Call awaitAfter(long mark, String method, Predicate<Call> matching, Duration timeout) {
		return await(method, c -> c.seq() > mark && matching.test(c), timeout);
	}

	public void clear() {
		calls.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestURI().getPath().substring("/api/".length());
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String auth = exchange.getRequestHeaders().getFirst("Authorization");
		Map<String, String> params = parse(body, exchange.getRequestHeaders().getFirst("Content-Type"));
		String token = auth != null && auth.startsWith("Bearer ") ? auth.substring("Bearer ".length()) : null;
		if (method.equals("oauth.v2.access")) {
			String answer = oauthAccess(params, auth);
			calls.add(new Call(seq.incrementAndGet(), method, params, null));
			respond(exchange, 200, answer);
			return;
		}
		if (token == null || !tokens.contains(token)) {
			respond(exchange, 200, "{\"ok\":false,\"error\":\"invalid_auth\"}");
			return;
		}
		java.util.concurrent.atomic.AtomicInteger limit = rateLimited.get(method);
		boolean tooMany = limit != null && limit.getAndDecrement() > 0;
		int wait = 1;
		if (method.equals("chat.postMessage")) {
			String channel = params.getOrDefault("channel", "D000");
			long at = System.nanoTime();
			java.util.concurrent.atomic.AtomicInteger limitHere = rateLimitedChannels.get(channel);
			if (!tooMany && limitHere != null && limitHere.getAndDecrement() > 0) {
				tooMany = true;
				wait = retryAfter.getOrDefault(channel, 1);
			}
			tooMany = tooMany || !takes(channel);
			posts.add(new Post(channel, at, !tooMany));
		}
		if (tooMany) {
			refused.incrementAndGet();
			exchange.getResponseHeaders().set("Retry-After", String.valueOf(wait));
			respond(exchange, 429, fixture("error_429_ratelimited").toString());
			return;
		}
		String invalid = invalidBlockKit(method, params);
		if (invalid != null) {
			respond(exchange, 200, invalid);
			return;
		}
		String answer = answer(method, params, token);
		JsonNode answered = JSON.readTree(answer);
		if (answered.has("ts")) {
			params.put("_ts", answered.get("ts").asText());
			params.put("_channel", answered.path("channel").asText());
		}
		calls.add(new Call(seq.incrementAndGet(), method, params, token));
		respond(exchange, 200, answer);
	}

	/**
	 * Slack's token exchange. The code says which workspace installs: "code-T0AAA" installs team T0AAA, and the
	 * bot token issued for it ("xoxb-T0AAA-…") is accepted from then on. The client sends its id and secret
	 * as form fields or as HTTP Basic credentials.
	 */
	private String oauthAccess(Map<String, String> params, String auth) {
		String code = params.getOrDefault("code", "");
		boolean client = params.get("client_id") != null || auth != null && auth.startsWith("Basic ");
		if (!client || !code.startsWith("code-")) {
			return "{\"ok\":false,\"error\":\"invalid_code\"}";
		}
		// "code-T0AAA.U0SAM": U0SAM installs and also grants user scopes, so gets a user token of their own.
		String[] teamAndUser = code.substring("code-".length()).split("\\.", 2);
		String team = teamAndUser[0];
		String installer = teamAndUser.length > 1 ? teamAndUser[1] : "U0INSTALLER";
		String token = "xoxb-" + team + "-" + seq.incrementAndGet() + "-fakeSecretPart";
		issued.put(team, token);
		tokens.add(token);
		ObjectNode answer = JSON.createObjectNode();
		answer.put("ok", true).put("access_token", token).put("token_type", "bot")
			.put("scope", "commands,chat:write,im:history").put("bot_user_id", "U0BOT").put("app_id", "A0APP");
		answer.putObject("team").put("id", team).put("name", "Workspace " + team);
		answer.putNull("enterprise");
		answer.put("is_enterprise_install", false);
		ObjectNode authedUser = answer.putObject("authed_user").put("id", installer);
		if (teamAndUser.length > 1) {
			String userToken = "xoxp-" + team + "-" + installer + "-" + seq.incrementAndGet() + "-fakeUserSecret";
			authedUser.put("access_token", userToken).put("token_type", "user").put("scope", "search:read");
			issued.put(team + "." + installer, userToken);
		}
		return answer.toString();
	}

	private String answer(String method, Map<String, String> params, String token) throws IOException {
		if (method.equals("auth.test") && token != null && token.startsWith("xoxb-T")) {
			// An installed workspace's token names its own team, as Slack's auth.test does.
			ObjectNode response = (ObjectNode) fixture(method);
			response.put("team_id", token.split("-")[1]).put("user_id", "U0BOT").put("bot_id", "B0BOT");
			return response.toString();
		}
		switch (method) {
			case "chat.postMessage": {
				ObjectNode response = (ObjectNode) fixture("chat.postMessage");
				String channel = params.getOrDefault("channel", "D000");
				response.put("channel", channel.startsWith("U") ? "D" + channel.substring(1) : channel);
				String ts = nextTs();
				response.put("ts", ts);
				posted.add(ts);
				return response.toString();
			}
			case "chat.update":
				// Slack updates only messages that are there: an ephemeral message (a slash command's answer) has none
				// to update, and is replaced through its response_url instead.
				if (!posted.contains(params.get("ts"))) {
					return "{\"ok\":false,\"error\":\"message_not_found\"}";
				}
				return "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"" + params.get("ts") + "\"}";
			case "chat.postEphemeral":
				return "{\"ok\":true,\"message_ts\":\"" + nextTs() + "\"}";
			case "files.getUploadURLExternal": {
				String id = "F" + seq.incrementAndGet();
				uploadNames.put(id, params.getOrDefault("filename", "file"));
				return "{\"ok\":true,\"upload_url\":\"http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + id
						+ "\",\"file_id\":\"" + id + "\"}";
			}
			case "files.completeUploadExternal":
				return "{\"ok\":true,\"files\":" + params.getOrDefault("files", "[]") + "}";
			case "auth.test", "views.open", "views.publish", "conversations.open", "users.info":
				return fixture(method).toString();
			default:
				return "{\"ok\":true}";
		}
	}

	private void upload(HttpExchange exchange) throws IOException {
		String id = exchange.getRequestURI().getPath().substring("/upload/".length());
		uploaded.put(id, exchange.getRequestBody().readAllBytes());
		respond(exchange, 200, "OK - " + uploaded.get(id).length);
	}

	/** Files whose upload Accord completed, oldest first. */
	public List<Upload> uploads() {
		List<Upload> uploads = new ArrayList<>();
		for (Call call : calls("files.completeUploadExternal")) {
			for (JsonNode file : call.json("files")) {
				String id = file.path("id").asText();
				uploads.add(new Upload(id, uploadNames.get(id), call.param("channel_id"), call.param("initial_comment"),
						uploaded.get(id)));
			}
		}
		return uploads;
	}

	private String nextTs() {
		long n = ts.incrementAndGet();
		return (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
	}

	private static JsonNode fixture(String method) throws IOException {
		try (InputStream in = FakeSlackApi.class.getResourceAsStream("/slack/web_api/" + method + ".json")) {
			return JSON.readTree(in);
		}
	}

	private static Map<String, String> parse(String body, String contentType) throws IOException {
		Map<String, String> params = new LinkedHashMap<>();
		if (contentType != null && contentType.startsWith("application/json")) {
			JSON.readTree(body).fields().forEachRemaining(e -> params.put(e.getKey(),
					e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
			return params;
		}
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			params.put(key, value);
		}
		return params;
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	/**
	 * Stops the fake, and fails the test class that used it if Accord sent Block Kit that Slack would have
	 * refused: Slack shows nothing of such a message, so a test that passed anyway proved nothing of it.
	 */
	public void close() {
		server.stop(0);
		if (!invalidBlockKit.isEmpty()) {
			throw new AssertionError("Slack would have refused " + invalidBlockKit.size() + " calls for their Block Kit: "
					+ invalidBlockKit);
		}
	}

	/** Slack's answer to a message or view it would refuse (BlockKitLimits), or null when it takes it. */
	private String invalidBlockKit(String method, Map<String, String> params) throws IOException {
		List<String> problems;
		switch (method) {
			case "chat.postMessage", "chat.update", "chat.postEphemeral", "chat.scheduleMessage" -> {
				String blocks = params.get("blocks");
				problems = blocks == null ? List.of() : BlockKitLimits.ofMessage(JSON.readTree(blocks));
				if (problems.isEmpty()) {
					return null;
				}
				invalidBlockKit.add(method + ": " + problems);
				ObjectNode refused = JSON.createObjectNode().put("ok", false).put("error", "invalid_blocks");
				problems.forEach(refused.putArray("errors")::add);
				return refused.toString();
			}
			case "views.open", "views.publish", "views.update", "views.push" -> {
				String view = params.get("view");
				problems = view == null ? List.of("no view") : BlockKitLimits.ofView(JSON.readTree(view));
				if (problems.isEmpty()) {
					return null;
				}
				invalidBlockKit.add(method + ": " + problems);
				ObjectNode refused = JSON.createObjectNode().put("ok", false).put("error", "invalid_arguments");
				com.fasterxml.jackson.databind.node.ArrayNode messages = refused.putObject("response_metadata").putArray("messages");
				problems.forEach(p -> messages.add("[ERROR] " + p));
				return refused.toString();
			}
			default -> {
				return null;
			}
		}
	}

	/** The button values of a posted or updated message's blocks, by button text. */
	public static Map<String, String> buttons(JsonNode blocks) {
		Map<String, String> buttons = new LinkedHashMap<>();
		List<JsonNode> elements = new ArrayList<>();
		for (JsonNode block : blocks) {
			if (block.has("accessory")) {
				elements.add(block.get("accessory"));
			}
			if (block.has("elements")) {
				block.get("elements").forEach(elements::add);
			}
		}
		for (JsonNode e : elements) {
			if ("button".equals(e.path("type").asText())) {
				buttons.put(e.path("text").path("text").asText(), e.path("value").asText() + "\u0000" + e.path("action_id").asText());
			}
		}
		return buttons;
	}

}
