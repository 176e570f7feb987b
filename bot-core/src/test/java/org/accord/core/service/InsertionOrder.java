package org.accord.core.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.accord.core.domain.Assessment;
import org.accord.core.port.out.ResponsePort;

/**
 * Real MongoDB returns a collection in the order its documents were first written; the embedded store returns
 * them by id. This keeps the order of first writes, so a test can read the store as MongoDB would return it.
 */
final class InsertionOrder implements ResponsePort {

	private final ResponsePort store;

	private final Set<String> written = java.util.Collections.synchronizedSet(new LinkedHashSet<>());

	InsertionOrder(ResponsePort store) {
		this.store = store;
	}

	/** Response ids in the order they were first written. */
	List<String> ids() {
		synchronized (written) {
			return new ArrayList<>(written);
		}
	}

	@Override
	public void insertAll(List<Stored> responses) {
		store.insertAll(responses);
		responses.forEach(r -> written.add(r.id()));
	}

	@Override
	public Optional<Stored> find(String id) {
		return store.find(id);
	}

	@Override
	public List<Stored> find(Collection<String> ids) {
		return store.find(ids);
	}

	@Override
	public List<Stored> round(Assessment.AssessmentId assessment, int round) {
		return store.round(assessment, round);
	}

	@Override
	public List<Stored> criterion(Assessment.AssessmentId assessment, int round, String criterionId) {
		return store.criterion(assessment, round, criterionId);
	}

	@Override
	public void saveAnswer(Stored response) {
		store.saveAnswer(response);
		written.add(response.id());
	}

	@Override
	public void saveEvidence(Stored response) {
		store.saveEvidence(response);
		written.add(response.id());
	}

	@Override
	public boolean replaceAnswer(String id, String expected, String next) {
		return store.replaceAnswer(id, expected, next);
	}

}
