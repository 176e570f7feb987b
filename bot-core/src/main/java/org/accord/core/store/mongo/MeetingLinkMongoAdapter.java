package org.accord.core.store.mongo;

import java.util.Date;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.MeetingLink;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.out.MeetingLinkPort;
import org.bson.Document;

/** Meeting links by id as _id. Revoking is one update of every link to the assessment. */
final class MeetingLinkMongoAdapter implements MeetingLinkPort {

	private final MongoCollection<Document> links;

	private final WriteBarrier barrier;

	MeetingLinkMongoAdapter(MongoStore store) {
		this.links = store.db().getCollection(Collections.MEETING_LINKS);
		this.barrier = store.barrier();
	}

	@Override
	public void save(MeetingLink link) {
		PlatformUser by = link.madeBy();
		links.insertOne(new Document("_id", link.id()).append("assessmentId", link.assessmentId().value())
			.append("partnershipId", link.partnershipId().value())
			.append("madeBy", new Document("platform", by.platform()).append("workspace", by.workspace())
				.append("userId", by.userId()))
			.append("controls", link.controls())
			.append("expiresAt", Date.from(link.expiresAt()))
			.append("revoked", link.revoked()));
		barrier.afterWrite();
	}

	@Override
	public Optional<MeetingLink> find(String id) {
		return Optional.ofNullable(links.find(Filters.eq("_id", id)).first()).map(MeetingLinkMongoAdapter::link);
	}

	@Override
	public int revokeAll(Assessment.AssessmentId assessment, java.time.Instant now) {
		var unrevoked = Filters.and(Filters.eq("assessmentId", assessment.value()), Filters.ne("revoked", true));
		long open = links.countDocuments(Filters.and(unrevoked, Filters.gt("expiresAt", Date.from(now))));
		links.updateMany(unrevoked, Updates.set("revoked", true));
		barrier.afterWrite();
		return (int) open;
	}

	private static MeetingLink link(Document d) {
		Document by = d.get("madeBy", Document.class);
		return new MeetingLink(d.getString("_id"), new Assessment.AssessmentId(d.getString("assessmentId")),
				new Partnership.PartnershipId(d.getString("partnershipId")),
				new PlatformUser(by.getString("platform"), by.getString("workspace"), by.getString("userId")),
				d.getBoolean("controls", false), d.getDate("expiresAt").toInstant(), d.getBoolean("revoked", false));
	}

}
