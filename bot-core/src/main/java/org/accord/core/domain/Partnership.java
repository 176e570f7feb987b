package org.accord.core.domain;

import java.time.ZoneId;

/** One board: the tenant. A Slack workspace has at most one. */
public record Partnership(PartnershipId id, String workspace, ZoneId timezone) {

	public record PartnershipId(String value) {
	}

}
