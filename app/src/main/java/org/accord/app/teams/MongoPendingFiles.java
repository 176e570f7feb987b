package org.accord.app.teams;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.accord.core.domain.PlatformUser;
import org.accord.core.service.Sealer;
import org.accord.teams.PendingFiles;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files offered in Teams, in the collection {@code pending_files} until answered, sealed with the stored
 * installations' key: a document holds the board's figures and texts. An offer is kept
 * {@link PendingFiles#KEPT_FOR}: on MongoDB a TTL index deletes it after that, and every new offer deletes the
 * expired ones, which is all the embedded store gets. Answering is one atomic update that takes the sealed
 * bytes out, so of two answers to one card (a double click, two Accord instances) only one finds them; the
 * rest of the document stays until it expires, so that the second answer is told what the first was.
 * <p>
 * Nothing is waited on for durability: an offer lost in a crash is only asked for again. A file sealed under
 * a key Accord no longer has counts as gone: offers are not re-sealed when the key is rotated, they expire.
 */
final class MongoPendingFiles implements PendingFiles {

	private static final Logger log = LoggerFactory.getLogger(MongoPendingFiles.class);

	static final String COLLECTION = "pending_files";

	private final MongoCollection<Document> files;

	private final Supplier<Sealer> sealer;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private volatile boolean indexed;

	/** @param sealer looked up at the first offer: the key file is made only when something is to be sealed */
	MongoPendingFiles(MongoDatabase database, Supplier<Sealer> sealer, Clock clock) {
		this.files = database.getCollection(COLLECTION);
		this.sealer = sealer;
		this.clock = clock;
	}

	@Override
	public String save(PlatformUser to, String fileName, byte[] content) {
		Date now = Date.from(clock.instant());
		expireAfterItsTime();
		files.deleteMany(Filters.lt("expiresAt", now));
		String id = newId();
		files.insertOne(new Document("_id", id).append("platform", to.platform())
			.append("workspace", to.workspace())
			.append("userId", to.userId())
			.append("name", fileName)
			.append("content", sealer.get().seal(Base64.getEncoder().encodeToString(content), id))
			.append("expiresAt", Date.from(now.toInstant().plus(KEPT_FOR))));
		return id;
	}

	@Override
	public Taken take(String id, PlatformUser by, boolean accepted) {
		Date now = Date.from(clock.instant());
		Bson theirs = Filters.and(Filters.eq("_id", id), Filters.eq("platform", by.platform()),
				Filters.eq("workspace", by.workspace()), Filters.eq("userId", by.userId()));
		Document waiting = files.findOneAndUpdate(Filters.and(theirs, Filters.exists("content"), Filters.gt("expiresAt", now)),
				Updates.combine(Updates.unset("content"), Updates.set("accepted", accepted), Updates.set("answeredAt", now)));
		if (waiting != null) {
			try {
				return new Taken.File(waiting.getString("name"),
						Base64.getDecoder().decode(sealer.get().open(waiting.getString("content"), id)));
			}
			catch (IllegalArgumentException unopenable) {
				log.warn("A pending Teams file does not open with this Accord's key; it is dropped: {}",
						unopenable.getMessage());
				return new Taken.Gone();
			}
		}
		Document before = files.find(theirs).first();
		return before != null && before.get("accepted") instanceof Boolean first
				? new Taken.Answered(before.getString("name"), first) : new Taken.Gone();
	}

	/** Once per Accord; an index that exists is left as it is. */
	private void expireAfterItsTime() {
		if (indexed) {
			return;
		}
		try {
			files.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
		}
		catch (MongoException e) {
			// The offer is still refused once expired (take reads expiresAt); only the clean-up waits for a save.
			log.info("No TTL index on {}: {}", COLLECTION, e.getMessage());
		}
		indexed = true;
	}

	/** 128 random bits: the id travels through the person's client, so it must not be guessed. */
	private String newId() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
