package org.accord.core.service;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.accord.core.domain.Answer;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Evidence;
import org.accord.core.domain.Member;
import org.accord.core.domain.Response;
import org.accord.core.domain.Round;
import org.accord.core.port.out.ResponsePort;

/**
 * The members' responses, sealed. Every response of a round is made when the round opens, for every rater and
 * criterion at once and in a random order, so the store's counts, order and sizes say nothing about who has
 * answered what or how far anyone has got; answering only changes a sealed field in place. A consensus round
 * starts from every answer of the criterion's last round, carried forward: a member who does not re-rate keeps
 * their rating, so no count ever drops by one member's answer from one round to the next.
 */
final class Ballots {

	private static final String UNANSWERED = "";

	private final ResponsePort responses;

	private final AnonymityKey key;

	private final Random random = new SecureRandom();

	Ballots(ResponsePort responses, AnonymityKey key) {
		this.responses = responses;
		this.key = key;
	}

	/**
	 * Makes the responses of the assessment's current round: in round 1 one per rater and criterion; in a
	 * consensus round one for every response of each criterion's last round, carrying its answer.
	 */
	void open(Assessment assessment, Collection<Member.PersonId> raters) {
		Round round = assessment.currentRound();
		List<ResponsePort.Stored> made = new ArrayList<>();
		if (round.number() == 1) {
			for (Member.PersonId rater : raters) {
				made.addAll(blank(assessment, rater));
			}
		}
		else {
			for (String criterionId : round.criteria()) {
				int last = lastRoundBefore(assessment, criterionId, round.number());
				for (ResponsePort.Stored previous : responses.criterion(assessment.id(), last, criterionId)) {
					String id = key.next(new Response.Pseudonym(previous.id())).value();
					String code = key.openSmall(previous.id(), "answer", previous.answer()).map(Ballots::answerCodeOf)
						.orElse(null);
					made.add(stored(assessment.id(), round.number(), criterionId, id, sealAnswer(id, code, code != null),
							sealEvidence(id, Evidence.NONE)));
				}
			}
		}
		Collections.shuffle(made, random);
		responses.insertAll(made);
	}

	/**
	 * A rater who joins the board while round 1 is open gets their responses then. A consensus round re-rates
	 * what was rated before: someone who joined after has nothing in it, since their first rating would stand
	 * out of the counts as theirs alone.
	 */
	void join(Assessment assessment, Member.PersonId rater) {
		if (assessment.round() == 1) {
			List<ResponsePort.Stored> made = blank(assessment, rater);
			Collections.shuffle(made, random);
			responses.insertAll(made);
		}
	}

	/** Whether the person has a say in the current round: everyone in round 1, those carried into a later one. */
	boolean takesPart(Assessment assessment, Member.PersonId person) {
		if (assessment.round() == 1) {
			return true;
		}
		List<String> ids = assessment.currentRound().criteria().stream()
			.map(c -> key.response(assessment, assessment.round(), c, person).value())
			.toList();
		return !responses.find(ids).isEmpty();
	}

	Optional<Response> mine(Assessment assessment, int round, Member.PersonId person, String criterionId) {
		return responses.find(key.response(assessment, round, criterionId, person).value()).map(this::open);
	}

	/** The person's response among a criterion's responses read already, found by its id without a store call. */
	Optional<Response> mineAmong(List<Response> criterion, Assessment assessment, int round, Member.PersonId person,
			String criterionId) {
		String id = key.response(assessment, round, criterionId, person).value();
		return criterion.stream().filter(r -> r.pseudonym().value().equals(id)).findFirst();
	}

	/** The person's responses in a round, by criterion id. */
	Map<String, Response> mine(Assessment assessment, int round, Member.PersonId person) {
		Map<String, String> criterionOf = new LinkedHashMap<>();
		assessment.round(round).ifPresent(r -> r.criteria()
			.forEach(c -> criterionOf.put(key.response(assessment, round, c, person).value(), c)));
		Map<String, Response> mine = new LinkedHashMap<>();
		for (ResponsePort.Stored stored : responses.find(criterionOf.keySet())) {
			Response response = open(stored);
			mine.put(response.criterionId(), response);
		}
		return mine;
	}

	/** Every response of a round, opened, for collated figures. */
	List<Response> round(Assessment.AssessmentId assessment, int round) {
		return responses.round(assessment, round).stream().map(this::open).toList();
	}

	/** Every response to one criterion in a round, opened. */
	List<Response> criterion(Assessment.AssessmentId assessment, int round, String criterionId) {
		return responses.criterion(assessment, round, criterionId).stream().map(this::open).toList();
	}

	void saveAnswer(Assessment assessment, Member.PersonId person, String criterionId, Answer answer) {
		String id = key.response(assessment, assessment.round(), criterionId, person).value();
		responses.saveAnswer(stored(assessment.id(), assessment.round(), criterionId, id,
				sealAnswer(id, answer.code(), false), sealEvidence(id, Evidence.NONE)));
	}

