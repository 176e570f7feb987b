package org.accord.core.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A regional lead's view over several partnerships, each of which consented to share its agreed levels
 * (never its members' ratings), named or not as it chose.
 */
public record Region(RegionId id, String name, String code, PlatformUser lead, String frameworkId, List<Sharing> members,
		long version) {

	public Region {
		members = List.copyOf(members);
	}

	public record RegionId(String value) {
	}

	/** A partnership sharing with the region: the name it gave, and whether it agreed to be named. */
	public record Sharing(Partnership.PartnershipId partnership, String name, boolean named) {
	}

	public Region with(Sharing sharing) {
		List<Sharing> next = new ArrayList<>(members.stream().filter(s -> !s.partnership().equals(sharing.partnership())).toList());
		next.add(sharing);
		return new Region(id, name, code, lead, frameworkId, next, version);
	}

}
