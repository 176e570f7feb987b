package org.accord.core.service;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Mention;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Answer;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Evidence;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Member;
import org.accord.core.domain.Participation;
import org.accord.core.domain.Response;
import org.accord.core.domain.Round;
import org.accord.core.consensus.ConsensusCalculator;
import org.accord.core.consensus.CriterionResult;
import org.accord.core.consensus.PlainWords;
import org.accord.core.consensus.Rating;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.Caller;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.DeliveryPort;
import org.accord.core.port.out.PartnershipPort;

/**
 * The collection conversation: one criterion a prompt; answers stored under the member's pseudonym before
 * anything is acknowledged; the member's place kept by compare-and-set so a double click moves it once.
 */
public final class ConversationService {

	private final Boards boards;

	private final AssessmentPort assessments;

	private final Ballots ballots;

	private final Places places;

	private final FrameworkCatalog frameworks;

	private final Random random = new SecureRandom();

	private final PartnershipPort partnerships;

	private final NudgePlanner planner;

	private final DeliveryPort reach;

	ConversationService(Boards boards, AssessmentPort assessments, Ballots ballots, Places places,
			FrameworkCatalog frameworks, PartnershipPort partnerships, NudgePlanner planner, DeliveryPort reach) {
		this.reach = reach;
		this.partnerships = partnerships;
		this.planner = planner;
		this.boards = boards;
		this.assessments = assessments;
		this.ballots = ballots;
		this.places = places;
		this.frameworks = frameworks;
	}

	Outcome act(Caller caller, ButtonAction action) {
		Optional<Rater> found = rater(caller, new Assessment.AssessmentId(action.assessmentId()), action.round());
		if (found.isEmpty()) {
			return refusal(caller, new Assessment.AssessmentId(action.assessmentId()), action.round());
		}
		Rater rater = found.get();
		if (action.kind() == ButtonAction.Kind.CONTINUE) {
			return continueFrom(rater, action.criterionId());
		}
		int index = rater.indexOf(action.criterionId());
		if (index < 0) {
			return Outcome.reply("That criterion is not part of this assessment.");
		}
		return switch (action.kind()) {
			case RATE -> rate(rater, index, action.levelKey());
			case DONT_KNOW -> answer(rater, index, Answer.DONT_KNOW);
			case KEEP -> keep(rater, index);
			case SKIP -> skip(rater, index);
			case BACK -> back(rater, index);
			case EVIDENCE -> Outcome.builder()
				.openForm(PromptCards.evidenceForm(rater.framework, action.criterionId(), ButtonAction
					.of(ButtonAction.Kind.EVIDENCE, action.assessmentId(), action.round(), action.criterionId()).encode(),
						evidenceOf(rater, action.criterionId())))
				.build();
			default -> Outcome.reply("That button is not one of a prompt's.");
		};
	}

	Outcome submitEvidence(Caller caller, ButtonAction action, Evidence evidence) {
		Optional<Rater> found = rater(caller, new Assessment.AssessmentId(action.assessmentId()), action.round());
		if (found.isEmpty()) {
			return refusal(caller, new Assessment.AssessmentId(action.assessmentId()), action.round());
		}
		Rater rater = found.get();
		if (rater.indexOf(action.criterionId()) < 0) {
			return Outcome.reply("That criterion is not part of this assessment.");
		}
		ballots.saveEvidence(rater.assessment, rater.member.id(), action.criterionId(), evidence);
		return Outcome.reply("Saved your evidence and comment for " + action.criterionId() + "."
				+ (evidence.withinLimits() ? "" : " Some of it was longer than the form allows and was cut to fit: "
						+ Evidence.TEXT_MAX + " characters for the evidence and the comment, " + Evidence.DOCUMENT_MAX
						+ " for the document."));
	}

	/** The first prompt of a round, or where the member left off; the end-of-round summary if they are done. */
	Outcome resume(Caller caller, Assessment assessment, Member member) {
		if (!ballots.takesPart(assessment, member.id())) {
			return Outcome.reply(notInThisRound(assessment));
		}
		Rater rater = new Rater(assessment, frameworkOf(assessment), member);
		Participation place = places.join(assessment.id(), assessment.round(), member.id());
		if (place.position() >= rater.criteria.size()) {
			return Outcome.builder()
				.direct(caller.user(), PromptCards.summary(assessment, rater.framework, rater.criteria, rater.mine(), true))
				.build();
		}
		return Outcome.builder().direct(caller.user(), promptAt(rater, place.position())).build();
	}

