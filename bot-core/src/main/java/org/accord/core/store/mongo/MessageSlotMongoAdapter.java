package org.accord.core.store.mongo;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.accord.core.port.out.MessageSlotPort;
import org.bson.Document;

final class MessageSlotMongoAdapter implements MessageSlotPort {

	private final MongoCollection<Document> slots;

	MessageSlotMongoAdapter(MongoStore store) {
		this.slots = store.db().getCollection(Collections.MESSAGE_SLOTS);
	}

	@Override
	public Optional<String> find(String id) {
		return Optional.ofNullable(slots.find(Filters.eq("_id", id)).first()).map(d -> d.getString("message"));
	}

	@Override
	public void save(String id, String sealedMessage) {
		// Not committed before the next click: a hard kill can lose only which message held the prompt (an earlier
		// message then goes unmarked as moved), and a commit of its own on every prompt shown would slow every click.
		slots.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("message", sealedMessage),
				new ReplaceOptions().upsert(true));
	}

}
