package org.accord.core.store.mongo;

import java.time.LocalDate;
import java.util.Optional;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Partnership;
import org.accord.core.port.out.AssessmentPort;
import org.bson.Document;

final class AssessmentMongoAdapter implements AssessmentPort {

	private final MongoCollection<Document> assessments;

	private final WriteBarrier barrier;

	AssessmentMongoAdapter(MongoStore store) {
		this.assessments = store.db().getCollection(Collections.ASSESSMENTS);
		this.barrier = store.barrier();
	}

	@Override
	public Optional<Assessment> current(Partnership.PartnershipId partnership) {
		return Optional.ofNullable(assessments.find(Filters.eq("currentFor", partnership.value())).first())
			.map(this::assessment);
	}

	@Override
	public Optional<Assessment> find(Assessment.AssessmentId id) {
		return Optional.ofNullable(assessments.find(Filters.eq("_id", id.value())).first()).map(this::assessment);
	}

	@Override
	public boolean create(Assessment a) {
		Document doc = new Document("_id", a.id().value()).append("partnershipId", a.partnershipId().value())
			.append("currentFor", a.partnershipId().value())
			.append("frameworkId", a.frameworkId())
			.append("title", a.title())
			.append("state", a.state().name())
			.append("round", a.round())
			.append("roundOpen", a.roundOpen())
			.append("dueDate", a.dueDate() == null ? null : a.dueDate().toString())
			.append("threshold", a.agreementThreshold())
			.append("minimumToShow", a.minimumToShow());
		try {
			assessments.insertOne(doc);
			barrier.afterWrite();
			return true;
		}
		catch (MongoException e) {
			if (Keys.isDuplicateKey(e)) {
				return false;
			}
			throw e;
		}
	}

	private Assessment assessment(Document d) {
		String due = d.getString("dueDate");
		return new Assessment(new Assessment.AssessmentId(d.getString("_id")),
				new Partnership.PartnershipId(d.getString("partnershipId")), d.getString("frameworkId"), d.getString("title"),
				Assessment.State.valueOf(d.getString("state")), d.getInteger("round"), d.getBoolean("roundOpen"),
				due == null ? null : LocalDate.parse(due), d.getDouble("threshold"), d.getInteger("minimumToShow"));
	}

}
