package org.accord.core.store.mongo;

/**
 * Document ids built from what identifies a document, so that writing it twice is one upsert on one
 * id, with no index or transaction needed; none carries a time, so ids do not order anything by when.
 */
final class Keys {

	private Keys() {
	}

	static String of(Object... parts) {
		StringBuilder key = new StringBuilder();
		for (Object part : parts) {
			if (key.length() > 0) {
				key.append('|');
			}
			key.append(part);
		}
		return key.toString();
	}

	static boolean isDuplicateKey(com.mongodb.bulk.BulkWriteError e) {
		return e.getCode() == 11000;
	}

	static boolean isDuplicateKey(com.mongodb.MongoException e) {
		return e.getCode() == 11000 || (e instanceof com.mongodb.MongoWriteException w && w.getError().getCode() == 11000);
	}

}
