package org.accord.core.domain;

import java.time.Instant;

/**
 * A link to the meeting page of one assessment: what the chair (or the facilitator) projects while the board
 * talks its disagreements through. The link's secret is never stored, only its id; the link is made good again
 * from the id, the assessment and the expiry by a signature under Accord's key, so a changed link opens nothing.
 *
 * @param madeBy who asked for it: the page acts as them, so a chair who has handed over can no longer settle
 * through an old link
 * @param controls whether the page may settle and ask for endorsement (the chair's), or only show (a view link)
 */
public record MeetingLink(String id, Assessment.AssessmentId assessmentId, Partnership.PartnershipId partnershipId,
		PlatformUser madeBy, boolean controls, Instant expiresAt, boolean revoked) {

	/** How long a link opens the page: one meeting day, not a standing door into the board's figures. */
	public static final java.time.Duration LIFETIME = java.time.Duration.ofHours(12);

	public boolean openAt(Instant now) {
		return !revoked && now.isBefore(expiresAt);
	}

}
