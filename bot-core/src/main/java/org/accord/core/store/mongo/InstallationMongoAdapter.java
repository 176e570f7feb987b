package org.accord.core.store.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.accord.core.port.out.InstallationPort;
import org.bson.Document;

/**
 * Installations by _id (the embedded store finds fast by _id alone); the workspace fields serve only the
 * rare uninstall or revocation, and the whole collection only a re-sealing under a new key. States are taken with findOneAndDelete, so two redirects with one state cannot both pass.
 */
final class InstallationMongoAdapter implements InstallationPort {

	private final MongoCollection<Document> installations;

	private final MongoCollection<Document> states;

	private final WriteBarrier barrier;

	InstallationMongoAdapter(MongoStore store) {
		this.installations = store.db().getCollection(Collections.INSTALLATIONS);
		this.states = store.db().getCollection(Collections.OAUTH_STATES);
		this.barrier = store.barrier();
	}

	@Override
	public void save(String id, String enterpriseId, String teamId, String sealed) {
		installations.replaceOne(Filters.eq("_id", id),
				new Document("_id", id).append("workspace", workspace(enterpriseId, teamId)).append("sealed", sealed),
				new ReplaceOptions().upsert(true));
		barrier.afterWrite();
	}

	@Override
	public Optional<String> find(String id) {
		return Optional.ofNullable(installations.find(Filters.eq("_id", id)).first()).map(d -> d.getString("sealed"));
	}

	@Override
	public void delete(String id) {
		installations.deleteOne(Filters.eq("_id", id));
		barrier.afterWrite();
	}

	@Override
	public List<Sealed> findWorkspace(String enterpriseId, String teamId) {
		return installations.find(Filters.eq("workspace", workspace(enterpriseId, teamId))).map(InstallationMongoAdapter::sealed)
			.into(new ArrayList<>());
	}

	@Override
	public List<Sealed> findAll() {
		return installations.find().map(InstallationMongoAdapter::sealed).into(new ArrayList<>());
	}

	@Override
	public boolean replaceSealed(String id, String expected, String sealed) {
		boolean replaced = installations.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("sealed", expected)),
				Updates.set("sealed", sealed)).getModifiedCount() == 1;
		barrier.afterWrite();
		return replaced;
	}

	private static Sealed sealed(Document document) {
		return new Sealed(document.getString("_id"), document.getString("sealed"));
	}

	@Override
	public long deleteWorkspace(String enterpriseId, String teamId) {
		long deleted = installations.deleteMany(Filters.eq("workspace", workspace(enterpriseId, teamId))).getDeletedCount();
		barrier.afterWrite();
		return deleted;
	}

	@Override
	public void addState(String state, Instant expiresAt) {
		states.insertOne(new Document("_id", state).append("expiresAt", Date.from(expiresAt)));
		barrier.afterWrite();
	}

	@Override
	public boolean takeState(String state, Instant now) {
		Document taken = states.findOneAndDelete(Filters.eq("_id", state));
		barrier.afterWrite();
		return taken != null && taken.getDate("expiresAt").toInstant().isAfter(now);
	}

	@Override
	public void deleteState(String state) {
		states.deleteOne(Filters.eq("_id", state));
		barrier.afterWrite();
	}

	private static String workspace(String enterpriseId, String teamId) {
		// "enterprise|team", with an empty part for what is absent ("|T0AAA" for a workspace outside a grid).
		return (enterpriseId == null ? "" : enterpriseId) + "|" + (teamId == null ? "" : teamId);
	}

}
