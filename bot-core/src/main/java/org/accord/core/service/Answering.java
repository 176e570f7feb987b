package org.accord.core.service;

import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Outcome;
import org.accord.core.domain.Answer;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Evidence;
import org.accord.core.domain.Member;
import org.accord.core.domain.Participation;
import org.accord.core.port.in.Caller;
import org.accord.core.port.out.AssessmentPort;

/**
 * A member answering a prompt: a rating, "Don't know", keeping last round's, skipping, going back, evidence.
 * The answer is stored under the member's pseudonym before anything is acknowledged; the member's place moves
 * by compare-and-set, so a double click moves it once.
 */
final class Answering {

	private final Boards boards;

	private final AssessmentPort assessments;

	private final Ballots ballots;

	private final Places places;

	private final ConversationService conversation;

	private final RaterPrompts prompts;

	Answering(Boards boards, AssessmentPort assessments, Ballots ballots, Places places, ConversationService conversation,
			RaterPrompts prompts) {
		this.boards = boards;
		this.assessments = assessments;
		this.ballots = ballots;
		this.places = places;
		this.conversation = conversation;
		this.prompts = prompts;
	}

	Outcome act(Caller caller, ButtonAction action) {
		if (action.kind() == ButtonAction.Kind.DEFINITIONS) {
			// The framework's own words, the same for everyone: they stay a press away after the round closes too.
			return assessments.find(new Assessment.AssessmentId(action.assessmentId()))
				.map(a -> Outcome.reply(PromptCards.definitions(conversation.frameworkOf(a))))
				.orElseGet(() -> Outcome.reply("That assessment is no longer kept, so its categories cannot be shown."));
		}
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
			case RATIONALES -> {
				PromptCards.Previous previous = prompts.previous(rater, action.criterionId());
				yield previous == null ? Outcome.reply("There is no earlier round of " + action.criterionId() + " to read.")
						: Outcome.reply(PromptCards.rationales(action.criterionId(), previous));
			}
			case EVIDENCE -> Outcome.builder()
				.openForm(PromptCards.evidenceForm(rater.framework, action.criterionId(), ButtonAction
					.of(ButtonAction.Kind.EVIDENCE, action.assessmentId(), action.round(), action.criterionId()).encode(),
						prompts.evidenceOf(rater, action.criterionId())))
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
					prompts.previous(rater, criterionId)), RaterPrompts.slot(rater, index));
		return outcome.add(advance(rater, index)).build();
	}

	/** In a consensus round: the member's answer of the last round, taken again. */
	private Outcome keep(Rater rater, int index) {
		PromptCards.Previous previous = prompts.previous(rater, rater.criteria.get(index).id());
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
					prompts.previous(rater, criterionId)), RaterPrompts.slot(rater, index))
			.add(advance(rater, index))
			.build();
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
		return Outcome.builder().direct(rater.member.user(), prompts.promptAt(rater, next), RaterPrompts.slot(rater, next)).build();
	}

	private Outcome back(Rater rater, int index) {
		if (index == 0) {
			return Outcome.reply("This is the first criterion: there is nothing before it.");
		}
		Participation place = places.join(rater.assessment.id(), rater.assessment.round(), rater.member.id());
		places.move(rater.assessment.id(), rater.assessment.round(), rater.member.id(), place.position(),
				index - 1, place.finished());
		return Outcome.builder()
			.direct(rater.member.user(), prompts.promptAt(rater, index - 1), RaterPrompts.slot(rater, index - 1))
			.build();
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
		return Outcome.builder().direct(rater.member.user(), prompts.promptAt(rater, target), RaterPrompts.slot(rater, target))
			.build();
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
		return Optional.of(new Rater(a, conversation.frameworkOf(a), member, ballots));
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
			// The pressed prompt gives way to a line saying so: a closed round's prompt keeps no live buttons.
			return Outcome.builder()
				.updateClicked(Card.text("Round " + round + " has closed: this prompt takes no more answers."))
				.reply("Thank you, but this round has closed, so that answer was not recorded. Your earlier answers are kept (`"
						+ caller.commandPrefix() + "mine` shows them).")
				.build();
		}
		if (!ballots.takesPart(assessment.get(), seat.get().member().get().id())) {
			return Outcome.reply(ConversationService.notInThisRound(assessment.get()));
		}
		return Outcome.reply("That answer could not be taken.");
	}

}