	void saveEvidence(Assessment assessment, Member.PersonId person, String criterionId, Evidence evidence) {
		String id = key.response(assessment, assessment.round(), criterionId, person).value();
		responses.saveEvidence(stored(assessment.id(), assessment.round(), criterionId, id,
				sealAnswer(id, UNANSWERED, false), sealEvidence(id, evidence.limited())));
	}

	/** Records a skip unless the criterion has an answer already (skipping must not erase one); the answer it has now. */
	Answer skipIfUnanswered(Assessment assessment, Member.PersonId person, String criterionId) {
		String id = key.response(assessment, assessment.round(), criterionId, person).value();
		for (int attempt = 0; attempt < 3; attempt++) {
			Optional<ResponsePort.Stored> stored = responses.find(id);
			if (stored.isEmpty()) {
				responses.saveAnswer(stored(assessment.id(), assessment.round(), criterionId, id,
						sealAnswer(id, Answer.SKIPPED.code(), false), sealEvidence(id, Evidence.NONE)));
				return Answer.SKIPPED;
			}
			Response now = open(stored.get());
			if (now.answer() != null) {
				return now.answer();
			}
			if (responses.replaceAnswer(id, stored.get().answer(), sealAnswer(id, Answer.SKIPPED.code(), false))) {
				return Answer.SKIPPED;
			}
		}
		return mine(assessment, assessment.round(), person, criterionId).map(Response::answer).orElse(Answer.SKIPPED);
	}

	/** A response as this version stores it, under the given id. */
	ResponsePort.Stored sealed(Assessment.AssessmentId assessment, int round, String criterionId, String id, Answer answer,
			Evidence evidence) {
		return stored(assessment, round, criterionId, id, sealAnswer(id, answer == null ? null : answer.code(), false),
				sealEvidence(id, evidence.limited()));
	}

	private List<ResponsePort.Stored> blank(Assessment assessment, Member.PersonId rater) {
		List<ResponsePort.Stored> made = new ArrayList<>();
		for (String criterionId : assessment.currentRound().criteria()) {
			String id = key.response(assessment, assessment.round(), criterionId, rater).value();
			made.add(stored(assessment.id(), assessment.round(), criterionId, id, sealAnswer(id, UNANSWERED, false),
					sealEvidence(id, Evidence.NONE)));
		}
		return made;
	}

	private static int lastRoundBefore(Assessment assessment, String criterionId, int round) {
		int last = 1;
		for (Round r : assessment.rounds()) {
			if (r.number() < round && r.criteria().contains(criterionId)) {
				last = r.number();
			}
		}
		return last;
	}

	private Response open(ResponsePort.Stored stored) {
		String plain = key.openSmall(stored.id(), "answer", stored.answer())
			.orElseThrow(() -> new IllegalStateException("A response does not open with this anonymity key"
					+ " (was ACCORD_ANONYMITY_KEY changed?)"));
		String code = answerCodeOf(plain);
		Evidence evidence = key.openEvidence(stored.id(), stored.evidence()).map(Ballots::evidenceOf).orElse(Evidence.NONE);
		return new Response(stored.assessmentId(), stored.round(), new Response.Pseudonym(stored.id()),
				stored.criterionId(), code == null ? null : Answer.fromCode(code), evidence,
				code != null && plain.startsWith("c"));
	}

	/** "c" or "-" (carried or not), then the answer's code; nothing after it while unanswered. */
	private String sealAnswer(String id, String code, boolean carried) {
		return key.sealSmall(id, "answer", (carried ? "c" : "-") + (code == null ? UNANSWERED : code));
	}

	static String answerCodeOf(String plain) {
		return plain.length() <= 1 ? null : plain.substring(1);
	}

	private String sealEvidence(String id, Evidence e) {
		return key.sealEvidence(id, String.join("\u0000", field(e.text()), field(e.document()), field(e.page()),
				field(e.paragraph()), field(e.comment())));
	}

	private static String field(String s) {
		return s == null ? "" : s.replace("\u0000", "");
	}

	private static Evidence evidenceOf(String plain) {
		String[] f = plain.split("\u0000", -1);
		if (f.length != 5) {
			return Evidence.NONE;
		}
		return new Evidence(blankToNull(f[0]), blankToNull(f[1]), blankToNull(f[2]), blankToNull(f[3]), blankToNull(f[4]));
	}

	private static String blankToNull(String s) {
		return s.isEmpty() ? null : s;
	}

	private static ResponsePort.Stored stored(Assessment.AssessmentId assessment, int round, String criterionId, String id,
			String answer, String evidence) {
		return new ResponsePort.Stored(id, assessment, round, criterionId, answer, evidence);
	}

}
