package org.accord.core.store.mongo;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.accord.core.domain.Evidence;
import org.accord.core.port.out.ParticipationPort;
import org.accord.core.port.out.ResponsePort;
import org.accord.core.port.out.UnsealedPort;
import org.bson.Document;

/** Finds documents of the earlier, unsealed shape by the field only they have: a pseudonym, a person id. */
final class UnsealedMongoAdapter implements UnsealedPort {

	private final MongoCollection<Document> responses;

	private final MongoCollection<Document> participation;

	private final WriteBarrier barrier;

	UnsealedMongoAdapter(MongoStore store) {
		this.responses = store.db().getCollection(Collections.RESPONSES);
		this.participation = store.db().getCollection(Collections.PARTICIPATION);
		this.barrier = store.barrier();
	}

	@Override
	public List<OldResponse> oldResponses() {
		List<OldResponse> old = new ArrayList<>();
		for (Document d : responses.find(Filters.exists("pseudonym"))) {
			Document e = d.get("evidence", Document.class);
			Evidence evidence = e == null ? Evidence.NONE : new Evidence(e.getString("text"), e.getString("document"),
					e.getString("page"), e.getString("paragraph"), e.getString("comment"));
			old.add(new OldResponse(d.getString("_id"), d.getString("assessmentId"), d.getInteger("round"),
					d.getString("criterionId"), d.getString("pseudonym"), d.getString("answer"), evidence));
		}
		return old;
	}

	@Override
	public List<OldPlace> oldPlaces() {
		List<OldPlace> old = new ArrayList<>();
		for (Document d : participation.find(Filters.exists("personId"))) {
			old.add(new OldPlace(d.getString("_id"), d.getString("assessmentId"), d.getInteger("round"), d.getString("personId"),
					d.getInteger("position", 0), d.getBoolean("finished", false)));
		}
		return old;
	}

	@Override
	public void replace(OldResponse old, ResponsePort.Stored sealed) {
		// The earlier answer wins over a blank made meanwhile for the same member and criterion.
		responses.replaceOne(Filters.eq("_id", sealed.id()), new Document("_id", sealed.id())
			.append("assessmentId", sealed.assessmentId().value())
			.append("round", sealed.round())
			.append("criterionId", sealed.criterionId())
			.append("answer", sealed.answer())
			.append("evidence", sealed.evidence()), new ReplaceOptions().upsert(true));
		responses.deleteOne(Filters.eq("_id", old.id()));
		barrier.afterWrite();
	}

	@Override
	public void replace(OldPlace old, ParticipationPort.Stored sealed) {
		participation.replaceOne(Filters.eq("_id", sealed.id()), new Document("_id", sealed.id())
			.append("assessmentId", sealed.assessmentId().value())
			.append("round", sealed.round())
			.append("place", sealed.place()), new ReplaceOptions().upsert(true));
		participation.deleteOne(Filters.eq("_id", old.id()));
		barrier.afterWrite();
	}

}
