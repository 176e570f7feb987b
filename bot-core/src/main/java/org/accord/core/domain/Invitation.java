package org.accord.core.domain;

import java.time.Instant;
import java.util.List;

/**
 * A code the chair hands out so that someone joins the board in a role, from Slack or Teams alike,
 * without the chair knowing their handle. Valid for seven days, for as many people as it says (one for a
 * responsible authority or the facilitator), until the chair revokes it; it keeps who joined with it.
 *
 * @param places how many people may join with it in all
 */
public record Invitation(String code, Partnership.PartnershipId partnershipId, Role role, String agency,
		Instant expiresAt, int places, List<PlatformUser> joined, boolean revoked) {

	public Invitation {
		joined = List.copyOf(joined);
	}

	public boolean usable(Instant now) {
		return !revoked && expiresAt.isAfter(now) && joined.size() < places;
	}

}
