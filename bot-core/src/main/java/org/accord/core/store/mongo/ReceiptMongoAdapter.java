package org.accord.core.store.mongo;

import java.util.Date;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import org.accord.core.port.out.ReceiptPort;
import org.bson.Document;

final class ReceiptMongoAdapter implements ReceiptPort {

	private final MongoCollection<Document> receipts;

	ReceiptMongoAdapter(MongoStore store) {
		this.receipts = store.db().getCollection(Collections.RECEIPTS);
	}

	/**
	 * The receipt is not committed by itself: the request's own first write commits it with that write (a commit
	 * covers everything written before it), and a request that writes nothing loses nothing with its receipt. One
	 * commit a click instead of two is what keeps the embedded store's acks close to Bolt's own.
	 */
	@Override
	public boolean firstTime(String key) {
		try {
			receipts.insertOne(new Document("_id", key).append("at", new Date()));
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
