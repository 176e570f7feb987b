package org.accord.core.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Form;
import org.accord.core.card.Outcome;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Member;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.StartConsensusRound;
import org.accord.core.port.out.MemberPort;

/** The chair puts disputed criteria to the members again; each rater is sent the round's first prompt. */
final class StartConsensusRoundService implements StartConsensusRound {

	/** How long a consensus round runs unless the chair says otherwise: two weeks, time for one board meeting. */
	static final int ROUND_DAYS = 14;

	private static final String NOT_CHAIR = "Only the chair can start a consensus round.";

	private final ConsensusContext context;

	private final MemberPort members;

	private final ConversationService conversation;

	StartConsensusRoundService(ConsensusContext context, MemberPort members, ConversationService conversation) {
		this.context = context;
		this.members = members;
		this.conversation = conversation;
	}

	@Override
	public Outcome openForm(Caller caller, String assessmentId) {
		return ChairsForms.open(context, caller, assessmentId, NOT_CHAIR, (seat, assessment) -> {
			List<Form.Choice> disputed = assessment.disputed(context.framework(assessment).criterionIds()).stream()
				.map(id -> ConsensusContext.choice(context.framework(assessment), id)).toList();
			if (disputed.isEmpty()) {
				return Outcome.reply("Nothing is disputed: every criterion is settled. Next: `" + caller.commandPrefix() + "endorse`.");
			}
			// A menu holds 100 options; a framework with more disputed than that leaves the rest to `round 1.2 3.4`.
			disputed = disputed.subList(0, Math.min(disputed.size(), Form.Input.CHOICES_MAX));
			LocalDate due = context.today(seat.partnership()).plusDays(ROUND_DAYS);
			return Outcome.builder().openForm(new Form("Consensus round", "Open the round",
					ButtonAction.of(ButtonAction.Kind.ROUND_FORM, assessment.id().value(), assessment.round(), null).encode(),
					List.of(Form.Input.choices("criteria", "Disputed criteria to put to the board again", disputed,
							disputed.stream().map(Form.Choice::value).toList()).needed("Choose at least one criterion for the round."),
							Form.Input.date("due", "Due", due.toString())))).build();
		});
	}

	@Override
	public Outcome start(Caller caller, Command command) {
		Optional<Boards.Seat> seat = context.boards().seat(caller.user());
		if (seat.isEmpty()) {
			return ConsensusContext.notOnBoard();
		}
		if (!seat.get().is(Role.CHAIR)) {
			return Outcome.reply(NOT_CHAIR);
		}
		Optional<String> late = command.due() == null ? Optional.empty()
				: DueDates.problem(command.due(), context.today(seat.get().partnership()));
		return context.changes().change(seat.get().partnership().id(), command.assessmentId(), before -> {
			if (command.afterRound() != null && before.round() == command.afterRound() + 1) {
				// A second press of the same button, or a second submission of the same form: the first opened it.
				return AssessmentChanges.Change.refuse("Consensus round " + before.round() + " is open already: it opened"
						+ " at the first press, and its members have their prompts.");
			}
			if (command.afterRound() != null && before.round() != command.afterRound()) {
				return AssessmentChanges.Change.refuse("That form belongs to a round that is over; open the consensus view again.");
			}
			if (before.roundOpen()) {
				return AssessmentChanges.Change.refuse("Round " + before.round() + " is still open: close it first with `"
						+ caller.commandPrefix() + "close`.");
			}
			if (!before.takesConsensusRound()) {
				return AssessmentChanges.Change.refuse("Consensus rounds come before endorsement; this assessment is past that.");
			}
			if (late.isPresent()) {
				return AssessmentChanges.Change.refuse(late.get());
			}
			Framework framework = context.framework(before);
			Optional<String> refusal = refusal(framework, before, command.criteria());
			if (refusal.isPresent()) {
				return AssessmentChanges.Change.refuse(refusal.get());
			}
			List<String> criteria = command.criteria() == null ? before.disputed(framework.criterionIds())
					: framework.criterionIds().stream().filter(command.criteria()::contains).toList();
			if (criteria.isEmpty()) {
				return AssessmentChanges.Change.refuse("Nothing is disputed: every criterion is settled. Next: `"
						+ caller.commandPrefix() + "endorse`.");
			}
			return AssessmentChanges.Change.to(before.consensusRound(criteria, command.due()),
					after -> opened(seat.get(), after, criteria, command.due()));
		});
	}

	/** What stands in the way of the chosen criteria: not the framework's, or settled already. */
	private static Optional<String> refusal(Framework framework, Assessment assessment, List<String> chosen) {
		if (chosen == null) {
			return Optional.empty();
		}
		List<String> unknown = chosen.stream().filter(id -> framework.criterion(id).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			return Optional.of("Not criteria of this framework: " + String.join(", ", unknown) + ".");
		}
		List<String> settled = chosen.stream().filter(assessment.settlements()::containsKey).toList();
		if (!settled.isEmpty()) {
			return Optional.of("Already settled, so not for another round: " + String.join(", ", settled) + ".");
		}
		return Optional.empty();
	}

	/** The round is stored: now each rater is sent its first prompt, and the chair is told who was. */
	private Outcome opened(Boards.Seat seat, Assessment after, List<String> criteria, LocalDate due) {
		List<Member> raters = members.board(seat.partnership().id()).stream().filter(m -> m.role().rates()).toList();
		ConversationService.Opening opening = conversation.openRound(after, raters);
		return Outcome.builder().reply("Consensus round " + after.round() + " is open on "
				+ criteria.size() + (criteria.size() == 1 ? " criterion" : " criteria") + " (" + String.join(", ", criteria)
				+ ")" + (due == null ? "" : ", due " + due) + ". " + opening.taking().size()
				+ " people have been sent the anonymous distribution and rationales, and may keep or change their rating;"
				+ " a rating nobody changes stands as it was."
				+ (opening.left().isEmpty() ? "" : " " + opening.left().size() + (opening.left().size() == 1
						? " person who joined after round 1 has" : " people who joined after round 1 have")
						+ " nothing to re-rate in it.")
				+ conversation.unreachable(opening.taking()))
			.add(opening.outcome())
			.build();
	}

}
