package org.accord.app.slack;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Slack's worked example of request signing (fixtures/slack/README.md), checked the way the endpoint checks it. */
class SlackSignatureTest {

	static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

	static final String TIMESTAMP = "1531420618";

	static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

	static byte[] body() throws IOException {
		try (InputStream in = SlackSignatureTest.class.getResourceAsStream("/slack/slash_command.txt")) {
			return in.readAllBytes();
		}
	}

	@Test
	void givenSlacksKnownAnswer_thenSignedBySlack() throws IOException {
		assertThat(SlackEventsController.signedBySlack(SECRET, TIMESTAMP, SIGNATURE, body())).isTrue();
	}

	@Test
	void givenAnyPartChanged_thenNot() throws IOException {
		byte[] body = body();
		assertThat(SlackEventsController.signedBySlack("another-secret", TIMESTAMP, SIGNATURE, body)).isFalse();
		assertThat(SlackEventsController.signedBySlack(SECRET, "1531420619", SIGNATURE, body)).isFalse();
		assertThat(SlackEventsController.signedBySlack(SECRET, TIMESTAMP, SIGNATURE.replace("v0=", "v1="), body)).isFalse();
		assertThat(SlackEventsController.signedBySlack(SECRET, TIMESTAMP, SIGNATURE.toUpperCase(), body)).isFalse();
		assertThat(SlackEventsController.signedBySlack(SECRET, TIMESTAMP, null, body)).isFalse();
		assertThat(SlackEventsController.signedBySlack(SECRET, null, SIGNATURE, body)).isFalse();
		body[body.length - 1] ^= 1;
		assertThat(SlackEventsController.signedBySlack(SECRET, TIMESTAMP, SIGNATURE, body)).isFalse();
	}

}
