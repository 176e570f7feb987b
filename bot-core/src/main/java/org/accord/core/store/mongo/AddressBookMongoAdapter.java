package org.accord.core.store.mongo;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.out.AddressBookPort;
import org.bson.Document;

final class AddressBookMongoAdapter implements AddressBookPort {

	private final MongoCollection<Document> addresses;

	private final WriteBarrier barrier;

	AddressBookMongoAdapter(MongoStore store) {
		this.addresses = store.db().getCollection(Collections.ADDRESSES);
		this.barrier = store.barrier();
	}

	@Override
	public void save(PlatformUser user, String address) {
		addresses.replaceOne(Filters.eq("_id", key(user)), new Document("_id", key(user)).append("address", address),
				new ReplaceOptions().upsert(true));
		barrier.afterWrite();
	}

	@Override
	public Optional<String> find(PlatformUser user) {
		return Optional.ofNullable(addresses.find(Filters.eq("_id", key(user))).first()).map(d -> d.getString("address"));
	}

	private static String key(PlatformUser user) {
		return Keys.of(user.platform(), user.workspace(), user.userId());
	}

}
