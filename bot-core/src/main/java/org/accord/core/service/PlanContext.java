package org.accord.core.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.accord.core.card.Card;
import org.accord.core.card.Mention;
import org.accord.core.card.Outcome;
import org.accord.core.domain.Action;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Member;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.Role;
import org.accord.core.port.in.ActionRef;
import org.accord.core.port.in.Caller;
import org.accord.core.port.out.ActionPort;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;

/**
 * What the plan's use cases each need, and nothing of one another: the caller's seat, the action they name, its
 * compare-and-set, the board's chair and day.
 */
record PlanContext(Boards boards, ActionPort actions, AssessmentPort assessments, MemberPort members,
		ConversationService conversation, NudgePlanner planner, Clock clock) {

	static final String NOT_ON_BOARD = "You are not on this board.";

	static final String NOT_OURS = "That action is not one of your board's.";

	private static final String BUSY = "The action is changing right now; please try again.";

	/** The caller's seat, if they are on the board. */
	Optional<Boards.Seat> member(Caller caller) {
		return boards.seat(caller.user()).filter(seat -> seat.member().isPresent());
	}

	/**
	 * The action the caller names, on their own board; else why not. The caller need not sit on the board: an owner
	 * named from outside it answers for their action.
	 */
	Outcome withAction(Caller caller, ActionRef ref, BiFunction<Boards.Seat, Action, Outcome> then) {
		Optional<Boards.Seat> seat = boards.seat(caller.user());
		if (seat.isEmpty()) {
			return Outcome.reply(ref.byNumber() ? NOT_ON_BOARD : NOT_OURS);
		}
		Partnership.PartnershipId board = seat.get().partnership().id();
		Optional<Action> action = ref.byNumber() ? actions.byNumber(board, ref.number())
				: actions.find(new Action.ActionId(ref.id())).filter(a -> a.partnershipId().equals(board));
		if (action.isEmpty()) {
			return Outcome.reply(ref.byNumber() ? "There is no action " + ref.number() + " in your plan. See `"
					+ caller.commandPrefix() + "actions`." : NOT_OURS);
		}
		return then.apply(seat.get(), action.get());
	}

	/** The action a button or a form names by its id; a button without one names none of the board's. */
	Outcome withAction(Caller caller, String actionId, BiFunction<Boards.Seat, Action, Outcome> then) {
		return actionId == null || actionId.isBlank() ? Outcome.reply(NOT_OURS) : withAction(caller, ActionRef.id(actionId), then);
	}

	/** Changes the action by compare-and-set, deciding again on what is stored whenever someone wrote first. */
	Outcome change(Action action, Function<Action, CompareAndSet.Change<Action>> decide) {
		return CompareAndSet.change(() -> actions.find(action.id()), actions::update, decide, BUSY, BUSY);
	}

	static Role role(Boards.Seat seat) {
		return seat.member().map(Member::role).orElse(null);
	}

	static Outcome notYours(Action action) {
		return Outcome.reply("Only the action's owner or the chair can answer for action " + action.number() + ".");
	}

	/** Why an answer no longer applies: a draft is the chair's to accept first, a closed action is past answering. */
	static String notAnswerable(Action action, String closed) {
		return action.isDraft() ? "Action " + action.number() + " is a draft: accept or drop it."
				: "Action " + action.number() + " is " + action.status().words() + closed;
	}

	/** Why a date will not do as a due date, in the words every plan form and command uses. */
	static String notADate(String text) {
		return "'" + text + "' is not a date from today to the end of 2099: write it as YYYY-MM-DD.";
	}

	/** A due date from the board's today to the end of 2099. */
	boolean dueDate(Partnership partnership, LocalDate date) {
		return DueDates.problem(date, today(partnership)).isEmpty();
	}

	/** Today where the board is: a due date is the board's day, not the server's. */
	LocalDate today(Partnership partnership) {
		return LocalDate.now(clock.withZone(partnership.timezone()));
	}

	Optional<Member> chair(Partnership partnership) {
		return members.board(partnership.id()).stream().filter(m -> m.role() == Role.CHAIR).findFirst();
	}

	Optional<Framework> framework(Partnership partnership) {
		return assessments.current(partnership.id()).map(conversation::frameworkOf);
	}

	/** The person answering, named as the board knows them. */
	static String mention(Boards.Seat seat, Caller caller) {
		return Mention.of(caller.user(), caller.name() != null ? caller.name() : seat.member().map(Member::name).orElse(null));
	}

	/** Tells the chair what an owner did; the chair answering for an owner needs no telling. */
	Outcome tellChair(Boards.Seat seat, Caller caller, String text) {
		Optional<Member> chair = chair(seat.partnership());
		if (chair.isEmpty() || chair.get().user().equals(caller.user())) {
			return Outcome.builder().build();
		}
		return Outcome.builder().direct(chair.get().user(), Card.text(text)).build();
	}

}
