package org.accord.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Slack's Web API as its rate limits make it: a chat.postMessage to a channel that took one less than a second ago
 * gets 429 with Retry-After: 1, and the first message to each of some channels gets 429 with a longer Retry-After
 * whatever the pace (Slack's own reasons). Every post that reached it is kept, taken or not.
 */
final class PacedSlack implements AutoCloseable {

	/** One chat.postMessage as it arrived: its channel, when (System.nanoTime), whether it was taken, and its text. */
	record Post(String channel, long nanos, boolean taken, String text) {
	}

	private static final long SECOND = 1_000_000_000L;

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
		Thread t = new Thread(r, "paced-slack");
		t.setDaemon(true);
		return t;
	});

	private final Map<String, Long> tookAt = new ConcurrentHashMap<>();

	/** Channels whose first message is refused, and with what Retry-After (seconds). */
	private final Map<String, Integer> refuseFirst;

	private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();

	private final ConcurrentLinkedQueue<Post> posts = new ConcurrentLinkedQueue<>();

	private final AtomicLong ts = new AtomicLong(1_800_000_000_000_000L);

	PacedSlack(Map<String, Integer> refuseFirst) throws IOException {
		this.refuseFirst = Map.copyOf(refuseFirst);
		// Without it each answer waits on the client's delayed ACK (about 40 ms a call here): the bench would measure
		// the loopback, not the pace. Read once, when the JVM's first HTTP server starts.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
		server.setExecutor(executor);
		server.createContext("/api/", this::handle);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
	}

	List<Post> posts() {
		return new ArrayList<>(posts);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			long now = System.nanoTime();
			String method = exchange.getRequestURI().getPath().substring("/api/".length());
			Map<String, String> params = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			if (!method.equals("chat.postMessage")) {
				respond(exchange, 200, null, "{\"ok\":true}");
				return;
			}
			String channel = params.getOrDefault("channel", "D0");
			Integer wait = refuseFirst.get(channel);
			if (wait != null && refusedOnce.add(channel)) {
				posts.add(new Post(channel, now, false, params.get("text")));
				respond(exchange, 429, String.valueOf(wait), "{\"ok\":false,\"error\":\"ratelimited\"}");
				return;
			}
			boolean[] took = new boolean[1];
			tookAt.compute(channel, (c, last) -> {
				took[0] = last == null || now - last >= SECOND;
				return took[0] ? Long.valueOf(now) : last;
			});
			posts.add(new Post(channel, now, took[0], params.get("text")));
			if (!took[0]) {
				respond(exchange, 429, "1", "{\"ok\":false,\"error\":\"ratelimited\"}");
				return;
			}
			String dm = channel.startsWith("U") ? "D" + channel.substring(1) : channel;
			long n = ts.incrementAndGet();
			String stamp = (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
			respond(exchange, 200, null, "{\"ok\":true,\"channel\":\"" + dm + "\",\"ts\":\"" + stamp + "\"}");
		}
	}

	private static Map<String, String> parse(String body) {
		Map<String, String> params = new HashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return params;
	}

	private static void respond(HttpExchange exchange, int status, String retryAfter, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		if (retryAfter != null) {
			exchange.getResponseHeaders().set("Retry-After", retryAfter);
		}
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

}
