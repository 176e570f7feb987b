package org.accord.core.store.mongo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.accord.core.domain.AgreedText;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Endorsement;
import org.accord.core.domain.Member;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Round;
import org.accord.core.domain.Settlement;
import org.accord.core.port.out.AssessmentPort;
import org.bson.Document;

/** One document per assessment; every change replaces it where its version still matches. */
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
			.map(AssessmentMongoAdapter::assessment);
	}

	@Override
	public Optional<Assessment> find(Assessment.AssessmentId id) {
		return Optional.ofNullable(assessments.find(Filters.eq("_id", id.value())).first())
			.map(AssessmentMongoAdapter::assessment);
	}

	@Override
	public boolean create(Assessment a) {
		try {
			assessments.insertOne(document(a, 0));
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

	@Override
	public Optional<Assessment> update(Assessment before, Assessment after) {
		long next = before.version() + 1;
		Document fields = document(after, next);
		fields.remove("_id");
		// Whether it is the board's current cycle is not the change's to say: retire() alone takes that away.
		fields.remove("currentFor");
		boolean replaced = assessments
			.updateOne(Filters.and(Filters.eq("_id", before.id().value()), Filters.eq("version", before.version())),
					new Document("$set", fields))
			.getModifiedCount() == 1;
		barrier.afterWrite();
		return replaced ? find(before.id()) : Optional.empty();
	}

	@Override
	public void retire(Assessment finished) {
		assessments.updateOne(Filters.eq("_id", finished.id().value()), com.mongodb.client.model.Updates.unset("currentFor"));
		barrier.afterWrite();
	}

	@Override
	public List<Assessment> history(Partnership.PartnershipId partnership) {
		List<Assessment> all = assessments.find(Filters.eq("partnershipId", partnership.value()))
			.map(AssessmentMongoAdapter::assessment)
			.into(new ArrayList<>());
		all.sort(java.util.Comparator.comparing(Assessment::started, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
		return all;
	}

	private static Document document(Assessment a, long version) {
		List<Document> rounds = new ArrayList<>();
		for (Round r : a.rounds()) {
			rounds.add(new Document("number", r.number()).append("criteria", r.criteria())
				.append("due", r.due() == null ? null : r.due().toString())
				.append("open", r.open()));
		}
		Document settlements = new Document();
		a.settlements().forEach((id, s) -> settlements.append(fieldKey(id), new Document("criterionId", id)
			.append("how", s.how().name())
			.append("round", s.round())
			.append("level", s.levelKey())
			.append("note", s.note())));
		Document texts = new Document();
		a.agreedTexts().forEach((id, t) -> texts.append(fieldKey(id),
				new Document("criterionId", id).append("evidence", t.evidence()).append("comment", t.comment())));
		List<Document> endorsements = new ArrayList<>();
		for (Endorsement e : a.endorsements()) {
			endorsements.add(new Document("personId", e.person().value()).append("platform", e.user().platform())
				.append("workspace", e.user().workspace())
				.append("platformUserId", e.user().userId())
				.append("agency", e.agency())
				.append("decision", e.decision().name())
				.append("reason", e.reason())
				.append("date", e.date() == null ? null : e.date().toString()));
		}
		return new Document("_id", a.id().value()).append("partnershipId", a.partnershipId().value())
			.append("currentFor", a.partnershipId().value())
			.append("startedAt", a.started() == null ? null : a.started().toString())
			.append("frameworkId", a.frameworkId())
			.append("title", a.title())
			.append("state", a.state().name())
			.append("rounds", rounds)
			.append("threshold", a.agreementThreshold())
			.append("minimumToShow", a.minimumToShow())
			.append("settlements", settlements)
			.append("agreedTexts", texts)
			.append("endorsements", endorsements)
			.append("version", version);
	}

	/** Criterion ids hold dots, which MongoDB reads as paths in field names. */
	private static String fieldKey(String criterionId) {
		return "c" + criterionId.replace('.', '_');
	}

	private static Assessment assessment(Document d) {
		List<Round> rounds = new ArrayList<>();
		for (Document r : d.getList("rounds", Document.class)) {
			String due = r.getString("due");
			rounds.add(new Round(r.getInteger("number"), r.getList("criteria", String.class),
					due == null ? null : LocalDate.parse(due), r.getBoolean("open")));
		}
		Map<String, Settlement> settlements = new LinkedHashMap<>();
		Document s = d.get("settlements", new Document());
		s.values().forEach(v -> {
			Document x = (Document) v;
			settlements.put(x.getString("criterionId"), new Settlement(Settlement.How.valueOf(x.getString("how")),
					x.getInteger("round"), x.getString("level"), x.getString("note")));
		});
		Map<String, AgreedText> texts = new LinkedHashMap<>();
		Document t = d.get("agreedTexts", new Document());
		t.values().forEach(v -> {
			Document x = (Document) v;
			texts.put(x.getString("criterionId"), new AgreedText(x.getString("evidence"), x.getString("comment")));
		});
		List<Endorsement> endorsements = new ArrayList<>();
		for (Document e : d.getList("endorsements", Document.class, List.of())) {
			String date = e.getString("date");
			endorsements.add(new Endorsement(new Member.PersonId(e.getString("personId")),
					new PlatformUser(e.getString("platform"), e.getString("workspace"), e.getString("platformUserId")),
					e.getString("agency"), Endorsement.Decision.valueOf(e.getString("decision")), e.getString("reason"),
					date == null ? null : LocalDate.parse(date)));
		}
		return new Assessment(new Assessment.AssessmentId(d.getString("_id")),
				new Partnership.PartnershipId(d.getString("partnershipId")), d.getString("frameworkId"), d.getString("title"),
				Assessment.State.valueOf(d.getString("state")), rounds, d.getDouble("threshold"),
				d.getInteger("minimumToShow"), settlements, texts, endorsements,
				d.getString("startedAt") == null ? null : LocalDate.parse(d.getString("startedAt")),
				d.get("version", Number.class).longValue());
	}

}
