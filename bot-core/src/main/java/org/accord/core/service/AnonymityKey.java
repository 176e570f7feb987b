package org.accord.core.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.accord.core.domain.Assessment;
import org.accord.core.domain.Member;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Response;
import org.accord.core.domain.Round;

/**
 * Everything the anonymity key does: it names what is stored about a member's answers, and seals it.
 *
 * <ul>
 * <li>A response's id is HMAC-SHA256 over the assessment, the criterion and the person, chained once per later
 * round the criterion is put to the board. So no two responses of one person share anything a dump can group by,
 * not even across rounds, and yet each round's response follows from the last one's id alone: a consensus round
 * can carry every earlier answer forward without knowing whose it is.</li>
 * <li>A member's place in a round is stored under an id of its own, from a key of its own.</li>
 * <li>What is stored under those ids (an answer, evidence, a place) is sealed with AES-256-GCM, padded to a fixed
 * size (evidence: to one of a few sizes), with the id and the field as associated data, so that nothing in the
 * store can be read, compared by length or moved to another id without the key.</li>
 * </ul>
 * Each use has a key of its own, derived from the configured one. Neither a key nor a value ever reaches toString.
 */
public final class AnonymityKey {

	private static final String HMAC = "HmacSHA256";

	private static final String AEAD = "AES/GCM/NoPadding";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	/** Every sealed answer and place opens to this many bytes, whatever it holds. */
	static final int SMALL = 64;

	/** A platform's name for a message (a Teams activity id, a Slack channel and timestamp) is well within this. */
	static final int MESSAGE = 512;

	/** Evidence is padded to the first of these that holds it: its length says no more than that. */
	static final int[] EVIDENCE_SIZES = { 1024, 4096, 16384, 65536 };

	private final SecretKeySpec root;

	private final SecretKeySpec responses;

	private final SecretKeySpec places;

	private final SecretKeySpec seal;

	private final SecretKeySpec links;

	private final SecretKeySpec wordsOrder;

	private final SecureRandom random = new SecureRandom();

	public AnonymityKey(byte[] key) {
		if (key == null || key.length < 32) {
			throw new IllegalArgumentException("The anonymity key must be at least 32 bytes");
		}
		this.root = new SecretKeySpec(key.clone(), HMAC);
		this.responses = new SecretKeySpec(mac(root, "accord response ids"), HMAC);
		this.places = new SecretKeySpec(mac(root, "accord places"), HMAC);
		this.seal = new SecretKeySpec(mac(root, "accord seal"), "AES");
		this.links = new SecretKeySpec(mac(root, "accord meeting links"), HMAC);
		this.wordsOrder = new SecretKeySpec(mac(root, "accord meeting words order"), HMAC);
	}

	/** The id of a person's response to a criterion in round 1 (every criterion is in round 1). */
	public Response.Pseudonym firstRound(Assessment.AssessmentId assessment, String criterionId, Member.PersonId person) {
		return new Response.Pseudonym(hex(mac(responses, "1", assessment.value(), criterionId, person.value())));
	}

	/** The id of the same person's response in the next round that puts the same criterion to the board. */
	public Response.Pseudonym next(Response.Pseudonym previous) {
		return new Response.Pseudonym(hex(mac(responses, "next", previous.value())));
	}

	/** The id of a person's response to a criterion in a round of the assessment, following its rounds. */
	public Response.Pseudonym response(Assessment assessment, int round, String criterionId, Member.PersonId person) {
		Response.Pseudonym id = firstRound(assessment.id(), criterionId, person);
		for (Round r : assessment.rounds()) {
			if (r.number() > 1 && r.number() <= round && r.criteria().contains(criterionId)) {
				id = next(id);
			}
		}
		return id;
	}

	/** The pseudonym an earlier Accord stored all of a member's responses of an assessment under. */
	String earlierPseudonym(Assessment.AssessmentId assessment, Member.PersonId person) {
		return hex(mac(root, assessment.value(), person.value()));
	}

	/**
	 * An id for an earlier response whose member has left the board: it stays in the figures, and nobody can
	 * find it as theirs, as nobody could have before.
	 */
	Response.Pseudonym orphan(String earlierId) {
		return new Response.Pseudonym(hex(mac(responses, "orphan", earlierId)));
	}

