package org.accord.core.port.out;

import java.util.List;
import java.util.Optional;

import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Region;

public interface RegionPort {

	void create(Region region);

	Optional<Region> byCode(String code);

	List<Region> ledBy(PlatformUser lead);

	List<Region> sharedBy(Partnership.PartnershipId partnership);

	/** @return false when someone changed the region first */
	boolean update(Region before, Region after);

}
