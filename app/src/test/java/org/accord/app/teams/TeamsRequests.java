package org.accord.app.teams;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Posts activities to a test's Accord at {@code /api/messages}, and loads the Teams fixtures. */
final class TeamsRequests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI endpoint;

	TeamsRequests(int port) {
		endpoint = URI.create("http://127.0.0.1:" + port + "/api/messages");
	}

	/** A fixture from {@code teams/} with only its serviceUrl changed. */
	static ObjectNode fixture(String name, String serviceUrl) {
		try (InputStream in = TeamsRequests.class.getResourceAsStream("/teams/" + name + ".json")) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture teams/" + name + ".json");
			}
			ObjectNode activity = (ObjectNode) JSON.readTree(in);
			activity.put("serviceUrl", serviceUrl);
			return activity;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A fresh embedded store in a temporary folder, as the Slack tests have. */
	static void embeddedStore(DynamicPropertyRegistry registry) {
		String dataDir;
		try {
			dataDir = Files.createTempDirectory("accord-teams-it").toString();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		registry.add("accord.data-dir", () -> dataDir);
		registry.add("accord.mongodb-uri", () -> "");
	}

	HttpResponse<String> post(Object activity, String authorization) {
		return post(activity.toString(), "application/json; charset=utf-8", authorization);
	}

	HttpResponse<String> post(String body, String contentType, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
