package org.accord.core.domain;

/**
 * One member's answer to one criterion in one round, stored under a pseudonym of its own. It holds no person
 * id, no platform id, no name and no time, and shares nothing with the same member's other responses, so a
 * dump of responses cannot be tied to a person, nor grouped by person, without the key.
 *
 * @param answer null while the member has not answered
 * @param carried true when the answer is the member's answer of the criterion's last round, carried into this
 * consensus round because they have not re-rated it (yet): no answer keeps the previous one
 */
public record Response(Assessment.AssessmentId assessmentId, int round, Pseudonym pseudonym, String criterionId,
		Answer answer, Evidence evidence, boolean carried) {

	public record Pseudonym(String value) {
	}

}
