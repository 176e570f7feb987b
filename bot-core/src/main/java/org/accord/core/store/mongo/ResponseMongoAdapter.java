package org.accord.core.store.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.accord.core.domain.Assessment;
import org.accord.core.port.out.ResponsePort;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Response documents: an id, the assessment, round and criterion, and two sealed fields. By design there is no
 * field for a person, a platform id, a time or anything readable about the answer.
 */
final class ResponseMongoAdapter implements ResponsePort {

	private final MongoCollection<Document> responses;

	private final WriteBarrier barrier;

	ResponseMongoAdapter(MongoStore store) {
		this.responses = store.db().getCollection(Collections.RESPONSES);
		this.barrier = store.barrier();
	}

	@Override
	public void insertAll(List<Stored> all) {
		Bulk.insertNew(responses, all.stream().map(ResponseMongoAdapter::document).toList());
		barrier.afterWrite();
	}

	@Override
	public Optional<Stored> find(String id) {
		return Optional.ofNullable(responses.find(Filters.eq("_id", id)).first()).map(ResponseMongoAdapter::stored);
	}

	@Override
	public List<Stored> find(Collection<String> ids) {
		return responses.find(Filters.in("_id", ids)).map(ResponseMongoAdapter::stored).into(new ArrayList<>());
	}

	@Override
	public List<Stored> round(Assessment.AssessmentId assessment, int round) {
		return responses.find(Filters.and(Filters.eq("assessmentId", assessment.value()), Filters.eq("round", round)))
			.map(ResponseMongoAdapter::stored).into(new ArrayList<>());
	}

	@Override
	public List<Stored> criterion(Assessment.AssessmentId assessment, int round, String criterionId) {
		return responses.find(Filters.and(Filters.eq("assessmentId", assessment.value()), Filters.eq("round", round),
				Filters.eq("criterionId", criterionId))).map(ResponseMongoAdapter::stored).into(new ArrayList<>());
	}

	@Override
	public void saveAnswer(Stored response) {
		save(response, Updates.set("answer", response.answer()), Updates.setOnInsert("evidence", response.evidence()));
	}

	@Override
	public void saveEvidence(Stored response) {
		save(response, Updates.set("evidence", response.evidence()), Updates.setOnInsert("answer", response.answer()));
	}

	@Override
	public boolean replaceAnswer(String id, String expected, String next) {
		boolean replaced = responses.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("answer", expected)),
				Updates.set("answer", next)).getModifiedCount() == 1;
		barrier.afterWrite();
		return replaced;
	}

	/** By _id alone: the embedded store scans its collection for any other filter. */
	private void save(Stored response, Bson change, Bson otherIfNew) {
		responses.updateOne(Filters.eq("_id", response.id()),
				Updates.combine(change, otherIfNew, Updates.setOnInsert("assessmentId", response.assessmentId().value()),
						Updates.setOnInsert("round", response.round()), Updates.setOnInsert("criterionId", response.criterionId())),
				new UpdateOptions().upsert(true));
		barrier.afterWrite();
	}

	private static Document document(Stored r) {
		return new Document("_id", r.id()).append("assessmentId", r.assessmentId().value())
			.append("round", r.round())
			.append("criterionId", r.criterionId())
			.append("answer", r.answer())
			.append("evidence", r.evidence());
	}

	private static Stored stored(Document d) {
		return new Stored(d.getString("_id"), new Assessment.AssessmentId(d.getString("assessmentId")), d.getInteger("round"),
				d.getString("criterionId"), d.get("answer") instanceof String a ? a : null,
				d.get("evidence") instanceof String e ? e : null);
	}

}
