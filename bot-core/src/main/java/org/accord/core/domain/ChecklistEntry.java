package org.accord.core.domain;

import java.time.LocalDate;

/**
 * The board's position on one item of a checklist (the Hallmarks' lettered items), as the seeds' action
 * plans record it: position and date, whether further action is needed, and its owner.
 *
 * @param position a level key of the checklist's scale
 */
public record ChecklistEntry(String itemId, String position, LocalDate date, String note, String furtherAction,
		PlatformUser owner) {
}
