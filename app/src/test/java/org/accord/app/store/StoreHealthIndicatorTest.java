package org.accord.app.store;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.accord.core.store.mongo.MongoStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class StoreHealthIndicatorTest {

	@Test
	void givenTheStoreStopsAnswering_thenHealthIsDown(@TempDir Path dataDir) {
		EmbeddedMongo server = EmbeddedMongo.start(dataDir);
		try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(server.connectionString()))
			.applicationName(server.secret())
			.applyToClusterSettings(c -> c.serverSelectionTimeout(500, TimeUnit.MILLISECONDS))
			.build())) {
			StoreHealthIndicator health = new StoreHealthIndicator(
					MongoStore.open(client.getDatabase("accord"), server.commitBarrier()));
			assertThat(health.health().getStatus()).isEqualTo(Status.UP);
			server.close();
			assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
		}
	}

}
