package org.accord.core.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.core.domain.Answer;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Member;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;
import org.accord.core.port.out.UnsealedPort;

/**
 * Seals what an earlier Accord stored in the clear: each response goes under its own id, found again from
 * the member who gave it (recognised by the pseudonym they had), and each place under its own. A response
 * of someone no longer on the board keeps counting, under an id nobody can claim.
 */
final class Resealing {

	private final UnsealedPort unsealed;

	private final AssessmentPort assessments;

	private final MemberPort members;

	private final AnonymityKey key;

	private final Ballots ballots;

	private final Places places;

	Resealing(UnsealedPort unsealed, AssessmentPort assessments, MemberPort members, AnonymityKey key, Ballots ballots,
			Places places) {
		this.unsealed = unsealed;
		this.assessments = assessments;
		this.members = members;
		this.key = key;
		this.ballots = ballots;
		this.places = places;
	}

	/** @return how many responses and places were sealed */
	int[] run() {
		Map<String, Optional<Assessment>> assessmentOf = new HashMap<>();
		Map<String, Map<String, Member.PersonId>> personOf = new HashMap<>();
		int sealedResponses = 0;
		for (UnsealedPort.OldResponse old : unsealed.oldResponses()) {
			Optional<Assessment> assessment = assessmentOf.computeIfAbsent(old.assessmentId(),
					id -> assessments.find(new Assessment.AssessmentId(id)));
			if (assessment.isEmpty()) {
				continue;
			}
			Map<String, Member.PersonId> people = personOf.computeIfAbsent(old.assessmentId(), id -> pseudonyms(assessment.get()));
			Member.PersonId person = people.get(old.pseudonym());
			String id = person == null ? key.orphan(old.id()).value()
					: key.response(assessment.get(), old.round(), old.criterionId(), person).value();
			unsealed.replace(old, ballots.sealed(assessment.get().id(), old.round(), old.criterionId(), id,
					old.answer() == null ? null : Answer.fromCode(old.answer()), old.evidence()));
			sealedResponses++;
		}
		int sealedPlaces = 0;
		for (UnsealedPort.OldPlace old : unsealed.oldPlaces()) {
			unsealed.replace(old, places.sealed(new Assessment.AssessmentId(old.assessmentId()), old.round(),
					new Member.PersonId(old.personId()), old.position(), old.finished()));
			sealedPlaces++;
		}
		return new int[] { sealedResponses, sealedPlaces };
	}

	private Map<String, Member.PersonId> pseudonyms(Assessment assessment) {
		Map<String, Member.PersonId> people = new HashMap<>();
		List<Member> board = members.board(assessment.partnershipId());
		board.forEach(m -> people.put(key.earlierPseudonym(assessment.id(), m.id()), m.id()));
		return people;
	}

}
