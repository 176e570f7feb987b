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

}
