package org.accord.core.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Member;
import org.accord.core.domain.Response;

/** A member answering a round, with what every step needs at hand. */
final class Rater {

	final Assessment assessment;

	final Framework framework;

	final Member member;

	final List<Criterion> criteria;

	private final Ballots ballots;

	Rater(Assessment assessment, Framework framework, Member member, Ballots ballots) {
		this.ballots = ballots;
		this.assessment = assessment;
		this.framework = framework;
		this.member = member;
		this.criteria = ConversationService.roundCriteria(assessment, framework);
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
