package org.accord.core.domain;

/**
 * Where one member is in one round: the index of the prompt they are on and whether they reached the end.
 * It is stored apart from responses, under an id of its own, and holds no answer.
 */
public record Participation(Assessment.AssessmentId assessmentId, int round, Member.PersonId personId, int position,
		boolean finished) {

	public boolean started() {
		return position > 0 || finished;
	}

}
