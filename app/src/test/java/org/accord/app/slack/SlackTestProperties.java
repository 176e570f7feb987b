package org.accord.app.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test's Accord at its own fake Slack Web API and a fresh embedded store. */
public final class SlackTestProperties {

	private SlackTestProperties() {
	}

	public static void register(DynamicPropertyRegistry registry, FakeSlackApi slack) {
		String dataDir;
		try {
			dataDir = Files.createTempDirectory("accord-it").toString();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		registry.add("accord.slack.bot-token", () -> FakeSlackApi.BOT_TOKEN);
		registry.add("accord.slack.signing-secret", () -> SlackRequests.SIGNING_SECRET);
		registry.add("accord.slack.api-url", slack::url);
		registry.add("accord.data-dir", () -> dataDir);
		registry.add("accord.mongodb-uri", () -> "");
	}

}
