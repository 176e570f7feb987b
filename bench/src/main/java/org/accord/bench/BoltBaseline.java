package org.accord.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The baseline: a bare Bolt for Java app that only acknowledges block actions, configured as Accord
 * configures its own (same token, signing secret, Web API address, auth.test cache), and served the same
 * way: the raw body and headers go to {@link SlackRequestParser} and {@link App#run}, as in Accord's
 * SlackEventsController. Run as its own JVM: {@code BoltBaseline <port> <signing secret> <bot token> <api url>}.
 */
public final class BoltBaseline {

	private BoltBaseline() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		SlackConfig slackConfig = new SlackConfig();
		slackConfig.setMethodsEndpointUrlPrefix(args[3]);
		App app = new App(AppConfig.builder()
			.singleTeamBotToken(args[2])
			.signingSecret(args[1])
			.slack(Slack.getInstance(slackConfig))
			.authTestCacheExpirationMillis(600_000L)
			.build());
		app.blockAction(Pattern.compile(".*"), (req, ctx) -> ctx.ack());
		SlackRequestParser parser = new SlackRequestParser(app.config());

		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
		// Tomcat's default: up to 200 request threads.
		ExecutorService threads = Executors.newFixedThreadPool(200);
		server.setExecutor(threads);
		server.createContext("/health", exchange -> respond(exchange, 200, "text/plain", "UP"));
		server.createContext("/slack/events", exchange -> {
			try (exchange) {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				Map<String, List<String>> headers = new LinkedHashMap<>();
				exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), new ArrayList<>(values)));
				try {
					Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
						.requestUri(exchange.getRequestURI().getPath())
						.queryString(Map.of())
						.headers(new RequestHeaders(headers))
						.requestBody(body)
						.remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
						.build());
					if (request == null) {
						respond(exchange, 400, "text/plain", "Not a Slack request.");
						return;
					}
					Response response = app.run(request);
					respond(exchange, response.getStatusCode(),
							response.getContentType() == null ? "text/plain" : response.getContentType(),
							response.getBody() == null ? "" : response.getBody());
				}
				catch (Exception e) {
					respond(exchange, 400, "text/plain", "Bad request.");
				}
			}
		});
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.stop(0);
			threads.shutdownNow();
		}));
		System.out.println("Bolt baseline listening on 127.0.0.1:" + port);
	}

	private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

}