	/**
	 * Opens the assessment's current round for its raters at once: every response and place of the round is
	 * made now, in one random order, and each rater who takes part gets the introduction and the first prompt.
	 * In a consensus round that is those who were carried into it; who joined after gets nothing to rate.
	 */
	Opening openRound(Assessment assessment, List<Member> raters) {
		ballots.open(assessment, raters.stream().map(Member::id).toList());
		List<Member> taking = raters.stream().filter(m -> ballots.takesPart(assessment, m.id())).toList();
		places.open(assessment.id(), assessment.round(), taking.stream().map(Member::id).toList());
		Outcome.Builder outcome = Outcome.builder();
		taking.forEach(member -> outcome.add(firstPrompt(assessment, member)));
		List<Member> left = raters.stream().filter(m -> !taking.contains(m)).toList();
		return new Opening(outcome.build(), taking, left);
	}

	/** What opening a round did: who was sent their prompts, and who has nothing to rate in it. */
	record Opening(Outcome outcome, List<Member> taking, List<Member> left) {
	}

	/** A rater who joins while a round is open: their responses and place, the introduction and first prompt. */
	Outcome open(Assessment assessment, Member member) {
		ballots.join(assessment, member.id());
		if (!ballots.takesPart(assessment, member.id())) {
			return Outcome.builder().direct(member.user(), Card.text(notInThisRound(assessment))).build();
		}
		places.join(assessment.id(), assessment.round(), member.id());
		return firstPrompt(assessment, member);
	}

	private Outcome firstPrompt(Assessment assessment, Member member) {
		Rater rater = new Rater(assessment, frameworkOf(assessment), member);
		partnerships.find(assessment.partnershipId()).ifPresent(p -> planner.round(p, assessment, member));
		Card introduction = assessment.round() == 1 ? PromptCards.introduction(assessment, rater.framework)
				: PromptCards.consensusIntroduction(assessment, rater.criteria);
		return Outcome.builder().direct(member.user(), introduction).direct(member.user(), promptAt(rater, 0)).build();
	}

	private static String notInThisRound(Assessment assessment) {
		return "Consensus round " + assessment.round() + " of *" + Verbatim.of(assessment.title()) + "* is open to the members who"
				+ " rated these criteria before; you joined the board after, so there is nothing for you to re-rate."
				+ " You will rate in the board's next assessment.";
	}

	/** Whether the member has a say in the assessment's current round. */
	boolean takesPart(Assessment assessment, Member member) {
		return ballots.takesPart(assessment, member.id());
	}

	/** Who cannot be written to first yet, with what they should do; empty when everyone can be reached. */
	String unreachable(List<Member> people) {
		List<String> names = people.stream().filter(m -> !reach.canReach(m.user()))
			.map(BoardService::mention).toList();
		return names.isEmpty() ? "" : " Not reachable yet: " + String.join(", ", names) + ". In Teams, Accord can write"
				+ " to someone only once they have opened a personal chat with it: ask them to install Accord and say hello;"
				+ " they will get their prompts then.";
	}

	Card mine(Assessment assessment, Member member) {
		Framework framework = frameworkOf(assessment);
		Map<String, Response> mine = ballots.mine(assessment, assessment.round(), member.id());
		boolean finished = places.find(assessment.id(), assessment.round(), member.id())
			.map(Participation::finished).orElse(false);
		return PromptCards.summary(assessment, framework, roundCriteria(assessment, framework), mine, finished);
	}

	Framework frameworkOf(Assessment assessment) {
		return frameworks.find(assessment.frameworkId())
			.orElseThrow(() -> new IllegalStateException("Framework " + assessment.frameworkId() + " is not installed"));
	}

	private Outcome rate(Rater rater, int index, String levelKey) {
		if (levelKey == null || rater.framework.scale().level(levelKey).isEmpty()) {
			return Outcome.reply("That is not a category of this framework's scale.");
		}
		return answer(rater, index, Answer.level(levelKey));
	}

	private Outcome answer(Rater rater, int index, Answer answer) {
		String criterionId = rater.criteria.get(index).id();
		ballots.saveAnswer(rater.assessment, rater.member.id(), criterionId, answer);
		Outcome.Builder outcome = Outcome.builder()
			.updateClicked(PromptCards.answered(rater.assessment, rater.framework, rater.criteria, index, answer,
					previous(rater, criterionId)));
		return outcome.add(advance(rater, index)).build();
	}

