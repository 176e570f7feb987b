package org.accord.core.store.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Member;
import org.accord.core.domain.Participation;
import org.accord.core.port.out.ParticipationPort;
import org.bson.Document;

/** Participation documents: person, round, position, finished. No answers. */
final class ParticipationMongoAdapter implements ParticipationPort {

	private final MongoCollection<Document> participation;

	private final WriteBarrier barrier;

	ParticipationMongoAdapter(MongoStore store) {
		this.participation = store.db().getCollection(Collections.PARTICIPATION);
		this.barrier = store.barrier();
	}

	@Override
	public Participation join(Assessment.AssessmentId assessment, int round, Member.PersonId person) {
		String id = Keys.of(assessment.value(), round, person.value());
		Document existing = participation.find(Filters.eq("_id", id)).first();
		if (existing != null) {
			// The common case, on every click: nothing to write, so nothing to wait for.
			return participation(existing);
		}
		Document d = participation.findOneAndUpdate(Filters.eq("_id", id),
				Updates.combine(Updates.setOnInsert("assessmentId", assessment.value()), Updates.setOnInsert("round", round),
						Updates.setOnInsert("personId", person.value()), Updates.setOnInsert("position", 0),
						Updates.setOnInsert("finished", false)),
				new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		barrier.afterWrite();
		return participation(d);
	}

	@Override
	public Optional<Participation> find(Assessment.AssessmentId assessment, int round, Member.PersonId person) {
		return Optional.ofNullable(participation.find(Filters.eq("_id", Keys.of(assessment.value(), round, person.value())))
			.first()).map(this::participation);
	}

	@Override
	public boolean move(Assessment.AssessmentId assessment, int round, Member.PersonId person, int from, int to,
			boolean finished) {
		var result = participation.updateOne(
				Filters.and(Filters.eq("_id", Keys.of(assessment.value(), round, person.value())), Filters.eq("position", from)),
				Updates.combine(Updates.set("position", to), Updates.set("finished", finished)));
		if (result.getModifiedCount() > 0) {
			barrier.afterWrite();
		}
		return result.getMatchedCount() == 1;
	}

	@Override
	public List<Participation> round(Assessment.AssessmentId assessment, int round) {
		return participation.find(Filters.and(Filters.eq("assessmentId", assessment.value()), Filters.eq("round", round)))
			.map(this::participation).into(new ArrayList<>());
	}

	private Participation participation(Document d) {
		return new Participation(new Assessment.AssessmentId(d.getString("assessmentId")), d.getInteger("round"),
				new Member.PersonId(d.getString("personId")), d.getInteger("position"), d.getBoolean("finished"));
	}

}
