package org.accord.core.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.accord.core.domain.Assessment;

/**
 * Places in a round as the store keeps them: an id that names nobody and the place sealed under the anonymity
 * key. A place changes by compare-and-set on its sealed value, so a double click moves it once.
 */
public interface ParticipationPort {

	/** @param place the sealed position and whether the person reached the end */
	record Stored(String id, Assessment.AssessmentId assessmentId, int round, String place) {
	}

	/** Adds these places in the order given; one whose id is stored already is left as it is. */
	void insertAll(List<Stored> places);

	Optional<Stored> find(String id);

	List<Stored> find(Collection<String> ids);

	/** Replaces the place only where it is still {@code expected}; false when it changed meanwhile. */
	boolean replace(String id, String expected, String next);

}
