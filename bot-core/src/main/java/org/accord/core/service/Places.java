package org.accord.core.service;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.core.domain.Assessment;
import org.accord.core.domain.Member;
import org.accord.core.domain.Participation;
import org.accord.core.port.out.ParticipationPort;

/**
 * Each member's place in a round, stored under an id from the anonymity key and sealed, so a dump shows
 * neither who has started or finished nor how far anyone has got. Places are made for every rater when a
 * round opens, in a random order. A place moves by compare-and-set on its sealed value.
 */
final class Places {

	private final ParticipationPort places;

	private final AnonymityKey key;

	private final SecureRandom random = new SecureRandom();

	Places(ParticipationPort places, AnonymityKey key) {
		this.places = places;
		this.key = key;
	}

	void open(Assessment.AssessmentId assessment, int round, Collection<Member.PersonId> people) {
		List<ParticipationPort.Stored> made = new ArrayList<>();
		for (Member.PersonId person : people) {
			String id = key.place(assessment, round, person);
			made.add(new ParticipationPort.Stored(id, assessment, round, seal(id, 0, false)));
		}
		Collections.shuffle(made, random);
		places.insertAll(made);
	}

	/** The person's place, made at the first prompt if they have none yet. */
	Participation join(Assessment.AssessmentId assessment, int round, Member.PersonId person) {
		Optional<Participation> found = find(assessment, round, person);
		if (found.isPresent()) {
			// The common case, on every click: nothing to write, so nothing to wait for.
			return found.get();
		}
		open(assessment, round, List.of(person));
		return find(assessment, round, person).orElseThrow();
	}

	Optional<Participation> find(Assessment.AssessmentId assessment, int round, Member.PersonId person) {
		String id = key.place(assessment, round, person);
		return places.find(id).map(stored -> participation(stored, person));
	}

	/** The places of these people in a round; someone without one has not started. */
	Map<Member.PersonId, Participation> of(Assessment.AssessmentId assessment, int round,
			Collection<Member.PersonId> people) {
		Map<String, Member.PersonId> personOf = new LinkedHashMap<>();
		people.forEach(p -> personOf.put(key.place(assessment, round, p), p));
		Map<Member.PersonId, Participation> found = new HashMap<>();
		for (ParticipationPort.Stored stored : places.find(personOf.keySet())) {
			Member.PersonId person = personOf.get(stored.id());
			found.put(person, participation(stored, person));
		}
		return found;
	}

	/**
	 * Moves the person from {@code from} to {@code to}; {@code finished} marks the end of their prompts.
	 * @return false when they were no longer at {@code from} (another click moved them first)
	 */
	boolean move(Assessment.AssessmentId assessment, int round, Member.PersonId person, int from, int to,
			boolean finished) {
		String id = key.place(assessment, round, person);
		Optional<ParticipationPort.Stored> stored = places.find(id);
		if (stored.isEmpty()) {
			return false;
		}
		Participation now = participation(stored.get(), person);
		if (now.position() != from) {
			return false;
		}
		if (now.position() == to && now.finished() == finished) {
			return true;
		}
		return places.replace(id, stored.get().place(), seal(id, to, finished));
	}

	/** A place as this version stores it. */
	ParticipationPort.Stored sealed(Assessment.AssessmentId assessment, int round, Member.PersonId person, int position,
			boolean finished) {
		String id = key.place(assessment, round, person);
		return new ParticipationPort.Stored(id, assessment, round, seal(id, position, finished));
	}

	private String seal(String id, int position, boolean finished) {
		return key.sealSmall(id, "place", position + "|" + (finished ? 1 : 0));
	}

	private Participation participation(ParticipationPort.Stored stored, Member.PersonId person) {
		String plain = key.openSmall(stored.id(), "place", stored.place())
			.orElseThrow(() -> new IllegalStateException("A place does not open with this anonymity key"
					+ " (was ACCORD_ANONYMITY_KEY changed?)"));
		String[] parts = plain.split("\\|");
		return new Participation(stored.assessmentId(), stored.round(), person, Integer.parseInt(parts[0]),
				"1".equals(parts[1]));
	}

}
