package org.accord.core.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.accord.core.card.Mention;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Endorsement;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.ShowEndorsements;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;

/** Where endorsement stands, for the chair, the facilitator and the authorities: a member has nothing to act on in it. */
final class ShowEndorsementsService implements ShowEndorsements {

	private final Boards boards;

	private final AssessmentPort assessments;

	private final MemberPort members;

	ShowEndorsementsService(Boards boards, AssessmentPort assessments, MemberPort members) {
		this.boards = boards;
		this.assessments = assessments;
		this.members = members;
	}

	@Override
	public Outcome show(Caller caller) {
		Optional<Boards.Seat> seat = boards.seat(caller.user());
		if (seat.isEmpty()) {
			return Outcome.reply(PlanContext.NOT_ON_BOARD);
		}
		if (!seat.get().member().map(m -> m.role().seesParticipation() || m.role() == Role.AUTHORITY).orElse(false)) {
			return Outcome.reply("Endorsements are for the chair, the facilitator and the responsible authorities.");
		}
		Optional<Assessment> current = assessments.current(seat.get().partnership().id());
		if (current.isEmpty() || current.get().endorsements().isEmpty()) {
			return Outcome.reply("Endorsement has not been asked for yet.");
		}
		StringBuilder text = new StringBuilder("*Endorsements* · " + Verbatim.of(current.get().title())
				+ (current.get().state() == Assessment.State.FINAL ? " · final" : ""));
		Map<PlatformUser, String> names = new HashMap<>();
		members.board(seat.get().partnership().id()).forEach(m -> names.put(m.user(), m.name()));
		for (Endorsement e : current.get().endorsements()) {
			text.append("\n• ").append(Verbatim.of(e.agency())).append(": ").append(Mention.of(e.user(), names.get(e.user())))
				.append(" ")
				.append(switch (e.decision()) {
					case AWAITED -> "has not answered yet";
					case ENDORSED -> "endorsed on " + e.date();
					case DECLINED -> "declined on " + e.date() + ": " + Verbatim.of(e.reason());
				});
		}
		return Outcome.reply(text.toString());
	}

}
