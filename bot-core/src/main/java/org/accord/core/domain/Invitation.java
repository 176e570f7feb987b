package org.accord.core.domain;

import java.time.Instant;

/**
 * A code the chair hands out so that someone joins the board in a role, from Slack or Teams alike,
 * without the chair knowing their handle. Valid for seven days.
 */
public record Invitation(String code, Partnership.PartnershipId partnershipId, Role role, String agency,
		Instant expiresAt) {
}
