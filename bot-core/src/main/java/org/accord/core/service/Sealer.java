package org.accord.core.service;

import org.accord.core.port.out.SecretBox;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for secrets at rest (Slack installations and their tokens). Each value gets a random 12-byte
 * IV, stored in front of the ciphertext and its tag, as base64 text behind the id of the key that sealed it
 * ({@code 3f9a0c21:…}). The context (a document's id) is bound as associated data, so a sealed value copied
 * under another id does not open. Neither a key nor a value ever reaches toString or a log.
 * <p>
 * The key can be rotated: a value opens under the current key or, when one is given, the previous one, chosen
 * by its key id, and {@link #isCurrent} tells which values still need re-sealing. The key id is the first four
 * bytes of HMAC-SHA256(key, a fixed label): it names a key without revealing anything of it. A value sealed
 * before key ids existed (plain base64) is taken as sealed under the current key, then the previous one.
 */
public final class Sealer implements SecretBox {

	private static final String ALGORITHM = "AES/GCM/NoPadding";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final int KEY_BYTES = 32;

	private static final int KEY_ID_CHARS = 8;

	private static final byte[] KEY_ID_LABEL = "accord sealer key id".getBytes(StandardCharsets.US_ASCII);

	private final Key current;

	private final Key previous;

	private final SecureRandom random = new SecureRandom();

	/** @param key at least 32 bytes; the first 32 make the AES-256 key */
	public Sealer(byte[] key) {
		this(key, null);
	}

	/**
	 * @param key the key that seals, at least 32 bytes; the first 32 make the AES-256 key
	 * @param previousKey a key that values may still be sealed under, or null
	 */
	public Sealer(byte[] key, byte[] previousKey) {
		this.current = new Key(key);
		this.previous = previousKey == null ? null : new Key(previousKey);
	}

	@Override
	public String seal(String plaintext, String context) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(ALGORITHM);
			cipher.init(Cipher.ENCRYPT_MODE, current.aes, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return current.id + ":"
					+ Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is not available", e);
		}
	}

	/**
	 * @throws IllegalArgumentException when the value was not sealed with the current or previous key and this
	 *         context, or was altered
	 */
	@Override
	public String open(String sealedText, String context) {
		String keyId = keyId(sealedText);
		if (keyId == null) {
			// Sealed before key ids: the current key, else (during a rotation) the previous one.
			try {
				return open(current, sealedText, context);
			}
			catch (IllegalArgumentException notCurrent) {
				if (previous == null) {
					throw notCurrent;
				}
				return open(previous, sealedText, context);
			}
		}
		String body = sealedText.substring(KEY_ID_CHARS + 1);
		if (keyId.equals(current.id)) {
			return open(current, body, context);
		}
		if (previous != null && keyId.equals(previous.id)) {
			return open(previous, body, context);
		}
		throw new IllegalArgumentException("A sealed value is under a key that is neither ACCORD_ENCRYPTION_KEY nor "
				+ "ACCORD_ENCRYPTION_KEY_PREVIOUS (key id " + keyId + ")");
	}

	/** True when the value is sealed under the current key, so re-sealing it would change nothing. */
	public boolean isCurrent(String sealedText) {
		return current.id.equals(keyId(sealedText));
	}

	/** The current key's id, as written in front of every value it seals. */
	public String keyId() {
		return current.id;
	}

	private static String keyId(String sealedText) {
		if (sealedText.length() > KEY_ID_CHARS && sealedText.charAt(KEY_ID_CHARS) == ':') {
			// ':' is no base64 character, so a value sealed before key ids never looks like this.
			return sealedText.substring(0, KEY_ID_CHARS);
		}
		return null;
	}

	private static String open(Key key, String base64, String context) {
		byte[] sealed;
		try {
			sealed = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Not a sealed value");
		}
		if (sealed.length < IV_BYTES + TAG_BITS / 8) {
			throw new IllegalArgumentException("Not a sealed value");
		}
		try {
			Cipher cipher = Cipher.getInstance(ALGORITHM);
			cipher.init(Cipher.DECRYPT_MODE, key.aes, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (javax.crypto.AEADBadTagException e) {
			throw new IllegalArgumentException("A sealed value does not open with this key (was ACCORD_ENCRYPTION_KEY changed?)");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is not available", e);
		}
	}

	@Override
	public String toString() {
		return "Sealer[AES-256-GCM, key " + current.id + (previous == null ? "" : ", previous " + previous.id) + "]";
	}

	/** An AES key and its id. */
	private static final class Key {

		final SecretKeySpec aes;

		final String id;

		Key(byte[] key) {
			if (key == null || key.length < KEY_BYTES) {
				throw new IllegalArgumentException("The encryption key must be at least 32 bytes");
			}
			byte[] bytes = Arrays.copyOf(key, KEY_BYTES);
			this.aes = new SecretKeySpec(bytes, "AES");
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
				this.id = HexFormat.of().formatHex(mac.doFinal(KEY_ID_LABEL), 0, KEY_ID_CHARS / 2);
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException("HMAC-SHA256 is not available", e);
			}
		}

	}

}
