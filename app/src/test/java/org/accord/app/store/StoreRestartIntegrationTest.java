package org.accord.app.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import org.accord.app.AccordApplication;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store keeps what was written across a restart of the application, and health tells. */
class StoreRestartIntegrationTest {

	@TempDir
	Path dataDir;

	private ConfigurableApplicationContext start() {
		// Command-line arguments, because they outrank application.yml (default properties would not).
		return new SpringApplicationBuilder(AccordApplication.class)
			.run("--server.port=0", "--accord.data-dir=" + dataDir, "--accord.mongodb-uri=");
	}

	@Test
	void givenAValueWrittenBeforeARestart_thenItIsThereAfterIt() throws Exception {
		try (ConfigurableApplicationContext first = start()) {
			assertThat(health(first)).contains("\"status\":\"UP\"");
			first.getBean(MongoClient.class).getDatabase("accord").getCollection("partnerships")
				.insertOne(new Document("_id", "restart-check").append("workspace", "slack:TRESTART")
					.append("name", "Safer Somewhere"));
		}
		try (ConfigurableApplicationContext second = start()) {
			Document found = second.getBean(MongoClient.class).getDatabase("accord").getCollection("partnerships")
				.find(new Document("_id", "restart-check")).first();
			assertThat(found).isNotNull();
			assertThat(found.getString("name")).isEqualTo("Safer Somewhere");
		}
	}

	private static String health(ConfigurableApplicationContext context) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