	/** In a consensus round: the member's answer of the last round, taken again. */
	private Outcome keep(Rater rater, int index) {
		PromptCards.Previous previous = previous(rater, rater.criteria.get(index).id());
		if (previous == null || previous.mine() == null || !previous.mine().isRating()) {
			return Outcome.reply("You gave no rating for this last round, so there is none to keep: choose a category.");
		}
		return answer(rater, index, previous.mine());
	}

	private Outcome skip(Rater rater, int index) {
		String criterionId = rater.criteria.get(index).id();
		Answer now = ballots.skipIfUnanswered(rater.assessment, rater.member.id(), criterionId);
		return Outcome.builder()
			.updateClicked(PromptCards.answered(rater.assessment, rater.framework, rater.criteria, index, now,
					previous(rater, criterionId)))
			.add(advance(rater, index))
			.build();
	}

	/**
	 * For a consensus round, the criterion's last closed round: its distribution (only with enough answers)
	 * and its rationales, freshly shuffled so their order says nothing about who wrote them.
	 */
	private PromptCards.Previous previous(Rater rater, String criterionId) {
		if (rater.assessment.round() == 1) {
			return null;
		}
		int last = 0;
		for (Round r : rater.assessment.rounds()) {
			if (r.number() < rater.assessment.round() && r.criteria().contains(criterionId)) {
				last = r.number();
			}
		}
		if (last == 0) {
			return null;
		}
		int lastRound = last;
		List<Response> all = ballots.criterion(rater.assessment.id(), lastRound, criterionId);
		List<Rating> ratings = all.stream().map(r -> new Rating(r.pseudonym().value(), criterionId, r.answer())).toList();
		CriterionResult result = ConsensusCalculator.round(rater.framework, lastRound, List.of(criterionId), ratings,
				rater.assessment.agreementThreshold(), rater.assessment.minimumToShow()).criteria().get(0);
		List<String> rationales = new ArrayList<>();
		// With too few answers even the words could tell whose rating is whose: none are shown either.
		for (Response r : result.shown() ? all : List.<Response>of()) {
			if (r.evidence() != null && r.evidence().comment() != null && !r.evidence().comment().isBlank()) {
				rationales.add(Verbatim.of(r.evidence().comment().strip()));
			}
			if (r.evidence() != null && r.evidence().text() != null && !r.evidence().text().isBlank()) {
				rationales.add("Evidence: " + Verbatim.of(r.evidence().text().strip()));
			}
		}
		Collections.shuffle(rationales, random);
		Answer mine = ballots.mine(rater.assessment, lastRound, rater.member.id(), criterionId)
			.map(Response::answer)
			.orElse(null);
		return new PromptCards.Previous(lastRound, PlainWords.counts(rater.framework, result), rationales, mine);
	}

	/**
	 * Moves the member past {@code index} if that is where they are. An answer on an older prompt, or the
	 * second of a double click, changes the answer but not the place, and so posts nothing new.
	 */
	private Outcome advance(Rater rater, int index) {
		Participation place = places.join(rater.assessment.id(), rater.assessment.round(), rater.member.id());
		if (place.position() != index) {
			return Outcome.builder().build();
		}
		int next = index + 1;
		boolean end = next >= rater.criteria.size();
		if (!places.move(rater.assessment.id(), rater.assessment.round(), rater.member.id(), index, next,
				end || place.finished())) {
			return Outcome.builder().build();
		}
		if (end) {
			return Outcome.builder()
				.direct(rater.member.user(),
						PromptCards.summary(rater.assessment, rater.framework, rater.criteria, rater.mine(), true))
				.build();
		}
		return Outcome.builder().direct(rater.member.user(), promptAt(rater, next)).build();
	}

	private Outcome back(Rater rater, int index) {
		if (index == 0) {
			return Outcome.reply("This is the first criterion: there is nothing before it.");
		}
		Participation place = places.join(rater.assessment.id(), rater.assessment.round(), rater.member.id());
		places.move(rater.assessment.id(), rater.assessment.round(), rater.member.id(), place.position(),
				index - 1, place.finished());
		return Outcome.builder().direct(rater.member.user(), promptAt(rater, index - 1)).build();
	}

