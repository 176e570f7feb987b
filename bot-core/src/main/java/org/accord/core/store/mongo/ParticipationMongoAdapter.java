package org.accord.core.store.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.accord.core.domain.Assessment;
import org.accord.core.port.out.ParticipationPort;
import org.bson.Document;

/** Participation documents: an id, the assessment and round, and the sealed place. No person, no answer. */
final class ParticipationMongoAdapter implements ParticipationPort {

	private final MongoCollection<Document> participation;

	private final WriteBarrier barrier;

	ParticipationMongoAdapter(MongoStore store) {
		this.participation = store.db().getCollection(Collections.PARTICIPATION);
		this.barrier = store.barrier();
	}

	@Override
	public void insertAll(List<Stored> places) {
		Bulk.insertNew(participation, places.stream()
			.map(p -> new Document("_id", p.id()).append("assessmentId", p.assessmentId().value())
				.append("round", p.round())
				.append("place", p.place()))
			.toList());
		barrier.afterWrite();
	}

	@Override
	public Optional<Stored> find(String id) {
		return Optional.ofNullable(participation.find(Filters.eq("_id", id)).first()).map(ParticipationMongoAdapter::stored);
	}

	@Override
	public List<Stored> find(Collection<String> ids) {
		return participation.find(Filters.in("_id", ids)).map(ParticipationMongoAdapter::stored).into(new ArrayList<>());
	}

	@Override
	public boolean replace(String id, String expected, String next) {
		boolean replaced = participation.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("place", expected)),
				Updates.set("place", next)).getModifiedCount() == 1;
		if (replaced) {
			barrier.afterWrite();
		}
		return replaced;
	}

	private static Stored stored(Document d) {
		return new Stored(d.getString("_id"), new Assessment.AssessmentId(d.getString("assessmentId")), d.getInteger("round"),
				d.getString("place"));
	}

}
