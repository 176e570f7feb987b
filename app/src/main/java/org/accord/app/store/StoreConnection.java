package org.accord.app.store;

import com.mongodb.ConnectionString;
import org.accord.core.store.mongo.WriteBarrier;

/**
 * Where the store is and how to make a write durable there; closing it stops the embedded server when
 * there is one.
 */
record StoreConnection(ConnectionString uri, String database, WriteBarrier barrier, AutoCloseable server)
		implements AutoCloseable {

	static final String DEFAULT_DATABASE = "accord";

	static StoreConnection embedded(EmbeddedMongo server) {
		return new StoreConnection(new ConnectionString(server.connectionString()), DEFAULT_DATABASE,
				server.commitBarrier(), server);
	}

	static StoreConnection external(String uri) {
		ConnectionString parsed = new ConnectionString(uri);
		String database = parsed.getDatabase() == null ? DEFAULT_DATABASE : parsed.getDatabase();
		return new StoreConnection(parsed, database, WriteBarrier.NONE, () -> {
		});
	}

	boolean isEmbedded() {
		return server instanceof EmbeddedMongo;
	}

	@Override
	public void close() throws Exception {
		server.close();
	}

}
