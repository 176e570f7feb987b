package org.accord.core.store.mongo;

import java.util.Date;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.accord.core.domain.Invitation;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.Role;
import org.accord.core.port.out.InvitationPort;
import org.bson.Document;

final class InvitationMongoAdapter implements InvitationPort {

	private final MongoCollection<Document> invitations;

	private final WriteBarrier barrier;

	InvitationMongoAdapter(MongoStore store) {
		this.invitations = store.db().getCollection(Collections.INVITATIONS);
		this.barrier = store.barrier();
	}

	@Override
	public void save(Invitation i) {
		invitations.insertOne(new Document("_id", i.code()).append("partnershipId", i.partnershipId().value())
			.append("role", i.role().name())
			.append("agency", i.agency())
			.append("expiresAt", Date.from(i.expiresAt())));
		barrier.afterWrite();
	}

	@Override
	public Optional<Invitation> find(String code) {
		return Optional.ofNullable(invitations.find(Filters.eq("_id", code)).first())
			.map(d -> new Invitation(d.getString("_id"), new Partnership.PartnershipId(d.getString("partnershipId")),
					Role.valueOf(d.getString("role")), d.getString("agency"), d.getDate("expiresAt").toInstant()));
	}

}
