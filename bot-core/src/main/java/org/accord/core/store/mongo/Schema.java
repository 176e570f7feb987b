package org.accord.core.store.mongo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * Creates the collections and indexes at start. Creating an index that exists is a no-op, so every
 * instance runs this on every start. Unique indexes carry correctness (one response per pseudonym,
 * criterion and round; one claim per nudge); the others carry speed on real MongoDB only.
 */
final class Schema {

	private static final List<String> ALL = List.of(Collections.PARTNERSHIPS, Collections.MEMBERS,
			Collections.ASSESSMENTS, Collections.RESPONSES, Collections.PARTICIPATION, Collections.ACTIONS,
			Collections.NUDGES, Collections.RECEIPTS, Collections.NUDGE_SLOTS, Collections.COUNTERS, Collections.CHECKLISTS,
			Collections.INVITATIONS, Collections.ADDRESSES, Collections.NUDGE_CLAIMS, Collections.REGIONS,
			Collections.INSTALLATIONS, Collections.OAUTH_STATES, Collections.MEETING_LINKS, Collections.MESSAGE_SLOTS);

	private Schema() {
	}

	static void ensure(MongoDatabase db) {
		Set<String> existing = new HashSet<>();
		db.listCollectionNames().into(existing);
		for (String name : ALL) {
			if (!existing.contains(name)) {
				db.createCollection(name);
			}
		}
		IndexOptions unique = new IndexOptions().unique(true);
		db.getCollection(Collections.PARTNERSHIPS).createIndex(Indexes.ascending("workspace"), unique);
		db.getCollection(Collections.MEMBERS)
			.createIndex(Indexes.ascending("partnershipId", "platform", "platformUserId"), unique);
		db.getCollection(Collections.ASSESSMENTS).createIndex(Indexes.ascending("partnershipId", "state"));
		// One assessment under way per board: the field is removed when a cycle ends.
		db.getCollection(Collections.ASSESSMENTS)
			.createIndex(Indexes.ascending("currentFor"), new IndexOptions().unique(true).sparse(true));
		// Responses and participation are keyed by _id (assessment, round, pseudonym or person, criterion);
		// these indexes serve the queries that read a round.
		db.getCollection(Collections.RESPONSES).createIndex(Indexes.ascending("assessmentId", "round", "criterionId"));
		db.getCollection(Collections.PARTICIPATION).createIndex(Indexes.ascending("assessmentId", "round"));
		db.getCollection(Collections.ACTIONS).createIndex(Indexes.ascending("partnershipId", "status"));
		db.getCollection(Collections.ACTIONS).createIndex(Indexes.ascending("owner"));
		// A nudge's _id is its unique key (target, kind, scheduled time); this index says so on real MongoDB too.
		db.getCollection(Collections.NUDGES).createIndex(Indexes.ascending("target", "kind", "scheduledAt"), unique);
		db.getCollection(Collections.ACTIONS).createIndex(Indexes.ascending("partnershipId", "number"), unique);
		db.getCollection(Collections.MEETING_LINKS).createIndex(Indexes.ascending("assessmentId"));
	}

}
