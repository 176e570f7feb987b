package org.accord.core.store.mongo;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.accord.core.port.out.MessageSlotPort;
import org.bson.Document;

final class MessageSlotMongoAdapter implements MessageSlotPort {

	private final MongoCollection<Document> slots;

	private final WriteBarrier barrier;

	MessageSlotMongoAdapter(MongoStore store) {
		this.slots = store.db().getCollection(Collections.MESSAGE_SLOTS);
		this.barrier = store.barrier();
	}

	@Override
	public Optional<String> find(String id) {
		return Optional.ofNullable(slots.find(Filters.eq("_id", id)).first()).map(d -> d.getString("message"));
	}

	@Override
	public void save(String id, String sealedMessage) {
		slots.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("message", sealedMessage),
				new ReplaceOptions().upsert(true));
		barrier.afterWrite();
	}

}
