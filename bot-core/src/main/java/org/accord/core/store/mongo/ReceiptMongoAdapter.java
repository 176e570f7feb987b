package org.accord.core.store.mongo;

import java.util.Date;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import org.accord.core.port.out.ReceiptPort;
import org.bson.Document;

final class ReceiptMongoAdapter implements ReceiptPort {

	private final MongoCollection<Document> receipts;

	private final WriteBarrier barrier;

	ReceiptMongoAdapter(MongoStore store) {
		this.receipts = store.db().getCollection(Collections.RECEIPTS);
		this.barrier = store.barrier();
	}

	@Override
	public boolean firstTime(String key) {
		try {
			receipts.insertOne(new Document("_id", key).append("at", new Date()));
			barrier.afterWrite();
			return true;
		}
		catch (MongoException e) {
			if (Keys.isDuplicateKey(e)) {
				return false;
			}
			throw e;
		}
	}

}
