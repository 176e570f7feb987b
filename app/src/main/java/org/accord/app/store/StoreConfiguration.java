package org.accord.app.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.accord.app.AccordProperties;
import org.accord.app.StartupProblem;
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
		StoreConnection external;
		try {
			external = StoreConnection.external(properties.mongodbUri());
		}
		catch (IllegalArgumentException malformed) {
			// The driver's reason, never the URI itself: it may carry a password.
			throw new StartupProblem("MONGODB_URI is not a MongoDB connection string: " + reason(malformed, properties),
					"Set it to mongodb://host:27017/accord?replicaSet=rs0 (or mongodb+srv://…), or unset it to use the"
							+ " embedded store.");
		}
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
		try {
			return MongoStore.open(client.getDatabase(connection.database()), connection.barrier());
		}
		catch (MongoTimeoutException | MongoSocketException unreachable) {
			throw new StartupProblem("No MongoDB answered at " + String.join(",", connection.uri().getHosts())
					+ " (MONGODB_URI).",
					"Start it, or make it reachable from here, or correct MONGODB_URI.");
		}
	}

	/** The driver's reason for refusing a URI, unless it quotes the URI's user and password. */
	private static String reason(IllegalArgumentException malformed, AccordProperties properties) {
		String message = malformed.getMessage() == null ? "" : malformed.getMessage().strip();
		String uri = properties.mongodbUri();
		int scheme = uri.indexOf("://");
		int at = uri.lastIndexOf('@');
		String userInfo = scheme >= 0 && at > scheme + 3 ? uri.substring(scheme + 3, at) : "";
		if (message.isEmpty() || !userInfo.isEmpty() && message.contains(userInfo)) {
			return "the driver refused it.";
		}
		return message.endsWith(".") ? message : message + ".";
	}

}
