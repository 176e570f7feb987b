package org.accord.core.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A follow-up from the consensus, as the seeds' action plans have them (Issue / Action / When /
 * Milestone / Owner), monitored until discharged.
 *
 * @param number the plan's own numbering, so people can say "action 3"
 * @param requestedDue a new date the owner asked for, awaiting the chair
 */
public record Action(ActionId id, Partnership.PartnershipId partnershipId, int number, String issue, String text,
		List<String> criteria, Member.PersonId owner, PlatformUser ownerUser, LocalDate due, String milestone,
		Status status, List<Note> notes, LocalDate requestedDue, long version) {

	public Action {
		criteria = List.copyOf(criteria);
		notes = List.copyOf(notes);
	}

	public record ActionId(String value) {
	}

	public enum Status {

		DRAFT, OPEN, IN_PROGRESS, DONE, DISCHARGED, DROPPED;

		/** Still to be nudged about. */
		public boolean live() {
			return this == OPEN || this == IN_PROGRESS;
		}

		public String words() {
			return name().toLowerCase().replace('_', ' ');
		}

	}

	/** A dated progress note. */
	public record Note(LocalDate date, String text) {
	}

	public Action withStatus(Status next) {
		return new Action(id, partnershipId, number, issue, text, criteria, owner, ownerUser, due, milestone, next, notes,
				requestedDue, version);
	}

	public Action withNote(LocalDate date, String note) {
		List<Note> more = new ArrayList<>(notes);
		more.add(new Note(date, note));
		return new Action(id, partnershipId, number, issue, text, criteria, owner, ownerUser, due, milestone,
				status == Status.OPEN ? Status.IN_PROGRESS : status, more, requestedDue, version);
	}

	public Action withRequestedDue(LocalDate date) {
		return new Action(id, partnershipId, number, issue, text, criteria, owner, ownerUser, due, milestone, status, notes,
				date, version);
	}

	public Action withDue(LocalDate date) {
		return new Action(id, partnershipId, number, issue, text, criteria, owner, ownerUser, date, milestone, status, notes,
				null, version);
	}

	public Action withPlan(String newText, Member owner, LocalDate newDue, String newMilestone) {
		return new Action(id, partnershipId, number, issue, newText, criteria, owner.id(), owner.user(), newDue, newMilestone,
				Status.OPEN, notes, null, version);
	}

	public boolean overdue(LocalDate today) {
		return status.live() && due != null && due.isBefore(today);
	}

	/** A draft for a criterion the board settled low: no owner, date or milestone until the chair accepts it. */
	public static Action draftFor(ActionId id, Partnership.PartnershipId partnership, Criterion criterion) {
		return new Action(id, partnership, 0, criterion.id() + " " + criterion.title(), "Address " + criterion.id() + ": "
				+ criterion.title(), List.of(criterion.id()), null, null, null, null, Status.DRAFT, List.of(), null, 0);
	}

	/**
	 * An action the chair adds, open from the start; the plan numbers it when it is stored.
	 *
	 * @param owner the owner's membership, or null for someone not (yet) on the board
	 */
	public static Action added(ActionId id, Partnership.PartnershipId partnership, String issue, String text,
			List<String> criteria, Member.PersonId owner, PlatformUser ownerUser, LocalDate due, String milestone) {
		return new Action(id, partnership, 0, issue, text, criteria, owner, ownerUser, due, milestone, Status.OPEN, List.of(),
				null, 0);
	}

	/**
	 * Who may answer for an action (done, progress, a new date): its owner, who need not sit on the board, or the
	 * chair, who answers for an owner who cannot.
	 *
	 * @param role the person's role on the board, or null when they are not on it
	 */
	public boolean answerableBy(PlatformUser user, Role role) {
		return user.equals(ownerUser) || role == Role.CHAIR;
	}

	/** Answers apply while the action is live: a draft has nobody to answer, and a closed one is past answering. */
	public boolean answerable() {
		return status.live();
	}

	public Action markedDone(LocalDate today) {
		requireAnswerable();
		return withNote(today, "Done").withStatus(Status.DONE);
	}

	/** Done pressed by mistake, taken back: the action is in progress again, with a note saying so. */
	public Action doneUndone(LocalDate today) {
		if (status != Status.DONE) {
			throw new IllegalStateException("Only an action marked done can be taken back");
		}
		return withStatus(Status.IN_PROGRESS).withNote(today, "Not done after all (Done taken back)");
	}

	/** A progress note; the first one puts an open action in progress. */
	public Action progressed(LocalDate today, String note) {
		requireAnswerable();
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("A progress note needs its words");
		}
		return withNote(today, note.strip());
	}

	/** The owner asks for a new date; the due date stands until the chair accepts it. */
	public Action newDateAsked(LocalDate date) {
		requireAnswerable();
		return withRequestedDue(date);
	}

	/** The chair moves the date; any date the owner asked for is answered by it. */
	public Action dueMoved(LocalDate date) {
		requireAnswerable();
		return withDue(date);
	}

	public boolean newDateWaiting() {
		return requestedDue != null;
	}

	public Action newDateAccepted() {
		if (requestedDue == null) {
			throw new IllegalStateException("No new date is waiting for action " + number);
		}
		return withDue(requestedDue);
	}

	/** The chair keeps the due date: the date the owner asked for is answered, and nothing else moves. */
	public Action newDateDeclined() {
		if (requestedDue == null) {
			throw new IllegalStateException("No new date is waiting for action " + number);
		}
		return withRequestedDue(null);
	}

	public boolean isDraft() {
		return status == Status.DRAFT;
	}

	/**
	 * The chair accepts a draft: it opens with an owner, a date and a milestone, and its words as the chair edited
	 * them. Accepting it once more would overwrite the plan its owner was given, so a second accept is refused.
	 *
	 * @param newText null to keep the draft's words
	 */
	public Action accepted(String newText, Member newOwner, LocalDate newDue, String newMilestone) {
		if (!isDraft()) {
			throw new IllegalStateException("Action " + number + " is no longer a draft");
		}
		return withPlan(newText == null ? text : newText, newOwner, newDue, newMilestone);
	}

	/** A draft is accepted or dropped, never discharged: nothing was done to discharge. */
	public boolean dischargeable() {
		return status != Status.DRAFT && status != Status.DISCHARGED;
	}

	public Action discharged() {
		if (!dischargeable()) {
			throw new IllegalStateException("Action " + number + " cannot be discharged as " + status.words());
		}
		return withStatus(Status.DISCHARGED);
	}

	public boolean droppable() {
		return status != Status.DROPPED;
	}

	public Action dropped() {
		if (!droppable()) {
			throw new IllegalStateException("Action " + number + " is dropped already");
		}
		return withStatus(Status.DROPPED);
	}

	private void requireAnswerable() {
		if (!answerable()) {
			throw new IllegalStateException("Action " + number + " is " + status.words());
		}
	}

}
