package org.accord.core.service;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.accord.core.domain.Assessment;
import org.accord.core.domain.MeetingLink;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.out.MeetingLinkPort;

/**
 * Makes and checks the meeting page's links. A link is an id and a signature: the id finds the stored link, and
 * the signature, over the id and everything the link opens, proves Accord made it. Only the id is stored, so a
 * dump of the store opens no page; a changed character finds nothing or fails the signature.
 */
final class MeetingLinks {

	/** Why a link opens nothing: no such link (or a changed one), or one that has ended. */
	enum Refusal {
		UNKNOWN, ENDED
	}

	/** A link checked: the stored link, or why not. */
	record Checked(MeetingLink link, Refusal refusal) {
	}

	/** Hex, so that no platform's markup can read a link's characters as its own (an underscore as italics). */
	private static final java.util.HexFormat URL = java.util.HexFormat.of();

	private static final int ID_BYTES = 16;

	private final MeetingLinkPort port;

	private final AnonymityKey key;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	MeetingLinks(MeetingLinkPort port, AnonymityKey key, Clock clock) {
		this.port = port;
		this.key = key;
		this.clock = clock;
	}

	/** A new link, stored; returns the token that goes in its address. */
	String issue(Assessment assessment, PlatformUser by, boolean controls) {
		byte[] id = new byte[ID_BYTES];
		random.nextBytes(id);
		MeetingLink link = new MeetingLink(URL.formatHex(id), assessment.id(), assessment.partnershipId(), by, controls,
				clock.instant().plus(MeetingLink.LIFETIME), false);
		port.save(link);
		return link.id() + "." + signature(link);
	}

	Checked check(String token) {
		if (token == null || token.length() > 200) {
			return new Checked(null, Refusal.UNKNOWN);
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return new Checked(null, Refusal.UNKNOWN);
		}
		Optional<MeetingLink> stored = port.find(token.substring(0, dot));
		if (stored.isEmpty() || !MessageDigest.isEqual(signature(stored.get()).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				token.substring(dot + 1).getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
			return new Checked(null, Refusal.UNKNOWN);
		}
		Instant now = clock.instant();
		return stored.get().openAt(now) ? new Checked(stored.get(), null) : new Checked(null, Refusal.ENDED);
	}

	int endAll(Assessment.AssessmentId assessment) {
		return port.revokeAll(assessment, clock.instant());
	}

	private String signature(MeetingLink link) {
		PlatformUser by = link.madeBy();
		return URL.formatHex(key.meetingLinkSignature(link.id(), link.assessmentId().value(), link.partnershipId().value(),
				by.platform(), by.workspace(), by.userId(), Boolean.toString(link.controls()),
				Long.toString(link.expiresAt().getEpochSecond())));
	}

}
