package org.accord.app.store;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit before every acknowledgement appends to the embedded store's file, which grows to many times its data
 * in a busy round: the store is compacted when it shuts down, and, if it was killed instead, when it next starts;
 * every document is kept either way.
 */
class EmbeddedStoreCompactionTest {

	/** A hundred documents of some 250 bytes and H2's own pages: what a compacted file holds here. */
	private static final long COMPACTED = 256L << 10;

	@Test
	void givenManyCommittedWrites_thenTheStoppedStoreIsCompacted_andKeepsEveryDocument(@TempDir Path temp) throws Exception {
		Path dataDir = temp.resolve("data");
		EmbeddedMongo store = EmbeddedMongo.start(dataDir);
		try (MongoClient client = client(store)) {
			writeCommitted(store, client, 1_500);
		}
		long grown = Files.size(store.file());
		assertThat(grown).as("a hundred small documents, rewritten 1,500 times").isGreaterThan(10L << 20);
		store.close();
		assertThat(Files.size(store.file())).as("stopped, from %d bytes", grown).isLessThan(COMPACTED);
		assertKept(dataDir);
	}

	@Test
	void givenAKilledStoresFile_thenItIsCompactedBeforeItOpens_andKeepsEveryDocument(@TempDir Path temp) throws Exception {
		EmbeddedMongo store = EmbeddedMongo.start(temp.resolve("running"));
		Path killed = temp.resolve("killed");
		try (MongoClient client = client(store)) {
			writeCommitted(store, client, 1_500);
			// The file as a kill -9 leaves it: everything committed, nothing compacted.
			Files.createDirectories(killed);
			Files.copy(store.file(), killed.resolve("accord.mv"));
		}
		finally {
			store.close();
		}
		long grown = Files.size(killed.resolve("accord.mv"));
		assertThat(grown).isGreaterThan(EmbeddedMongo.COMPACT_AT_START_BYTES);

		EmbeddedMongo restarted = EmbeddedMongo.start(killed);
		try {
			assertThat(Files.size(restarted.file())).as("opened, from %d bytes", grown).isLessThan(COMPACTED);
		}
		finally {
			restarted.close();
		}
		assertKept(killed);
	}

	private static void writeCommitted(EmbeddedMongo store, MongoClient client, int writes) {
		MongoCollection<Document> responses = client.getDatabase("accord").getCollection("responses");
		// As a round does: each rating rewritten and committed, one at a time.
		for (int i = 0; i < writes; i++) {
			responses.replaceOne(Filters.eq("_id", "r" + (i % 100)),
					new Document("_id", "r" + (i % 100)).append("version", i).append("answer", "x".repeat(200)),
					new ReplaceOptions().upsert(true));
			store.commitBarrier().afterWrite();
		}
	}

	private static void assertKept(Path dataDir) {
		EmbeddedMongo again = EmbeddedMongo.start(dataDir);
		try (MongoClient client = client(again)) {
			MongoCollection<Document> responses = client.getDatabase("accord").getCollection("responses");
			assertThat(responses.countDocuments()).isEqualTo(100);
			assertThat(responses.find(Filters.eq("_id", "r7")).first().getInteger("version")).isEqualTo(1_407);
		}
		finally {
			again.close();
		}
	}

	private static MongoClient client(EmbeddedMongo store) {
		return MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(store.connectionString()))
			.applicationName(store.secret())
			.build());
	}

}
