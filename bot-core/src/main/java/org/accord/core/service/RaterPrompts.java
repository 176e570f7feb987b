package org.accord.core.service;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.consensus.ConsensusCalculator;
import org.accord.core.consensus.CriterionResult;
import org.accord.core.consensus.PlainWords;
import org.accord.core.consensus.Rating;
import org.accord.core.domain.Answer;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Evidence;
import org.accord.core.domain.Response;
import org.accord.core.domain.Round;

/** A rater's prompt at a criterion: with, in a consensus round, how the board rated it the round before. */
final class RaterPrompts {

	private final Ballots ballots;

	private final Random random = new SecureRandom();

	RaterPrompts(Ballots ballots) {
		this.ballots = ballots;
	}

	/**
	 * For a consensus round, the criterion's last closed round: its distribution (only with enough answers)
	 * and its rationales, freshly shuffled so their order says nothing about who wrote them.
	 */
	PromptCards.Previous previous(Rater rater, String criterionId) {
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
		List<PromptCards.Rationale> rationales = new ArrayList<>();
		// With too few answers even the words could tell whose rating is whose: none are shown either.
		for (Response r : result.shown() ? all : List.<Response>of()) {
			if (r.evidence() != null && r.evidence().comment() != null && !r.evidence().comment().isBlank()) {
				rationales.add(new PromptCards.Rationale(false, r.evidence().comment().strip()));
			}
			if (r.evidence() != null && r.evidence().text() != null && !r.evidence().text().isBlank()) {
				rationales.add(new PromptCards.Rationale(true, r.evidence().text().strip()));
			}
		}
		Collections.shuffle(rationales, random);
		Answer mine = ballots.mineAmong(all, rater.assessment, lastRound, rater.member.id(), criterionId)
			.map(Response::answer)
			.orElse(null);
		return new PromptCards.Previous(lastRound, PlainWords.counts(rater.framework, result), rationales, mine);
	}

	/**
	 * Where a member's prompt of a criterion lives: one live message per criterion and round, so that going back or
	 * resuming never leaves an old copy to answer beside the new one.
	 */
	static Delivery.Slot slot(Rater rater, int index) {
		String criterion = rater.criteria.get(index).id();
		return new Delivery.Slot(rater.member.user(), "prompt " + rater.assessment.id().value() + " " + rater.assessment.round(),
				criterion, Card.text("_" + criterion + " moved: its prompt is now in a newer message below._"));
	}

	Card promptAt(Rater rater, int index) {
		Criterion criterion = rater.criteria.get(index);
		return PromptCards.prompt(rater.assessment, rater.framework, rater.criteria, index,
				rater.mine(criterion.id()).orElse(null), previous(rater, criterion.id()));
	}

	Evidence evidenceOf(Rater rater, String criterionId) {
		Response response = rater.mine(criterionId).orElse(null);
		return response == null ? null : response.evidence();
	}

}
