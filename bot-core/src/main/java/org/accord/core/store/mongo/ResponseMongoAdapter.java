package org.accord.core.store.mongo;

import java.util.HashMap;
import java.util.Map;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.accord.core.domain.Answer;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Evidence;
import org.accord.core.domain.Response;
import org.accord.core.port.out.ResponsePort;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Response documents: pseudonym, criterion, answer, evidence. By design there is no field for a person
 * or platform id, and no time.
 */
final class ResponseMongoAdapter implements ResponsePort {

	private final MongoCollection<Document> responses;

	private final WriteBarrier barrier;

	ResponseMongoAdapter(MongoStore store) {
		this.responses = store.db().getCollection(Collections.RESPONSES);
		this.barrier = store.barrier();
	}

	@Override
	public void saveAnswer(Assessment.AssessmentId assessment, int round, Response.Pseudonym pseudonym,
			String criterionId, Answer answer) {
		upsert(assessment, round, pseudonym, criterionId, Updates.set("answer", answer.code()));
	}

	@Override
	public void saveSkipIfUnanswered(Assessment.AssessmentId assessment, int round, Response.Pseudonym pseudonym,
			String criterionId) {
		String id = Keys.of(assessment.value(), round, criterionId, pseudonym.value());
		try {
			responses.updateOne(Filters.and(Filters.eq("_id", id), Filters.exists("answer", false)),
					Updates.combine(Updates.set("answer", Answer.SKIPPED.code()), identity(assessment, round, pseudonym, criterionId)),
					new UpdateOptions().upsert(true));
		}
		catch (MongoException e) {
			// The document exists with an answer, so the upsert's insert collided: the answer stays.
			if (!Keys.isDuplicateKey(e)) {
				throw e;
			}
		}
		barrier.afterWrite();
	}

	@Override
	public void saveEvidence(Assessment.AssessmentId assessment, int round, Response.Pseudonym pseudonym,
			String criterionId, Evidence evidence) {
		upsert(assessment, round, pseudonym, criterionId, Updates.set("evidence", new Document("text", evidence.text())
			.append("document", evidence.document())
			.append("page", evidence.page())
			.append("paragraph", evidence.paragraph())
			.append("comment", evidence.comment())));
	}

	@Override
	public java.util.Optional<Response> mine(Assessment.AssessmentId assessment, int round, Response.Pseudonym pseudonym,
			String criterionId) {
		return java.util.Optional.ofNullable(responses
			.find(Filters.eq("_id", Keys.of(assessment.value(), round, criterionId, pseudonym.value()))).first())
			.map(this::response);
	}

	@Override
	public Map<String, Response> mine(Assessment.AssessmentId assessment, int round, Response.Pseudonym pseudonym) {
		Map<String, Response> mine = new HashMap<>();
		responses.find(Filters.and(Filters.eq("assessmentId", assessment.value()), Filters.eq("round", round),
				Filters.eq("pseudonym", pseudonym.value())))
			.forEach(d -> mine.put(d.getString("criterionId"), response(d)));
		return mine;
	}

	@Override
	public java.util.List<Response> round(Assessment.AssessmentId assessment, int round) {
		return responses.find(Filters.and(Filters.eq("assessmentId", assessment.value()), Filters.eq("round", round)))
			.map(this::response).into(new java.util.ArrayList<>());
	}

	private void upsert(Assessment.AssessmentId assessment, int round, Response.Pseudonym pseudonym, String criterionId,
			Bson change) {
		String id = Keys.of(assessment.value(), round, criterionId, pseudonym.value());
		responses.updateOne(Filters.eq("_id", id),
				Updates.combine(change, identity(assessment, round, pseudonym, criterionId)),
				new UpdateOptions().upsert(true));
		barrier.afterWrite();
	}

	private static Bson identity(Assessment.AssessmentId assessment, int round, Response.Pseudonym pseudonym,
			String criterionId) {
		return Updates.combine(Updates.setOnInsert("assessmentId", assessment.value()), Updates.setOnInsert("round", round),
				Updates.setOnInsert("pseudonym", pseudonym.value()), Updates.setOnInsert("criterionId", criterionId));
	}

	private Response response(Document d) {
		String code = d.getString("answer");
		Document e = d.get("evidence", Document.class);
		Evidence evidence = e == null ? Evidence.NONE : new Evidence(e.getString("text"), e.getString("document"),
				e.getString("page"), e.getString("paragraph"), e.getString("comment"));
		return new Response(new Assessment.AssessmentId(d.getString("assessmentId")), d.getInteger("round"),
				new Response.Pseudonym(d.getString("pseudonym")), d.getString("criterionId"),
				code == null ? null : Answer.fromCode(code), evidence);
	}

}
