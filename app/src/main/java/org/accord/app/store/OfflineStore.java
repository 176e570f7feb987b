package org.accord.app.store;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.accord.core.store.mongo.MongoStore;

/**
 * The store as the server would open it (MONGODB_URI, else the embedded store under the data folder), for a
 * command of the jar that runs and exits. The embedded store can be held by one process only: while the
 * server runs, opening it fails with {@link EmbeddedMongo.InUseException}.
 */
public final class OfflineStore implements AutoCloseable {

	private final StoreConnection connection;

	private final MongoClient client;

	private final MongoStore store;

	private OfflineStore(StoreConnection connection) {
		this.connection = connection;
		MongoClientSettings.Builder settings = connection.apply(MongoClientSettings.builder())
			.applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS));
		if (connection.uri().getWriteConcern() == null && !connection.isEmbedded()) {
			// As the server writes: a rewritten installation must survive a primary failing over.
			settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
		}
		this.client = MongoClients.create(settings.build());
		this.store = MongoStore.open(client.getDatabase(connection.database()), connection.barrier());
	}

	public static OfflineStore open(String mongodbUri, Path dataDir) {
		if (mongodbUri == null || mongodbUri.isBlank()) {
			return new OfflineStore(StoreConnection.embedded(EmbeddedMongo.start(dataDir)));
		}
		return new OfflineStore(StoreConnection.external(mongodbUri.strip()));
	}

	public MongoStore store() {
		return store;
	}

	/** Where it is, without a password: the hosts and database, or the embedded store's file. */
	public String where() {
		return connection.server() instanceof EmbeddedMongo embedded ? "the embedded store " + embedded.file()
				: "MongoDB at " + String.join(",", connection.uri().getHosts()) + ", database " + connection.database();
	}

	@Override
	public void close() throws Exception {
		client.close();
		connection.close();
	}

}
