package org.accord.core.domain;

/**
 * One member's answer to one criterion in one round, stored under a pseudonym. It holds no person id, no
 * platform id, no name and no time, so a dump of responses cannot be tied to a person without the key.
 */
public record Response(Assessment.AssessmentId assessmentId, int round, Pseudonym pseudonym, String criterionId,
		Answer answer, Evidence evidence) {

	public record Pseudonym(String value) {
	}

}
