package org.accord.core.port.out;

import java.util.List;

import org.accord.core.domain.Evidence;

/**
 * Responses and places as an earlier Accord stored them, in the clear under one pseudonym per member (or a
 * person id), for sealing once at start. Each is replaced by its sealed form in one insert and one delete,
 * so a stop half-way leaves nothing lost: the next start finds what is left.
 */
public interface UnsealedPort {

	record OldResponse(String id, String assessmentId, int round, String criterionId, String pseudonym, String answer,
			Evidence evidence) {
	}

	record OldPlace(String id, String assessmentId, int round, String personId, int position, boolean finished) {
	}

	List<OldResponse> oldResponses();

	List<OldPlace> oldPlaces();

	void replace(OldResponse old, ResponsePort.Stored sealed);

	void replace(OldPlace old, ParticipationPort.Stored sealed);

}
