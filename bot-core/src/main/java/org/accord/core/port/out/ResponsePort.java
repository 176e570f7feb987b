package org.accord.core.port.out;

import java.util.Map;

import org.accord.core.domain.Answer;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Evidence;
import org.accord.core.domain.Response;

/**
 * Responses, addressed by pseudonym. Each save touches one document and is idempotent, so a retried or
 * double-clicked answer leaves exactly one response. A save returns only once the write is durable.
 */
public interface ResponsePort {

	void saveAnswer(Assessment.AssessmentId assessment, int round, Response.Pseudonym pseudonym, String criterionId,
			Answer answer);

	/** Records a skip unless the criterion already has an answer: skipping must not erase one. */
	void saveSkipIfUnanswered(Assessment.AssessmentId assessment, int round, Response.Pseudonym pseudonym,
			String criterionId);

	void saveEvidence(Assessment.AssessmentId assessment, int round, Response.Pseudonym pseudonym, String criterionId,
			Evidence evidence);

	/** One member's response to one criterion in a round, looked up by its key. */
	java.util.Optional<Response> mine(Assessment.AssessmentId assessment, int round, Response.Pseudonym pseudonym,
			String criterionId);

	/** One member's own responses in a round, by criterion id. */
	Map<String, Response> mine(Assessment.AssessmentId assessment, int round, Response.Pseudonym pseudonym);

	/** Every response of a round, for collated figures; in no particular order. */
	java.util.List<Response> round(Assessment.AssessmentId assessment, int round);

}
