package org.accord.app.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.accord.app.AccordProperties;
import org.accord.core.store.mongo.MongoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the store: MONGODB_URI when given, else the embedded server under the data folder. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

	@Bean(destroyMethod = "close")
	StoreConnection storeConnection(AccordProperties properties) {
		if (properties.embeddedStore()) {
			EmbeddedMongo server = EmbeddedMongo.start(properties.dataDir());
			log.info("Store: embedded MongoDB-compatible server, file {}", server.file());
			return StoreConnection.embedded(server);
		}
		StoreConnection external = StoreConnection.external(properties.mongodbUri());
		// Hosts and database only: the URI may carry a password.
		log.info("Store: MongoDB at {}, database {}", String.join(",", external.uri().getHosts()), external.database());
		return external;
	}

	@Bean(destroyMethod = "close")
	MongoClient mongoClient(StoreConnection connection) {
		MongoClientSettings.Builder settings = MongoClientSettings.builder()
			.applyConnectionString(connection.uri())
			.applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS));
		if (connection.uri().getWriteConcern() == null && !connection.isEmbedded()) {
			// An acknowledged rating must survive a primary failing over: wait for a majority and the journal.
			settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
		}
		return MongoClients.create(settings.build());
	}

	@Bean
	MongoStore mongoStore(MongoClient client, StoreConnection connection) {
		return MongoStore.open(client.getDatabase(connection.database()), connection.barrier());
	}

}
