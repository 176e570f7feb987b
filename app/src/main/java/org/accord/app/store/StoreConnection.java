package org.accord.app.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import org.accord.core.store.mongo.WriteBarrier;

/**
 * Where the store is and how to make a write durable there; closing it stops the embedded server when
 * there is one. The embedded server serves only a client whose application name is its secret; toString
 * never shows it.
 */
record StoreConnection(ConnectionString uri, String database, WriteBarrier barrier, AutoCloseable server,
		String applicationName) implements AutoCloseable {

	static final String DEFAULT_DATABASE = "accord";

	static StoreConnection embedded(EmbeddedMongo server) {
		return new StoreConnection(new ConnectionString(server.connectionString()), DEFAULT_DATABASE,
				server.commitBarrier(), server, server.secret());
	}

	static StoreConnection external(String uri) {
		ConnectionString parsed = new ConnectionString(uri);
		String database = parsed.getDatabase() == null ? DEFAULT_DATABASE : parsed.getDatabase();
		return new StoreConnection(parsed, database, WriteBarrier.NONE, () -> {
		}, null);
	}

	boolean isEmbedded() {
		return server instanceof EmbeddedMongo;
	}

	/** The client settings this store needs beyond its URI: the embedded server's secret, where there is one. */
	MongoClientSettings.Builder apply(MongoClientSettings.Builder settings) {
		settings.applyConnectionString(uri);
		if (applicationName != null) {
			settings.applicationName(applicationName);
		}
		return settings;
	}

	@Override
	public String toString() {
		return "StoreConnection[hosts=" + uri.getHosts() + ", database=" + database + ", embedded=" + isEmbedded() + "]";
	}

	@Override
	public void close() throws Exception {
		server.close();
	}

}
