package org.accord.core.store.mongo;

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
			partnerships.insertOne(new Document("_id", partnership.id().value()).append("workspace", partnership.workspace())
				.append("timezone", partnership.timezone().getId()));
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
	public Optional<Member> find(Partnership.PartnershipId partnership, PlatformUser user) {
		return Optional.ofNullable(members.find(Filters.and(Filters.eq("partnershipId", partnership.value()),
				Filters.eq("platform", user.platform()), Filters.eq("platformUserId", user.userId()),
				Filters.eq("workspace", user.workspace()))).first()).map(this::member);
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
			.append("agency", member.agency());
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
		return new Partnership(new Partnership.PartnershipId(d.getString("_id")), d.getString("workspace"),
				ZoneId.of(d.getString("timezone")));
	}

	private Member member(Document d) {
		return new Member(new Member.PersonId(d.getString("_id")), new Partnership.PartnershipId(d.getString("partnershipId")),
				new PlatformUser(d.getString("platform"), d.getString("workspace"), d.getString("platformUserId")),
				Role.valueOf(d.getString("role")), d.getString("agency"));
	}

}
