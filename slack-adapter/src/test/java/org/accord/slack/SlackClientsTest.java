package org.accord.slack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Accord's Web API client asks as the SDK asks and reads Slack's answers and refusals as the SDK reads them. */
class SlackClientsTest {

	private HttpServer server;

	private final List<String> asked = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String answer;

	private MethodsClient client;

	@BeforeEach
	void fakeWebApi() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/", this::answer);
		server.start();
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
		client = new SlackClients(Slack.getInstance(config)).forToken("xoxb-test", "T1");
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		asked.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization") + " "
				+ exchange.getRequestHeaders().getFirst("Content-Type") + " "
				+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.getResponseHeaders().add("X-Slack-Req-Id", "req-1");
		if (status == 429) {
			exchange.getResponseHeaders().add("Retry-After", "7");
		}
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Test
	void givenAnUpdate_thenItGoesAsAFormWithTheBearerTokenAndTheWholeAnswerIsRead() throws Exception {
		answer = "{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1.2\",\"text\":\"Saved\",\"message\":{\"type\":\"message\",\"text\":\"Saved\","
				+ "\"blocks\":[{\"type\":\"section\",\"block_id\":\"b1\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"Saved\"}},"
				+ "{\"type\":\"actions\",\"block_id\":\"b2\",\"elements\":[{\"type\":\"button\",\"action_id\":\"a1\","
				+ "\"text\":{\"type\":\"plain_text\",\"text\":\"Next\"},\"value\":\"v1\"}]}]}}";

		for (int n = 0; n < 2; n++) {
			ChatUpdateResponse updated = client.chatUpdate(r -> r.channel("D1").ts("1.2").text("Saved"));

			assertThat(updated.isOk()).isTrue();
			assertThat(updated.getTs()).isEqualTo("1.2");
			assertThat(updated.getMessage().getBlocks()).hasSize(2);
			assertThat(updated.getHttpResponseHeaders()).containsKey("x-slack-req-id");
		}
		assertThat(asked).hasSize(2).allSatisfy(call -> assertThat(call)
			.startsWith("/api/chat.update Bearer xoxb-test application/x-www-form-urlencoded")
			.contains("channel=D1").contains("ts=1.2"));
	}

	@Test
	void givenSlackSaysNotOk_thenTheAnswerSaysWhy() throws Exception {
		answer = "{\"ok\":false,\"error\":\"message_not_found\"}";

		ChatUpdateResponse updated = client.chatUpdate(r -> r.channel("D1").ts("9.9").text("Saved"));

		assertThat(updated.isOk()).isFalse();
		assertThat(updated.getError()).isEqualTo("message_not_found");
	}

	@Test
	void givenA429_thenItIsThrownWithItsRetryAfter() {
		status = 429;
		answer = "{\"ok\":false,\"error\":\"ratelimited\"}";

		SlackApiException refused = catchThrowableOfType(SlackApiException.class,
				() -> client.chatPostMessage(r -> r.channel("U1").text("Your prompt")));

		assertThat(refused.getResponse().code()).isEqualTo(429);
		assertThat(refused.getResponse().header("Retry-After")).isEqualTo("7");
		assertThat(refused.getError().getError()).isEqualTo("ratelimited");
	}

}