	private Outcome continueFrom(Rater rater, String criterionId) {
		Participation place = places.join(rater.assessment.id(), rater.assessment.round(), rater.member.id());
		int target = criterionId == null ? place.position() : rater.indexOf(criterionId);
		if (target < 0 || target >= rater.criteria.size()) {
			target = criterionId == null && place.finished() ? 0 : Math.max(0, Math.min(place.position(),
					rater.criteria.size() - 1));
		}
		places.move(rater.assessment.id(), rater.assessment.round(), rater.member.id(), place.position(), target,
				place.finished());
		return Outcome.builder().direct(rater.member.user(), promptAt(rater, target)).build();
	}

	private Card promptAt(Rater rater, int index) {
		Criterion criterion = rater.criteria.get(index);
		return PromptCards.prompt(rater.assessment, rater.framework, rater.criteria, index,
				rater.mine(criterion.id()).orElse(null), previous(rater, criterion.id()));
	}

	private Evidence evidenceOf(Rater rater, String criterionId) {
		Response response = rater.mine(criterionId).orElse(null);
		return response == null ? null : response.evidence();
	}

	/** The caller as a rater of this assessment's current round, if they may answer it now. */
	private Optional<Rater> rater(Caller caller, Assessment.AssessmentId id, int round) {
		Optional<Boards.Seat> seat = boards.seat(caller.user());
		Optional<Assessment> assessment = assessments.find(id);
		if (seat.isEmpty() || seat.get().member().isEmpty() || assessment.isEmpty()
				|| !assessment.get().partnershipId().equals(seat.get().partnership().id())) {
			return Optional.empty();
		}
		Member member = seat.get().member().get();
		Assessment a = assessment.get();
		if (!member.role().rates() || !a.acceptsAnswers() || a.round() != round || !ballots.takesPart(a, member.id())) {
			return Optional.empty();
		}
		return Optional.of(new Rater(a, frameworkOf(a), member));
	}

	/** Says kindly why an answer was not taken, without saying anything about anyone else. */
	private Outcome refusal(Caller caller, Assessment.AssessmentId id, int round) {
		Optional<Boards.Seat> seat = boards.seat(caller.user());
		if (seat.isEmpty() || seat.get().member().isEmpty()) {
			return Outcome.reply("You are not on this board, so Accord cannot take an answer from you. Ask the chair to add you.");
		}
		Optional<Assessment> assessment = assessments.find(id);
		if (assessment.isEmpty() || !assessment.get().partnershipId().equals(seat.get().partnership().id())) {
			return Outcome.reply("That assessment is not one of your board's.");
		}
		if (!seat.get().member().get().role().rates()) {
			return Outcome.reply("As facilitator you follow the assessment but do not rate.");
		}
		if (assessment.get().round() != round || !assessment.get().acceptsAnswers()) {
			return Outcome.reply("Thank you, but this round has closed, so that answer was not recorded. Your earlier answers are kept.");
		}
		if (!ballots.takesPart(assessment.get(), seat.get().member().get().id())) {
			return Outcome.reply(notInThisRound(assessment.get()));
		}
		return Outcome.reply("That answer could not be taken.");
	}

	/** The criteria of the assessment's current round, in framework order. */
	static List<Criterion> roundCriteria(Assessment assessment, Framework framework) {
		List<String> ids = assessment.currentRound().criteria();
		return framework.criteria().stream().filter(c -> ids.contains(c.id())).toList();
	}

	/** A member answering a round, with what every step needs at hand. */
	private final class Rater {

		private final Assessment assessment;

		private final Framework framework;

		private final Member member;

		private final List<Criterion> criteria;

		Rater(Assessment assessment, Framework framework, Member member) {
			this.assessment = assessment;
			this.framework = framework;
			this.member = member;
			this.criteria = roundCriteria(assessment, framework);
		}

		int indexOf(String criterionId) {
			for (int i = 0; i < criteria.size(); i++) {
				if (criteria.get(i).id().equals(criterionId)) {
					return i;
				}
			}
			return -1;
		}

		Map<String, Response> mine() {
			return ballots.mine(assessment, assessment.round(), member.id());
		}

		/** On every click: one response by its key, not the member's whole round. */
		Optional<Response> mine(String criterionId) {
			return ballots.mine(assessment, assessment.round(), member.id(), criterionId);
		}

	}

}
