package org.accord.core.domain;

import java.time.ZoneId;

/** One board: the tenant. A Slack workspace has at most one. Nudges keep to its timezone and quiet hours. */
public record Partnership(PartnershipId id, String workspace, ZoneId timezone, QuietHours quietHours) {

	public record PartnershipId(String value) {
	}

	public Partnership(PartnershipId id, String workspace, ZoneId timezone) {
		this(id, workspace, timezone, QuietHours.DEFAULT);
	}

	public Partnership withTimezone(ZoneId zone) {
		return new Partnership(id, workspace, zone, quietHours);
	}

	public Partnership withQuietHours(QuietHours hours) {
		return new Partnership(id, workspace, timezone, hours);
	}

}
