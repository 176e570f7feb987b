package org.accord.core.store.mongo;

import java.util.List;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

/** Inserts many documents at once, in the order given, leaving any whose id is stored already as it is. */
final class Bulk {

	private Bulk() {
	}

	static void insertNew(MongoCollection<Document> collection, List<Document> documents) {
		if (documents.isEmpty()) {
			return;
		}
		try {
			collection.insertMany(documents, new InsertManyOptions().ordered(false));
		}
		catch (MongoBulkWriteException e) {
			for (BulkWriteError error : e.getWriteErrors()) {
				if (error.getCode() != 11000) {
					throw e;
				}
			}
		}
	}

}
