package org.accord.core.store.mongo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.accord.core.domain.Invitation;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Role;
import org.accord.core.port.out.InvitationPort;
import org.bson.Document;

/** Invitations by code as _id; "remaining" counts the places left, so taking one is a single conditional update. */
final class InvitationMongoAdapter implements InvitationPort {

	private final MongoCollection<Document> invitations;

	private final WriteBarrier barrier;

	InvitationMongoAdapter(MongoStore store) {
		this.invitations = store.db().getCollection(Collections.INVITATIONS);
		this.barrier = store.barrier();
	}

	@Override
	public void save(Invitation i) {
		List<Document> joined = new ArrayList<>();
		i.joined().forEach(u -> joined.add(user(u)));
		invitations.insertOne(new Document("_id", i.code()).append("partnershipId", i.partnershipId().value())
			.append("role", i.role().name())
			.append("agency", i.agency())
			.append("expiresAt", Date.from(i.expiresAt()))
			.append("places", i.places())
			.append("remaining", i.places() - i.joined().size())
			.append("joined", joined)
			.append("revoked", i.revoked()));
		barrier.afterWrite();
	}

	@Override
	public Optional<Invitation> find(String code) {
		return Optional.ofNullable(invitations.find(Filters.eq("_id", code)).first()).map(InvitationMongoAdapter::invitation);
	}

	@Override
	public List<Invitation> of(Partnership.PartnershipId partnership) {
		List<Invitation> all = invitations.find(Filters.eq("partnershipId", partnership.value()))
			.map(InvitationMongoAdapter::invitation).into(new ArrayList<>());
		all.sort(Comparator.comparing(Invitation::expiresAt).reversed());
		return all;
	}

	@Override
	public boolean take(String code, PlatformUser person) {
		// A code made before places were counted has no "remaining": it is good for one more person.
		boolean taken = invitations.updateOne(Filters.and(Filters.eq("_id", code), Filters.ne("revoked", true),
				Filters.or(Filters.gt("remaining", 0), Filters.exists("remaining", false))),
				Updates.combine(Updates.inc("remaining", -1), Updates.push("joined", user(person)))).getModifiedCount() == 1;
		barrier.afterWrite();
		return taken;
	}

	@Override
	public boolean revoke(Partnership.PartnershipId partnership, String code) {
		boolean revoked = invitations.updateOne(Filters.and(Filters.eq("_id", code),
				Filters.eq("partnershipId", partnership.value())), Updates.set("revoked", true)).getMatchedCount() == 1;
		barrier.afterWrite();
		return revoked;
	}

	private static Document user(PlatformUser u) {
		return new Document("platform", u.platform()).append("workspace", u.workspace()).append("userId", u.userId());
	}

	private static Invitation invitation(Document d) {
		List<PlatformUser> joined = new ArrayList<>();
		d.getList("joined", Document.class, List.of()).forEach(u -> joined.add(new PlatformUser(u.getString("platform"),
				u.getString("workspace"), u.getString("userId"))));
		Number places = d.get("places", Number.class);
		return new Invitation(d.getString("_id"), new Partnership.PartnershipId(d.getString("partnershipId")),
				Role.valueOf(d.getString("role")), d.getString("agency"), d.getDate("expiresAt").toInstant(),
				places == null ? joined.size() + 1 : places.intValue(), joined, d.getBoolean("revoked", false));
	}

}
