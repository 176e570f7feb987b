package org.accord.core.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.accord.core.domain.Assessment;
import org.accord.core.domain.Member;
import org.accord.core.domain.Response;

/**
 * HMAC-SHA256(anonymity key, assessment id + person id): the name a member's responses are stored under.
 * Per assessment, so the same person's responses in two cycles cannot be linked without the key.
 */
public final class Pseudonyms {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	public Pseudonyms(byte[] key) {
		if (key == null || key.length < 32) {
			throw new IllegalArgumentException("The anonymity key must be at least 32 bytes");
		}
		this.key = new SecretKeySpec(key.clone(), ALGORITHM);
	}

	public Response.Pseudonym of(Assessment.AssessmentId assessment, Member.PersonId person) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			// The separator keeps ("ab","c") and ("a","bc") apart.
			byte[] digest = mac.doFinal((assessment.value() + "\u0000" + person.value()).getBytes(StandardCharsets.UTF_8));
			return new Response.Pseudonym(HexFormat.of().formatHex(digest));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}

	@Override
	public String toString() {
		return "Pseudonyms[key hidden]";
	}

}
