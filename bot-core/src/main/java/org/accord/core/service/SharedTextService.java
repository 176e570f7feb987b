package org.accord.core.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Form;
import org.accord.core.card.Outcome;
import org.accord.core.domain.AgreedText;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.EditSharedText;

/** The chair turns the members' anonymous entries into the board's shared evidence and comment for a criterion. */
final class SharedTextService implements EditSharedText {

	private static final String NOT_CHAIR = "Only the chair edits the board's agreed text.";

	private final ConsensusContext context;

	SharedTextService(ConsensusContext context) {
		this.context = context;
	}

	@Override
	public Outcome openForm(Caller caller, String assessmentId, String criterionId) {
		Optional<Boards.Seat> seat = context.boards().seat(caller.user());
		if (seat.isEmpty()) {
			return ConsensusContext.notOnBoard();
		}
		if (!seat.get().is(Role.CHAIR)) {
			return Outcome.reply(NOT_CHAIR);
		}
		Optional<Assessment> current = context.current(seat.get(), assessmentId);
		if (current.isEmpty()) {
			return Outcome.reply(assessmentId == null ? AssessmentChanges.NONE
					: "That button belongs to an assessment that is no longer under way.");
		}
		Assessment assessment = current.get();
		String id = criterionId == null ? null : criterionId.strip();
		if (id == null || context.framework(assessment).criterion(id).isEmpty()) {
			return Outcome.reply("Say which criterion, e.g. `" + caller.commandPrefix() + "text 1.2`.");
		}
		AgreedText text = assessment.agreedTexts().get(id);
		// The board's saved text, else the members' entries; a box takes 3,000 characters, and what does not
		// fit follows in a message, so that nothing a member wrote is dropped without a word.
		FittedText evidence = text != null ? new FittedText(text.evidence(), List.of())
				: FittedText.of(MembersEntries.of(context, assessment, id, true), Form.TEXT_MAX);
		FittedText comment = text != null ? new FittedText(text.comment(), List.of())
				: FittedText.of(MembersEntries.of(context, assessment, id, false), Form.TEXT_MAX);
		Outcome.Builder outcome = Outcome.builder()
			.openForm(new Form("Agreed text " + id, "Save",
					ButtonAction.of(ButtonAction.Kind.AGREED_TEXT, assessment.id().value(), assessment.round(), id).encode(),
					List.of(new Form.Input("evidence", "Evidence for " + id, "Drawn from members' anonymous evidence: edit it"
							+ " into the board's shared text" + notFitted(evidence), true, evidence.text()),
							new Form.Input("comment", "Additional comments", notFitted(comment).strip(), true, comment.text()))));
		if (!evidence.left().isEmpty()) {
			outcome.reply(FittedText.card("Evidence for " + id + " that did not fit in the form", evidence.left()));
		}
		if (!comment.left().isEmpty()) {
			outcome.reply(FittedText.card("Comments on " + id + " that did not fit in the form", comment.left()));
		}
		return outcome.build();
	}

	@Override
	public Outcome save(Caller caller, Command command) {
		Optional<Boards.Seat> seat = context.boards().seat(caller.user());
		if (seat.isEmpty()) {
			return ConsensusContext.notOnBoard();
		}
		if (!seat.get().is(Role.CHAIR)) {
			return Outcome.reply(NOT_CHAIR);
		}
		String id = command.criterionId();
		return context.changes().change(seat.get().partnership().id(), command.assessmentId(), assessment -> {
			if (context.framework(assessment).criterion(id).isEmpty()) {
				return AssessmentChanges.Change.refuse("There is no criterion " + id + " in this framework.");
			}
			if (!assessment.reconcilable()) {
				return AssessmentChanges.Change.refuse(ConsensusContext.FINAL);
			}
			return AssessmentChanges.Change.to(assessment.withSharedText(id, new AgreedText(command.evidence(), command.comment())),
					"Saved the board's text for " + id + "." + ConsensusContext.voided(assessment));
		});
	}

	private static String notFitted(FittedText text) {
		int left = text.left().size();
		return left == 0 ? "" : " (" + left + (left == 1 ? " entry" : " entries") + " did not fit in "
				+ String.format(Locale.UK, "%,d", Form.TEXT_MAX) + " characters: they follow in a message)";
	}

}
