package org.accord.slack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.accord.core.card.Card;
import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack answers 429 with Retry-After when a channel gets more than about a message a second: the deliverer waits
 * as told and tries again, a few times, then gives up on that message and goes on with the rest.
 */
class SlackDelivererTest {

	private HttpServer server;

	private final AtomicInteger refuseNext = new AtomicInteger();

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private final List<Long> at = new CopyOnWriteArrayList<>();

	private MethodsClient client;

	private final SlackDeliverer deliverer = new SlackDeliverer(new BlockKitCardRenderer(), Executors.newSingleThreadExecutor(),
			outcome -> false);

	@BeforeEach
	void fakeWebApi() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/", this::answer);
		server.start();
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
		// The client Accord delivers with, so that its reading of a refusal is what is tested.
		client = new SlackClients(Slack.getInstance(config)).forToken("xoxb-test", null);
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		// The SDK asks auth.test who the token is before it sends; only the messages are counted and refused.
		boolean message = exchange.getRequestURI().getPath().endsWith("/chat.postMessage");
		if (message) {
			calls.add(exchange.getRequestURI().getPath() + " " + body);
			at.add(System.nanoTime());
		}
		boolean refused = message && refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
		byte[] answer = (refused ? "{\"ok\":false,\"error\":\"ratelimited\"}" : "{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1.1\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		if (refused) {
			exchange.getResponseHeaders().add("Retry-After", "1");
		}
		exchange.sendResponseHeaders(refused ? 429 : 200, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	@Test
	void givenA429_thenTheMessageGoesAfterRetryAfterAndOnce() {
		refuseNext.set(1);
		boolean sent = deliverer.deliver(client, Outcome.builder().direct(new PlatformUser("slack", "T1", "U1"),
				Card.text("Your prompt")).build(), new SlackDeliverer.Origin("U1", null, null, null));
		assertThat(sent).isTrue();
		assertThat(calls).hasSize(2).allMatch(c -> c.startsWith("/api/chat.postMessage"));
		assertThat(at.get(1) - at.get(0)).as("waited as Retry-After said").isGreaterThanOrEqualTo(900_000_000L);
	}

	@Test
	void givenSlackRefusingEveryTry_thenThatMessageIsGivenUpAndTheNextStillGoes() {
		refuseNext.set(4);
		boolean sent = deliverer.deliver(client, Outcome.builder()
			.direct(new PlatformUser("slack", "T1", "U1"), Card.text("First"))
			.direct(new PlatformUser("slack", "T1", "U2"), Card.text("Second")).build(),
				new SlackDeliverer.Origin("U1", null, null, null));
		assertThat(sent).isFalse();
		assertThat(calls).hasSize(5);
		assertThat(calls.get(4)).contains("channel=U2");
	}

}
