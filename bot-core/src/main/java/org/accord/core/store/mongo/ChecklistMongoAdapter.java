package org.accord.core.store.mongo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.accord.core.domain.ChecklistEntry;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.out.ChecklistPort;
import org.bson.Document;

/** One document per board and checklist; each item is its own field, so two edits never overwrite each other. */
final class ChecklistMongoAdapter implements ChecklistPort {

	private final MongoCollection<Document> checklists;

	private final WriteBarrier barrier;

	ChecklistMongoAdapter(MongoStore store) {
		this.checklists = store.db().getCollection(Collections.CHECKLISTS);
		this.barrier = store.barrier();
	}

	@Override
	public Map<String, ChecklistEntry> entries(Partnership.PartnershipId partnership, String frameworkId) {
		Map<String, ChecklistEntry> entries = new LinkedHashMap<>();
		Document doc = checklists.find(Filters.eq("_id", Keys.of(partnership.value(), frameworkId))).first();
		if (doc == null) {
			return entries;
		}
		Document items = doc.get("items", new Document());
		items.values().forEach(v -> {
			Document e = (Document) v;
			String date = e.getString("date");
			PlatformUser owner = e.getString("ownerUserId") == null ? null
					: new PlatformUser(e.getString("ownerPlatform"), e.getString("ownerWorkspace"), e.getString("ownerUserId"));
			entries.put(e.getString("itemId"), new ChecklistEntry(e.getString("itemId"), e.getString("position"),
					date == null ? null : LocalDate.parse(date), e.getString("note"), e.getString("furtherAction"), owner));
		});
		return entries;
	}

	@Override
	public void save(Partnership.PartnershipId partnership, String frameworkId, ChecklistEntry entry) {
		Document e = new Document("itemId", entry.itemId()).append("position", entry.position())
			.append("date", entry.date() == null ? null : entry.date().toString())
			.append("note", entry.note())
			.append("furtherAction", entry.furtherAction())
			.append("ownerPlatform", entry.owner() == null ? null : entry.owner().platform())
			.append("ownerWorkspace", entry.owner() == null ? null : entry.owner().workspace())
			.append("ownerUserId", entry.owner() == null ? null : entry.owner().userId());
		checklists.updateOne(Filters.eq("_id", Keys.of(partnership.value(), frameworkId)),
				Updates.set("items.i" + entry.itemId().replace('.', '_'), e), new UpdateOptions().upsert(true));
		barrier.afterWrite();
	}

}
