package org.accord.core.store.mongo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.accord.core.domain.Action;
import org.accord.core.domain.Member;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.out.ActionPort;
import org.bson.Document;

final class ActionMongoAdapter implements ActionPort {

	private final MongoCollection<Document> actions;

	private final MongoCollection<Document> counters;

	private final WriteBarrier barrier;

	ActionMongoAdapter(MongoStore store) {
		this.actions = store.db().getCollection(Collections.ACTIONS);
		this.counters = store.db().getCollection(Collections.COUNTERS);
		this.barrier = store.barrier();
	}

	@Override
	public Action create(Action action) {
		Document counter = counters.findOneAndUpdate(Filters.eq("_id", "actions|" + action.partnershipId().value()),
				Updates.inc("next", 1), new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		int number = counter.get("next", Number.class).intValue();
		Action numbered = new Action(action.id(), action.partnershipId(), number, action.issue(), action.text(),
				action.criteria(), action.owner(), action.ownerUser(), action.due(), action.milestone(), action.status(),
				action.notes(), action.requestedDue(), 0);
		actions.insertOne(document(numbered, 0));
		barrier.afterWrite();
		return numbered;
	}

	@Override
	public Optional<Action> find(Action.ActionId id) {
		return Optional.ofNullable(actions.find(Filters.eq("_id", id.value())).first()).map(ActionMongoAdapter::action);
	}

	@Override
	public Map<Action.ActionId, Action> findAll(Collection<Action.ActionId> ids) {
		Map<Action.ActionId, Action> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		// $in on _id alone: the embedded store answers it from its _id index, as it does one key.
		actions.find(Filters.in("_id", ids.stream().map(Action.ActionId::value).distinct().toList()))
			.forEach(d -> {
				Action action = action(d);
				found.put(action.id(), action);
			});
		return found;
	}

	@Override
	public Optional<Action> byNumber(Partnership.PartnershipId partnership, int number) {
		return Optional.ofNullable(actions.find(Filters.and(Filters.eq("partnershipId", partnership.value()),
				Filters.eq("number", number))).first()).map(ActionMongoAdapter::action);
	}

	@Override
	public List<Action> plan(Partnership.PartnershipId partnership) {
		List<Action> plan = actions.find(Filters.eq("partnershipId", partnership.value())).map(ActionMongoAdapter::action)
			.into(new ArrayList<>());
		plan.sort(Comparator.comparingInt(Action::number));
		return plan;
	}

	@Override
	public Optional<Action> update(Action before, Action after) {
		long next = before.version() + 1;
		boolean replaced = actions.replaceOne(Filters.and(Filters.eq("_id", before.id().value()),
				Filters.eq("version", before.version())), document(after, next)).getModifiedCount() == 1;
		barrier.afterWrite();
		return replaced ? find(before.id()) : Optional.empty();
	}

	private static Document document(Action a, long version) {
		List<Document> notes = new ArrayList<>();
		a.notes().forEach(n -> notes.add(new Document("date", n.date().toString()).append("text", n.text())));
		return new Document("_id", a.id().value()).append("partnershipId", a.partnershipId().value())
			.append("number", a.number())
			.append("issue", a.issue())
			.append("text", a.text())
			.append("criteria", a.criteria())
			.append("owner", a.owner() == null ? null : a.owner().value())
			.append("ownerPlatform", a.ownerUser() == null ? null : a.ownerUser().platform())
			.append("ownerWorkspace", a.ownerUser() == null ? null : a.ownerUser().workspace())
			.append("ownerUserId", a.ownerUser() == null ? null : a.ownerUser().userId())
			.append("due", a.due() == null ? null : a.due().toString())
			.append("milestone", a.milestone())
			.append("status", a.status().name())
			.append("notes", notes)
			.append("requestedDue", a.requestedDue() == null ? null : a.requestedDue().toString())
			.append("version", version);
	}

	private static Action action(Document d) {
		List<Action.Note> notes = new ArrayList<>();
		d.getList("notes", Document.class, List.of())
			.forEach(n -> notes.add(new Action.Note(LocalDate.parse(n.getString("date")), n.getString("text"))));
		String owner = d.getString("owner");
		return new Action(new Action.ActionId(d.getString("_id")), new Partnership.PartnershipId(d.getString("partnershipId")),
				d.getInteger("number"), d.getString("issue"), d.getString("text"), d.getList("criteria", String.class, List.of()),
				owner == null ? null : new Member.PersonId(owner),
				// An owner need not sit on the board: the platform user is kept whether or not there is a person id.
				d.getString("ownerUserId") == null ? null : new PlatformUser(d.getString("ownerPlatform"),
						d.getString("ownerWorkspace"), d.getString("ownerUserId")),
				date(d.getString("due")), d.getString("milestone"), Action.Status.valueOf(d.getString("status")), notes,
				date(d.getString("requestedDue")), d.get("version", Number.class).longValue());
	}

	private static LocalDate date(String s) {
		return s == null ? null : LocalDate.parse(s);
	}

}
