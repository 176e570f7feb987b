package org.accord.core.port.out;

import java.util.Optional;

import org.accord.core.domain.Assessment;
import org.accord.core.domain.MeetingLink;

/** The meeting page's links, by id; their secrets are never stored. */
public interface MeetingLinkPort {

	void save(MeetingLink link);

	Optional<MeetingLink> find(String id);

	/** Ends every link to the assessment's page at once; returns how many were still open at {@code now}. */
	int revokeAll(Assessment.AssessmentId assessment, java.time.Instant now);

}
