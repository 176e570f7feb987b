package org.accord.core.store.mongo;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.accord.core.domain.Member;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.QuietHours;
import org.accord.core.domain.Role;
import org.accord.core.port.out.MemberPort;
import org.accord.core.port.out.PartnershipPort;
import org.bson.Document;

/** Boards and their members. */
final class PartnershipMongoAdapter implements PartnershipPort, MemberPort {

	private final MongoCollection<Document> partnerships;

	private final MongoCollection<Document> members;

	private final WriteBarrier barrier;

	PartnershipMongoAdapter(MongoStore store) {
		this.partnerships = store.db().getCollection(Collections.PARTNERSHIPS);
		this.members = store.db().getCollection(Collections.MEMBERS);
		this.barrier = store.barrier();
	}

	@Override
	public Optional<Partnership> findByWorkspace(String workspace) {
		return Optional.ofNullable(partnerships.find(Filters.eq("workspace", workspace)).first()).map(this::partnership);
	}

	@Override
	public Founding found(Partnership partnership, Member chair) {
		// The chair is written first: if the board's insert then loses a race, the orphan seat is removed and
		// the board that won is returned; if the process dies between the two, the seat points at no board.
		save(chair);
		try {
			partnerships.insertOne(document(partnership));
			barrier.afterWrite();
			return new Founding(partnership, true);
		}
		catch (MongoException e) {
			if (!Keys.isDuplicateKey(e)) {
				throw e;
			}
			remove(chair.id());
			return new Founding(findByWorkspace(partnership.workspace()).orElseThrow(), false);
		}
	}

	@Override
	public Optional<Partnership> find(Partnership.PartnershipId id) {
		return Optional.ofNullable(partnerships.find(Filters.eq("_id", id.value())).first()).map(this::partnership);
	}

	@Override
	public void save(Partnership partnership) {
		partnerships.updateOne(Filters.eq("_id", partnership.id().value()),
				new Document("$set", document(partnership).append("_id", partnership.id().value())));
		barrier.afterWrite();
	}

	private static Document document(Partnership p) {
		QuietHours q = p.quietHours();
		return new Document("_id", p.id().value()).append("workspace", p.workspace())
			.append("timezone", p.timezone().getId())
			.append("quietStart", q.hasWindow() ? q.start().toString() : null)
			.append("quietEnd", q.hasWindow() ? q.end().toString() : null)
			.append("quietWeekends", q.weekends());
	}

	@Override
	public Optional<Member> find(Partnership.PartnershipId partnership, PlatformUser user) {
		return Optional.ofNullable(members.find(Filters.and(Filters.eq("partnershipId", partnership.value()),
				Filters.eq("platform", user.platform()), Filters.eq("platformUserId", user.userId()),
				Filters.eq("workspace", user.workspace()))).first()).map(this::member);
	}

	@Override
	public Optional<Member> seatOf(PlatformUser user) {
		return Optional.ofNullable(members.find(Filters.and(Filters.eq("platform", user.platform()),
				Filters.eq("platformUserId", user.userId()), Filters.eq("workspace", user.workspace()))).first())
			.map(this::member);
	}

	@Override
	public List<Member> board(Partnership.PartnershipId partnership) {
		return members.find(Filters.eq("partnershipId", partnership.value())).map(this::member).into(new ArrayList<>());
	}

	@Override
	public Member save(Member member) {
		Document doc = new Document("_id", member.id().value()).append("partnershipId", member.partnershipId().value())
			.append("platform", member.user().platform())
			.append("workspace", member.user().workspace())
			.append("platformUserId", member.user().userId())
			.append("role", member.role().name())
			.append("agency", member.agency())
			.append("name", member.name());
		members.replaceOne(Filters.eq("_id", member.id().value()), doc, new ReplaceOptions().upsert(true));
		barrier.afterWrite();
		return member;
	}

	@Override
	public boolean remove(Member.PersonId person) {
		boolean removed = members.deleteOne(Filters.eq("_id", person.value())).getDeletedCount() == 1;
		barrier.afterWrite();
		return removed;
	}

	private Partnership partnership(Document d) {
		QuietHours quiet = !d.containsKey("quietWeekends") ? QuietHours.DEFAULT
				: d.getString("quietStart") == null ? QuietHours.off(d.getBoolean("quietWeekends"))
						: new QuietHours(LocalTime.parse(d.getString("quietStart")), LocalTime.parse(d.getString("quietEnd")),
								d.getBoolean("quietWeekends"));
		return new Partnership(new Partnership.PartnershipId(d.getString("_id")), d.getString("workspace"),
				ZoneId.of(d.getString("timezone")), quiet);
	}

	private Member member(Document d) {
		return new Member(new Member.PersonId(d.getString("_id")), new Partnership.PartnershipId(d.getString("partnershipId")),
				new PlatformUser(d.getString("platform"), d.getString("workspace"), d.getString("platformUserId")),
				Role.valueOf(d.getString("role")), d.getString("agency"), d.getString("name"));
	}

}
