package org.accord.core.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.core.domain.Assessment;
import org.accord.core.domain.Member;
import org.accord.core.domain.Participation;
import org.accord.core.domain.Partnership.PartnershipId;
import org.accord.core.port.out.MemberPort;

/** How many of a round's raters have finished, started or not started; never who answered what. */
final class RoundProgress {

	private final MemberPort members;

	private final Places places;

	private final ConversationService conversation;

	RoundProgress(MemberPort members, Places places, ConversationService conversation) {
		this.members = members;
		this.places = places;
		this.conversation = conversation;
	}

	Counts of(Assessment assessment, PartnershipId board) {
		List<Member> raters = members.board(board).stream()
			.filter(m -> m.role().rates() && conversation.takesPart(assessment, m))
			.toList();
		Map<Member.PersonId, Participation> found = places.of(assessment.id(), assessment.round(),
				raters.stream().map(Member::id).toList());
		int finished = 0;
		int started = 0;
		for (Member rater : raters) {
			Optional<Participation> p = Optional.ofNullable(found.get(rater.id()));
			if (p.map(Participation::finished).orElse(false)) {
				finished++;
			}
			else if (p.map(Participation::started).orElse(false)) {
				started++;
			}
		}
		return new Counts(finished, started, raters.size() - finished - started);
	}

	record Counts(int finished, int started, int notStarted) {

		int total() {
			return finished + started + notStarted;
		}

		int unfinished() {
			return started + notStarted;
		}

	}

}
