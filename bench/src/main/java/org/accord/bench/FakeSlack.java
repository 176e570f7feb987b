package org.accord.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small, fast stand-in for Slack's Web API on a loopback port: every method answers ok:true (posted
 * messages get a unique ts), and the prompts Accord posts are kept by member and criterion, so that the
 * load is made of the buttons Accord really showed.
 */
final class FakeSlack implements AutoCloseable {

	/** A prompt as the member sees it: where it is, and its buttons' value and action id by label. */
	record Prompt(String channel, String ts, Map<String, Button> buttons) {
	}

	record Button(String value, String actionId) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The text Accord gives a prompt's message: the criterion's id, a space, its title. */
	private static final Pattern PROMPT = Pattern.compile("^(\\d+\\.\\d+) ");

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
		Thread t = new Thread(r, "fake-slack");
		t.setDaemon(true);
		return t;
	});

	private final AtomicLong ts = new AtomicLong(1_800_000_000_000_000L);

	private final Map<String, CompletableFuture<Prompt>> prompts = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> posts = new ConcurrentHashMap<>();

	FakeSlack() throws IOException {
		// Without it each answer waits on the client's delayed ACK (about 40 ms a call): Accord's deliveries would
		// measure the loopback. Read once, when the JVM's first HTTP server starts.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
		server.setExecutor(executor);
		server.createContext("/api/", this::handle);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
	}

	long calls(String method) {
		LongAdder n = calls.get(method);
		return n == null ? 0 : n.sum();
	}

	/** How many messages with exactly this text were posted. */
	long posted(String text) {
		LongAdder n = posts.get(text);
		return n == null ? 0 : n.sum();
	}

	/** Waits (bounded) for the first prompt of a criterion posted to a member. */
	Prompt awaitPrompt(String user, String criterionId, Duration timeout) throws InterruptedException {
		try {
			return prompt(user + "|" + criterionId).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException e) {
			throw new IllegalStateException("Accord never posted " + criterionId + " to " + user);
		}
	}

	private CompletableFuture<Prompt> prompt(String key) {
		return prompts.computeIfAbsent(key, k -> new CompletableFuture<>());
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestURI().getPath().substring("/api/".length());
			calls.computeIfAbsent(method, k -> new LongAdder()).increment();
			Map<String, String> params = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
					exchange.getRequestHeaders().getFirst("Content-Type"));
			respond(exchange, answer(method, params));
		}
	}

	private String answer(String method, Map<String, String> params) throws IOException {
		switch (method) {
			case "chat.postMessage": {
				String channel = params.getOrDefault("channel", "D0");
				String dm = channel.startsWith("U") ? "D" + channel.substring(1) : channel;
				String ts = nextTs();
				String text = params.getOrDefault("text", "");
				posts.computeIfAbsent(text, k -> new LongAdder()).increment();
				Matcher prompt = PROMPT.matcher(text);
				if (prompt.find() && params.containsKey("blocks")) {
					prompt(channel + "|" + prompt.group(1)).complete(new Prompt(dm, ts, buttons(JSON.readTree(params.get("blocks")))));
				}
				return "{\"ok\":true,\"channel\":\"" + dm + "\",\"ts\":\"" + ts + "\",\"message\":{\"type\":\"message\",\"ts\":\""
						+ ts + "\"}}";
			}
			case "chat.update":
				return "{\"ok\":true,\"channel\":\"" + params.getOrDefault("channel", "") + "\",\"ts\":\""
						+ params.getOrDefault("ts", "") + "\"}";
			case "chat.postEphemeral":
				return "{\"ok\":true,\"message_ts\":\"" + nextTs() + "\"}";
			case "auth.test":
				return "{\"ok\":true,\"url\":\"https://bench.slack.com/\",\"team\":\"Bench\",\"user\":\"accord\","
						+ "\"team_id\":\"" + Bench.TEAM + "\",\"user_id\":\"U0ACCORDBOT\",\"bot_id\":\"B0ACCORDBOT\"}";
			case "conversations.open":
				return "{\"ok\":true,\"channel\":{\"id\":\"D0BENCHDM\"}}";
			default:
				return "{\"ok\":true}";
		}
	}

	private String nextTs() {
		long n = ts.incrementAndGet();
		return (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
	}

	/** The buttons of a message's blocks, by their text. */
	private static Map<String, Button> buttons(JsonNode blocks) {
		Map<String, Button> buttons = new LinkedHashMap<>();
		for (JsonNode block : blocks) {
			if (block.has("accessory")) {
				button(block.get("accessory"), buttons);
			}
			for (JsonNode element : block.path("elements")) {
				button(element, buttons);
			}
		}
		return buttons;
	}

	private static void button(JsonNode element, Map<String, Button> buttons) {
		if ("button".equals(element.path("type").asText())) {
			buttons.put(element.path("text").path("text").asText(),
					new Button(element.path("value").asText(), element.path("action_id").asText()));
		}
	}

	private static Map<String, String> parse(String body, String contentType) throws IOException {
		Map<String, String> params = new HashMap<>();
		if (contentType != null && contentType.startsWith("application/json")) {
			JSON.readTree(body).properties().forEach(e -> params.put(e.getKey(),
					e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
			return params;
		}
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return params;
	}

	private static void respond(HttpExchange exchange, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

}
