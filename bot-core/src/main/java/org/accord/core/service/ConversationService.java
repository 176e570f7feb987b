package org.accord.core.service;

import java.util.List;
import java.util.Map;

import org.accord.core.card.Card;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Member;
import org.accord.core.domain.Participation;
import org.accord.core.domain.Response;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.Caller;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.DeliveryPort;
import org.accord.core.port.out.PartnershipPort;

/**
 * The collection conversation: a round opened for its raters (their responses and places made at once, in a
 * random order), where a member starts or resumes, and their own answers. Answering a prompt is {@link Answering}.
 */
public final class ConversationService {

	private final Boards boards;

	private final AssessmentPort assessments;

	private final Ballots ballots;

	private final Places places;

	private final FrameworkCatalog frameworks;

	private final RaterPrompts prompts;

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
		this.prompts = new RaterPrompts(ballots);
	}

	/** A rater's prompts, as the answering steps show them too. */
	RaterPrompts prompts() {
		return prompts;
	}

	/** The first prompt of a round, or where the member left off; the end-of-round summary if they are done. */
	Outcome resume(Caller caller, Assessment assessment, Member member) {
		if (!ballots.takesPart(assessment, member.id())) {
			return Outcome.reply(notInThisRound(assessment));
		}
		Rater rater = new Rater(assessment, frameworkOf(assessment), member, ballots);
		Participation place = places.join(assessment.id(), assessment.round(), member.id());
		if (place.position() >= rater.criteria.size()) {
			return Outcome.builder()
				.direct(caller.user(), PromptCards.summary(assessment, rater.framework, rater.criteria, rater.mine(), true))
				.build();
		}
		return Outcome.builder()
			.direct(caller.user(), prompts.promptAt(rater, place.position()), RaterPrompts.slot(rater, place.position()))
			.build();
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
		Rater rater = new Rater(assessment, frameworkOf(assessment), member, ballots);
		partnerships.find(assessment.partnershipId()).ifPresent(p -> planner.round(p, assessment, member));
		Card introduction = assessment.round() == 1 ? PromptCards.introduction(assessment, rater.framework)
				: PromptCards.consensusIntroduction(assessment, rater.criteria);
		return Outcome.builder().direct(member.user(), introduction)
			.direct(member.user(), prompts.promptAt(rater, 0), RaterPrompts.slot(rater, 0)).build();
	}

	static String notInThisRound(Assessment assessment) {
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

	/** The criteria of the assessment's current round, in framework order. */
	static List<Criterion> roundCriteria(Assessment assessment, Framework framework) {
		List<String> ids = assessment.currentRound().criteria();
		return framework.criteria().stream().filter(c -> ids.contains(c.id())).toList();
	}

}
