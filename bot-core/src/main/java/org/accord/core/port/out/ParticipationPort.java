package org.accord.core.port.out;

import java.util.List;
import java.util.Optional;

import org.accord.core.domain.Assessment;
import org.accord.core.domain.Member;
import org.accord.core.domain.Participation;

/** Who is where in a round; holds no answers. Position moves by compare-and-set, so a double click moves it once. */
public interface ParticipationPort {

	/** The person's participation, created at the first prompt if they have none yet. */
	Participation join(Assessment.AssessmentId assessment, int round, Member.PersonId person);

	Optional<Participation> find(Assessment.AssessmentId assessment, int round, Member.PersonId person);

	/**
	 * Moves the person from {@code from} to {@code to}; {@code finished} marks the end of their prompts.
	 * @return false when they were no longer at {@code from} (another click moved them first)
	 */
	boolean move(Assessment.AssessmentId assessment, int round, Member.PersonId person, int from, int to, boolean finished);

	List<Participation> round(Assessment.AssessmentId assessment, int round);

}
