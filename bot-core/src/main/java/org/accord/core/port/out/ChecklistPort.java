package org.accord.core.port.out;

import java.util.Map;

import org.accord.core.domain.ChecklistEntry;
import org.accord.core.domain.Partnership;

/** A board's positions on a checklist framework, one entry per item, each saved on its own. */
public interface ChecklistPort {

	Map<String, ChecklistEntry> entries(Partnership.PartnershipId partnership, String frameworkId);

	void save(Partnership.PartnershipId partnership, String frameworkId, ChecklistEntry entry);

}
