package org.accord.core.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.accord.core.domain.Assessment;

/**
 * Responses as the store keeps them: an id that names nobody, the assessment, round and criterion, and the
 * answer and evidence sealed under the anonymity key. The store never sees an answer. Every save touches one
 * document by its id and returns only once the write is durable.
 */
public interface ResponsePort {

	/**
	 * One stored response.
	 *
	 * @param answer the sealed answer (every response has one, unanswered ones too, all of one size)
	 * @param evidence the sealed evidence (every response has it, empty ones too)
	 */
	record Stored(String id, Assessment.AssessmentId assessmentId, int round, String criterionId, String answer,
			String evidence) {
	}

	/** Adds these responses in the order given; one whose id is stored already is left as it is. */
	void insertAll(List<Stored> responses);

	Optional<Stored> find(String id);

	List<Stored> find(Collection<String> ids);

	/** Every response of a round, in no particular order. */
	List<Stored> round(Assessment.AssessmentId assessment, int round);

	/** Every response to one criterion in a round, in no particular order. */
	List<Stored> criterion(Assessment.AssessmentId assessment, int round, String criterionId);

	/** Replaces the response's answer; stores the response as given if it is not stored yet. */
	void saveAnswer(Stored response);

	/** Replaces the response's evidence; stores the response as given if it is not stored yet. */
	void saveEvidence(Stored response);

	/** Replaces the answer only where it is still {@code expected}; false when it changed meanwhile. */
	boolean replaceAnswer(String id, String expected, String next);

}
