package org.accord.core.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Form;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Endorsement;
import org.accord.core.domain.Member;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.DeclineEndorsement;
import org.accord.core.port.in.Endorse;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;

/**
 * An authority's answer to the request: endorsed, or declined with a reason. The chair hears each; when the last
 * one endorses, the form is final, the chair gets the final documents, and the plan's six-monthly review begins.
 */
final class EndorseService implements Endorse, DeclineEndorsement {

	private final Boards boards;

	private final AssessmentPort assessments;

	private final MemberPort members;

	private final Documents consensus;

	private final NudgePlanner planner;

	private final Clock clock;

	EndorseService(Boards boards, AssessmentPort assessments, MemberPort members, Documents consensus,
			NudgePlanner planner, Clock clock) {
		this.boards = boards;
		this.assessments = assessments;
		this.members = members;
		this.consensus = consensus;
		this.planner = planner;
		this.clock = clock;
	}

	@Override
	public Outcome endorse(Caller caller, Endorse.Command command) {
		return decide(caller, command.assessmentId(), command.formSeen(), Endorsement.Decision.ENDORSED, null);
	}

	@Override
	public Outcome openForm(Caller caller, String assessmentId, int round, String formSeen) {
		return Outcome.builder()
			.openForm(new Form("Decline endorsement", "Decline",
					new ButtonAction(ButtonAction.Kind.DECLINE, assessmentId, round, null, formSeen).encode(),
					List.of(new Form.Input("reason", "Why do you decline?", "The chair sees this with your agency", true, null)
						.needed("Please give a reason when you decline: the chair needs it to act on."))))
			.build();
	}

	@Override
	public Outcome decline(Caller caller, DeclineEndorsement.Command command) {
		return decide(caller, command.assessmentId(), command.formSeen(), Endorsement.Decision.DECLINED, command.reason());
	}

	private Outcome decide(Caller caller, String assessmentId, String formSeen, Endorsement.Decision decision, String reason) {
		Optional<Boards.Seat> seat = boards.seat(caller.user());
		if (seat.isEmpty() || seat.get().member().isEmpty()) {
			return Outcome.reply(PlanContext.NOT_ON_BOARD);
		}
		Boards.Seat mine = seat.get();
		Member me = mine.member().get();
		LocalDate today = LocalDate.now(clock);
		return CompareAndSet.change(
				() -> assessments.find(new Assessment.AssessmentId(assessmentId))
					.filter(a -> a.partnershipId().equals(mine.partnership().id()))
					.filter(a -> a.state() == Assessment.State.ENDORSING || a.state() == Assessment.State.FINAL),
				assessments::update,
				before -> {
					Optional<Endorsement> asked = before.endorsementOf(me.id());
					if (asked.isEmpty()) {
						return CompareAndSet.Change.refuse("Only the responsible-authority representatives asked can endorse this form.");
					}
					// A second press, or a press after the form became final, changes nothing and says where it stands.
					if (before.state() == Assessment.State.FINAL || decision == Endorsement.Decision.ENDORSED && before.endorsedBy(me.id())) {
						return CompareAndSet.Change.answer(Outcome.builder()
							.updateClicked(Card.text("You endorsed this form for " + asked.get().agency() + ".")).build());
					}
					if (!before.formFingerprint().equals(formSeen)) {
						return CompareAndSet.Change.answer(stale(before, me, decision));
					}
					return CompareAndSet.Change.to(before.answeredBy(me.id(), decision, reason, today),
							after -> answered(caller, mine, me, asked.get().agency(), decision, reason, today, after));
				},
				"This assessment is not waiting for endorsement.",
				"The assessment is changing fast right now; please try again.");
	}

	/**
	 * An answer to a request that showed an earlier form: nothing is recorded. The old request gives way to a line
	 * saying why, and the form as it stands comes again, with buttons that answer for it.
	 */
	private Outcome stale(Assessment now, Member me, Endorsement.Decision decision) {
		String tried = decision == Endorsement.Decision.ENDORSED ? "endorsement" : "decline";
		return Outcome.builder()
			.updateClicked(Card.text("This request showed an earlier form: the board has changed it since, so your " + tried
					+ " was not recorded. The form as it stands now follows: please answer that one."))
			.direct(me.user(), RequestEndorsementService.request(now, consensus.framework(now), me))
			.add(consensus.form(now, me.user()))
			.build();
	}

	/** "… is final": how many criteria the board placed in each category, from the lowest. */
	private String concluded(Assessment after) {
		var framework = consensus.framework(after);
		StringBuilder counts = new StringBuilder();
		for (var level : framework.scale().levels()) {
			long n = after.settlements().values().stream().filter(s -> s.levelKey().equals(level.key())).count();
			counts.append(counts.length() == 0 ? "" : " · ").append(level.label()).append(' ').append(n);
		}
		return "The board's self-assessment *" + Verbatim.of(after.title()) + "* is final: every responsible authority"
				+ " endorsed it. Where the board placed its " + framework.criterionCount() + " criteria: " + counts
				+ ". The chair has the form, and the action plan comes from it.";
	}

	private Outcome answered(Caller caller, Boards.Seat seat, Member me, String agency, Endorsement.Decision decision,
			String reason, LocalDate today, Assessment after) {
		boolean all = after.state() == Assessment.State.FINAL;
		boolean endorsed = decision == Endorsement.Decision.ENDORSED;
		Outcome.Builder outcome = Outcome.builder()
			.updateClicked(Card.text(endorsed ? "You endorsed this form for " + agency + " on " + today + ". Thank you."
					: "You declined to endorse this form for " + agency + ": " + Verbatim.of(reason)));
		if (!endorsed) {
			outcome.reply("Your reason has been passed to the chair.");
		}
		Optional<Member> chair = members.board(seat.partnership().id()).stream().filter(m -> m.role() == Role.CHAIR).findFirst();
		if (chair.isPresent()) {
			String line = endorsed
					? BoardService.mention(me.named(caller.name())) + " endorsed for " + agency + " (" + after.endorsedCount() + " of "
							+ after.endorsements().size() + ")."
					: BoardService.mention(me.named(caller.name())) + " declined to endorse for " + agency + ": " + Verbatim.of(reason);
			outcome.direct(chair.get().user(), Card.text(all
					? line + " Every responsible authority has endorsed: the assessment is final. The final documents follow."
					: line));
			if (all) {
				outcome.add(consensus.all(after, chair.get().user()));
			}
		}
		if (all) {
			// Everyone else on the board hears what it concluded; the chair has the documents, the endorser their answer.
			String concluded = concluded(after);
			for (Member m : members.board(seat.partnership().id())) {
				if (m.role() != Role.CHAIR && !m.id().equals(me.id())) {
					outcome.direct(m.user(), Card.text(concluded));
				}
			}
			// The plan is monitored every six months from here until every action is discharged.
			planner.review(seat.partnership(), LocalDate.now(clock.withZone(seat.partnership().timezone())));
		}
		return outcome.build();
	}

}
