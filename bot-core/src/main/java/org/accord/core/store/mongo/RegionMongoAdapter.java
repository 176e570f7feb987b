package org.accord.core.store.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Region;
import org.accord.core.port.out.RegionPort;
import org.bson.Document;

/** Regions, by code as _id so that joining looks the region up by key. */
final class RegionMongoAdapter implements RegionPort {

	private final MongoCollection<Document> regions;

	private final WriteBarrier barrier;

	RegionMongoAdapter(MongoStore store) {
		this.regions = store.db().getCollection(Collections.REGIONS);
		this.barrier = store.barrier();
	}

	@Override
	public void create(Region region) {
		regions.insertOne(document(region, 0));
		barrier.afterWrite();
	}

	@Override
	public Optional<Region> byCode(String code) {
		return Optional.ofNullable(regions.find(Filters.eq("_id", code)).first()).map(RegionMongoAdapter::region);
	}

	@Override
	public List<Region> ledBy(PlatformUser lead) {
		return regions.find(Filters.and(Filters.eq("leadPlatform", lead.platform()), Filters.eq("leadWorkspace", lead.workspace()),
				Filters.eq("leadUserId", lead.userId()))).map(RegionMongoAdapter::region).into(new ArrayList<>());
	}

	@Override
	public List<Region> sharedBy(Partnership.PartnershipId partnership) {
		return regions.find(Filters.eq("members.partnershipId", partnership.value())).map(RegionMongoAdapter::region)
			.into(new ArrayList<>());
	}

	@Override
	public boolean update(Region before, Region after) {
		boolean done = regions.replaceOne(Filters.and(Filters.eq("_id", before.code()), Filters.eq("version", before.version())),
				document(after, before.version() + 1)).getModifiedCount() == 1;
		barrier.afterWrite();
		return done;
	}

	private static Document document(Region r, long version) {
		List<Document> members = new ArrayList<>();
		r.members().forEach(m -> members.add(new Document("partnershipId", m.partnership().value()).append("name", m.name())
			.append("named", m.named())));
		return new Document("_id", r.code()).append("regionId", r.id().value())
			.append("name", r.name())
			.append("leadPlatform", r.lead().platform())
			.append("leadWorkspace", r.lead().workspace())
			.append("leadUserId", r.lead().userId())
			.append("frameworkId", r.frameworkId())
			.append("members", members)
			.append("version", version);
	}

	private static Region region(Document d) {
		List<Region.Sharing> members = new ArrayList<>();
		d.getList("members", Document.class, List.of()).forEach(m -> members.add(new Region.Sharing(
				new Partnership.PartnershipId(m.getString("partnershipId")), m.getString("name"), m.getBoolean("named"))));
		return new Region(new Region.RegionId(d.getString("regionId")), d.getString("name"), d.getString("_id"),
				new PlatformUser(d.getString("leadPlatform"), d.getString("leadWorkspace"), d.getString("leadUserId")),
				d.getString("frameworkId"), members, d.get("version", Number.class).longValue());
	}

}
