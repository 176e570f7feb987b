package org.accord.core.service;

import java.util.List;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Form;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Role;
import org.accord.core.domain.Settlement;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.SettleCriterion;

/** The chair settles what the members could not agree: a level and, if they like, a note on why. */
final class SettleCriterionService implements SettleCriterion {

	private static final String NOT_CHAIR = "Only the chair can settle a criterion.";

	private final ConsensusContext context;

	SettleCriterionService(ConsensusContext context) {
		this.context = context;
	}

	@Override
	public Outcome openForm(Caller caller, String assessmentId, String criterionId) {
		return ChairsForms.open(context, caller, assessmentId, NOT_CHAIR, (seat, assessment) -> {
			if (!assessment.reconcilable()) {
				return Outcome.reply(ConsensusContext.FINAL);
			}
			Framework framework = context.framework(assessment);
			List<String> disputed = assessment.disputed(framework.criterionIds());
			if (disputed.isEmpty()) {
				return Outcome.reply("Nothing is disputed: every criterion is settled. Next: `" + caller.commandPrefix() + "endorse`.");
			}
			// The criterion a button named comes first, so that it is on the menu however many are disputed.
			String chosen = criterionId != null && disputed.contains(criterionId) ? criterionId
					: disputed.size() == 1 ? disputed.get(0) : null;
			List<String> offered = new java.util.ArrayList<>(disputed);
			if (chosen != null && offered.indexOf(chosen) >= Form.Input.CHOICES_MAX) {
				offered.remove(chosen);
				offered.add(0, chosen);
			}
			List<Form.Choice> choices = offered.subList(0, Math.min(offered.size(), Form.Input.CHOICES_MAX)).stream()
				.map(id -> ConsensusContext.choice(framework, id)).toList();
			List<Form.Choice> levels = framework.scale().levels().stream().map(l -> new Form.Choice(l.key(), l.label())).toList();
			return Outcome.builder().openForm(new Form("Settle a criterion", "Settle",
					ButtonAction.of(ButtonAction.Kind.SETTLE, assessment.id().value(), assessment.round(), null).encode(),
					List.of(Form.Input.choice("criterion", "Disputed criterion", choices, chosen).needed("Choose the criterion to settle."),
							Form.Input.choice("level", "Settled at", levels, null).needed("Choose the category it is settled at."),
							new Form.Input("note", "Why (shown with the level)", "What the board weighed", true, null,
									Form.Type.TEXT, Settlement.NOTE_MAX)))).build();
		});
	}

	@Override
	public Outcome settle(Caller caller, Command command) {
		Optional<Boards.Seat> seat = context.boards().seat(caller.user());
		if (seat.isEmpty()) {
			return ConsensusContext.notOnBoard();
		}
		if (!seat.get().is(Role.CHAIR)) {
			return Outcome.reply(NOT_CHAIR);
		}
		String id = command.criterionId();
		return context.changes().change(seat.get().partnership().id(), command.assessmentId(), assessment -> {
			Framework framework = context.framework(assessment);
			if (framework.criterion(id).isEmpty()) {
				return AssessmentChanges.Change.refuse("There is no criterion " + id + " in this framework.");
			}
			Optional<String> refusal = refusal(assessment, id);
			if (refusal.isPresent()) {
				return AssessmentChanges.Change.refuse(refusal.get());
			}
			Optional<Level> level = command.levelKey() == null ? Optional.empty() : framework.scale().level(command.levelKey());
			if (level.isEmpty()) {
				return AssessmentChanges.Change.refuse("Choose the category " + id + " is settled at: one of " + String.join(", ",
						framework.scale().levels().stream().map(Level::label).toList()) + ".");
			}
			String note = command.note();
			String how = command.atMeeting() ? " agreed at the meeting: *" : " settled by the chair: *";
			return AssessmentChanges.Change.to(command.atMeeting() ? assessment.settledAtMeeting(id, level.get().key(), note)
					: assessment.settledByChair(id, level.get().key(), note),
					id + how + level.get().label() + "*" + (note == null ? "" : " (" + Verbatim.of(note) + ")")
							+ "." + ConsensusContext.voided(assessment));
		});
	}

	/** Why the chair may not settle the criterion now, in the words the domain's rule is made of. */
	private static Optional<String> refusal(Assessment assessment, String id) {
		if (assessment.settleableByChair(id)) {
			return Optional.empty();
		}
		if (assessment.roundOpen()) {
			return Optional.of("Round " + assessment.round() + " is open: close it before settling.");
		}
		if (!assessment.reconcilable()) {
			return Optional.of(ConsensusContext.FINAL);
		}
		return Optional.of(id + " was agreed by the members in round " + assessment.settlements().get(id).round()
				+ "; it stays as they agreed.");
	}

}
