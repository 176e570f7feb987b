package org.accord.app.proof;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * Every document of every collection Accord keeps, read straight from the store: counts and a SHA-256 per
 * collection prove that nothing changed, and the documents themselves say what did when something has.
 */
public final class StoreSnapshot {

	/**
	 * A stored document as a dump shows it, its ciphertext (long base64 values) replaced by a mark: random base64
	 * spells a short name now and then, which says nothing, so a search for names in the clear leaves it out.
	 */
	public static Document withoutCiphertext(Document document) {
		Document visible = new Document();
		document.forEach((field, value) -> {
			boolean sealed = value instanceof String text && text.length() >= 64 && !text.matches("[0-9a-f]+")
					&& text.matches("[A-Za-z0-9+/]+={0,2}");
			visible.put(field, sealed ? "<sealed>" : value);
		});
		return visible;
	}


	/** The collections that hold the board's state; a proof test expects each of them to exist. */
	static final List<String> STATE = List.of("partnerships", "members", "assessments", "responses", "participation");

	private final Map<String, List<String>> documents;

	private StoreSnapshot(Map<String, List<String>> documents) {
		this.documents = documents;
	}

	/**
	 * Every collection of the database except {@code excluded}: not only the five named ones, so that a
	 * collection nobody expected to change cannot change unseen.
	 */
	static StoreSnapshot of(MongoDatabase db, Set<String> excluded) {
		Set<String> names = new LinkedHashSet<>(STATE);
		db.listCollectionNames().forEach(names::add);
		names.removeAll(excluded);
		Map<String, List<String>> documents = new TreeMap<>();
		for (String name : names) {
			List<String> json = new ArrayList<>();
			for (Document d : db.getCollection(name).find()) {
				json.add(d.toJson());
			}
			// The store returns documents in no promised order; the proof is about content, not order.
			Collections.sort(json);
			documents.put(name, List.copyOf(json));
		}
		return new StoreSnapshot(documents);
	}

	Map<String, Integer> counts() {
		Map<String, Integer> counts = new TreeMap<>();
		documents.forEach((name, docs) -> counts.put(name, docs.size()));
		return counts;
	}

	Map<String, String> digests() {
		Map<String, String> digests = new TreeMap<>();
		documents.forEach((name, docs) -> digests.put(name, sha256(String.join("\n", docs))));
		return digests;
	}

	List<String> documents(String collection) {
		return documents.getOrDefault(collection, List.of());
	}

	/** What was added or removed since {@code before}, per collection, for a failure message a person can act on. */
	String changesSince(StoreSnapshot before) {
		StringBuilder text = new StringBuilder();
		Set<String> names = new LinkedHashSet<>(before.documents.keySet());
		names.addAll(documents.keySet());
		for (String name : names) {
			List<String> added = new ArrayList<>(documents(name));
			added.removeAll(before.documents(name));
			List<String> removed = new ArrayList<>(before.documents(name));
			removed.removeAll(documents(name));
			added.forEach(d -> text.append("\n+ ").append(name).append(' ').append(d));
			removed.forEach(d -> text.append("\n- ").append(name).append(' ').append(d));
		}
		return text.toString();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
