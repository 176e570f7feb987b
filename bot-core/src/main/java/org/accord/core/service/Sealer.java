package org.accord.core.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for secrets at rest (Slack installations and their tokens). Each value gets a random 12-byte
 * IV, stored in front of the ciphertext and its tag; the result is base64 text. The context (a document's
 * id) is bound as associated data, so a sealed value copied under another id does not open. Neither the
 * key nor a value ever reaches toString or a log.
 */
public final class Sealer {

	private static final String ALGORITHM = "AES/GCM/NoPadding";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final int KEY_BYTES = 32;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	/** @param key at least 32 bytes; the first 32 make the AES-256 key */
	public Sealer(byte[] key) {
		if (key == null || key.length < KEY_BYTES) {
			throw new IllegalArgumentException("The encryption key must be at least 32 bytes");
		}
		this.key = new SecretKeySpec(Arrays.copyOf(key, KEY_BYTES), "AES");
	}

	public String seal(String plaintext, String context) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(ALGORITHM);
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is not available", e);
		}
	}

	/** @throws IllegalArgumentException when the value was not sealed with this key and context, or was altered */
	public String open(String sealedText, String context) {
		byte[] sealed;
		try {
			sealed = Base64.getDecoder().decode(sealedText);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Not a sealed value");
		}
		if (sealed.length < IV_BYTES + TAG_BITS / 8) {
			throw new IllegalArgumentException("Not a sealed value");
		}
		try {
			Cipher cipher = Cipher.getInstance(ALGORITHM);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
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
		return "Sealer[AES-256-GCM]";
	}

}
