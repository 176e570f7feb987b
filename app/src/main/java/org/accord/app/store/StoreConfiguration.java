package org.accord.app.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
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

	/**
	 * Slack waits 3 s for an answer. With the store down, every request must fail well inside that, so that
	 * Accord can still say "could not save that" (SlackEventsController, TeamsBotAdapter) instead of Slack
	 * showing a timeout; the driver's defaults wait 30 s for a server and forever for a reply. The bounds
	 * still hold for a healthy replica set: server selection there takes milliseconds, Accord's operations
	 * are single-document reads and writes or reads of one board's documents (tens of milliseconds, majority
	 * and journal included), and a TCP and TLS connect to a primary takes well under 100 ms in a region. An
	 * election after a primary fails (up to about 12 s by MongoDB's defaults) outlasts what Slack waits
	 * anyway: failing fast then tells the member to try again instead of leaving them with a spinner. Worst
	 * case for one request: a reply lost (socket timeout) then the driver's one retry waiting for a server,
	 * 1.5 s + 1 s. A timeout the URI sets itself (serverSelectionTimeoutMS, connectTimeoutMS, socketTimeoutMS)
	 * wins, as its write concern does.
	 */
	static final int SERVER_SELECTION_MILLIS = 1_000;

	static final int CONNECT_MILLIS = 1_000;

	static final int SOCKET_MILLIS = 1_500;

	@Bean(destroyMethod = "close")
	MongoClient mongoClient(StoreConnection connection) {
		ConnectionString uri = connection.uri();
		// The connection's own settings first: the embedded store admits only a client that names its secret.
		MongoClientSettings.Builder settings = connection.apply(MongoClientSettings.builder())
			.applyToClusterSettings(c -> c.serverSelectionTimeout(
					or(uri.getServerSelectionTimeout(), SERVER_SELECTION_MILLIS), TimeUnit.MILLISECONDS))
			.applyToSocketSettings(s -> s.connectTimeout(or(uri.getConnectTimeout(), CONNECT_MILLIS), TimeUnit.MILLISECONDS)
				.readTimeout(or(uri.getSocketTimeout(), SOCKET_MILLIS), TimeUnit.MILLISECONDS));
		if (uri.getWriteConcern() == null && !connection.isEmbedded()) {
			// An acknowledged rating must survive a primary failing over: wait for a majority and the journal.
			settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
		}
		return MongoClients.create(settings.build());
	}

	/** The store's database: bot-core's collections, and what an adapter keeps beside them (Teams' pending files). */
	@Bean
	MongoDatabase mongoDatabase(MongoClient client, StoreConnection connection) {
		return client.getDatabase(connection.database());
	}

	@Bean
	MongoStore mongoStore(MongoDatabase database, StoreConnection connection) {
		try {
			return MongoStore.open(database, connection.barrier());
		}
		catch (MongoTimeoutException | MongoSocketException unreachable) {
			throw new StartupProblem("No MongoDB answered at " + String.join(",", connection.uri().getHosts())
					+ " (MONGODB_URI).",
					"Start it, or make it reachable from here, or correct MONGODB_URI.");
		}
	}

	private static int or(Integer fromUri, int otherwise) {
		return fromUri != null ? fromUri : otherwise;
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