	/** The id of a person's place in a round. */
	String place(Assessment.AssessmentId assessment, int round, Member.PersonId person) {
		return hex(mac(places, assessment.value(), Integer.toString(round), person.value()));
	}

	/** The id of a person's message slot: nobody without the key can tell whose it is, or which criterion. */
	String messageSlot(PlatformUser person, String scope, String name) {
		return hex(mac(places, "message slot", person.platform(), person.workspace(), person.userId(), scope, name));
	}

	/** The message that holds a slot, sealed to one size whatever platform names it. */
	String sealMessage(String id, String message) {
		return seal(id, "message", pad(message.getBytes(StandardCharsets.UTF_8), MESSAGE));
	}

	Optional<String> openMessage(String id, String sealed) {
		return openSmall(id, "message", sealed);
	}

	String sealSmall(String id, String field, String value) {
		return seal(id, field, pad(value.getBytes(StandardCharsets.UTF_8), SMALL));
	}

	Optional<String> openSmall(String id, String field, String sealed) {
		return open(id, field, sealed).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
	}

	String sealEvidence(String id, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		int size = EVIDENCE_SIZES[EVIDENCE_SIZES.length - 1];
		for (int candidate : EVIDENCE_SIZES) {
			if (bytes.length < candidate) {
				size = candidate;
				break;
			}
		}
		return seal(id, "evidence", pad(bytes, size));
	}

	Optional<String> openEvidence(String id, String sealed) {
		return openSmall(id, "evidence", sealed);
	}

	/**
	 * The answer under a response id, for a tool that reads a store copy with the key (a check after a crash,
	 * the benchmark); empty when it does not open with this key.
	 */
	public Optional<String> answerCode(String responseId, String sealedAnswer) {
		return openSmall(responseId, "answer", sealedAnswer).map(Ballots::answerCodeOf);
	}

	/** The evidence under a response id, its fields joined by " · ", for a tool that reads a store copy with the key. */
	public Optional<String> evidenceWords(String responseId, String sealedEvidence) {
		return openEvidence(responseId, sealedEvidence).map(plain -> plain.replace("\u0000", " · "));
	}

	private String seal(String id, String field, byte[] padded) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(AEAD);
			cipher.init(Cipher.ENCRYPT_MODE, seal, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD((field + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(padded);
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is not available", e);
		}
	}

	private Optional<byte[]> open(String id, String field, String sealedText) {
		if (sealedText == null) {
			return Optional.empty();
		}
		byte[] sealed;
		try {
			sealed = Base64.getDecoder().decode(sealedText);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		if (sealed.length < IV_BYTES + TAG_BITS / 8) {
			return Optional.empty();
		}
		try {
			Cipher cipher = Cipher.getInstance(AEAD);
			cipher.init(Cipher.DECRYPT_MODE, seal, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
			cipher.updateAAD((field + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
			return unpad(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES));
		}
		catch (AEADBadTagException e) {
			return Optional.empty();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is not available", e);
		}
	}

	/** ISO/IEC 7816-4 padding: the bytes, 0x80, then zeros up to the size. */
	private static byte[] pad(byte[] value, int size) {
		if (value.length >= size) {
			throw new IllegalArgumentException("A value of " + value.length + " bytes does not fit in " + size);
		}
		byte[] padded = Arrays.copyOf(value, size);
		padded[value.length] = (byte) 0x80;
		return padded;
	}

	private static Optional<byte[]> unpad(byte[] padded) {
		int end = padded.length - 1;
		while (end >= 0 && padded[end] == 0) {
			end--;
		}
		return end >= 0 && padded[end] == (byte) 0x80 ? Optional.of(Arrays.copyOf(padded, end)) : Optional.empty();
	}

	/** A meeting link's signature over what it opens: nobody without the key can make or change one. */
	byte[] meetingLinkSignature(String... parts) {
		return mac(links, parts);
	}

	/** The key members' words are ordered by on a meeting page: it follows the words and the link, not the writer. */
	byte[] meetingWordsOrder(String... parts) {
		return mac(wordsOrder, parts);
	}

	private static byte[] mac(SecretKeySpec key, String... parts) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(key);
			// The separator keeps ("ab","c") and ("a","bc") apart.
			return mac.doFinal(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	@Override
	public String toString() {
		return "AnonymityKey[hidden]";
	}

}
