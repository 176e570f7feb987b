package org.accord.core.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.core.card.Mention;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Action;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.ListActions;

/** The plan as a list, for anyone on the board; and each person's own open actions, for their Home. */
final class ActionListing implements ListActions {

	private final PlanContext context;

	ActionListing(PlanContext context) {
		this.context = context;
	}

	@Override
	public Outcome list(Caller caller, Command command) {
		// An owner need not sit on the board (a partner agency's officer, say): their own actions are theirs to list.
		Optional<Boards.Seat> seat = command.which() == Which.MINE ? context.boards().seat(caller.user()) : context.member(caller);
		if (seat.isEmpty()) {
			return Outcome.reply(PlanContext.NOT_ON_BOARD);
		}
		LocalDate today = context.today(seat.get().partnership());
		List<Action> plan = context.actions().plan(seat.get().partnership().id()).stream()
			.filter(a -> a.status() != Action.Status.DROPPED)
			.filter(a -> switch (command.which()) {
				case MINE -> caller.user().equals(a.ownerUser());
				case OVERDUE -> a.overdue(today);
				case ALL -> true;
			})
			.toList();
		if (plan.isEmpty()) {
			return Outcome.reply(switch (command.which()) {
				case MINE -> "You own no actions.";
				case OVERDUE -> "Nothing is overdue.";
				case ALL -> "The plan has no actions yet." + (seat.get().is(Role.CHAIR) ? " Propose them from the consensus with `"
						+ caller.commandPrefix() + "plan`, or add one with `" + caller.commandPrefix() + "action add`." : "");
			});
		}
		StringBuilder text = new StringBuilder("*Action plan*"
				+ (command.which() == Which.ALL ? "" : " · " + command.which().name().toLowerCase(java.util.Locale.ROOT)));
		Map<PlatformUser, String> names = new HashMap<>();
		context.members().board(seat.get().partnership().id()).forEach(m -> names.put(m.user(), m.name()));
		for (Action a : plan) {
			text.append("\n• *").append(a.number()).append("* ").append(Verbatim.of(a.text())).append(" · ")
				.append(a.ownerUser() == null ? "no owner yet" : Mention.of(a.ownerUser(), names.get(a.ownerUser()))).append(" · ")
				.append(a.due() == null ? "no date" : "due " + a.due()).append(" · ").append(a.status().words())
				.append(a.overdue(today) ? " · *overdue*" : "")
				.append(a.requestedDue() != null ? " · new date asked: " + a.requestedDue() : "");
		}
		return Outcome.reply(text.toString());
	}

	/** For the Home: the person's own open actions, soonest first. */
	Optional<String> owned(Boards.Seat seat, PlatformUser user) {
		LocalDate today = context.today(seat.partnership());
		List<Action> mine = context.actions().plan(seat.partnership().id()).stream()
			.filter(a -> a.status().live() && user.equals(a.ownerUser()))
			.sorted(Comparator.comparing(Action::due, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		if (mine.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder text = new StringBuilder("*My actions*");
		mine.forEach(a -> text.append("\n• *").append(a.number()).append("* ").append(Verbatim.of(a.text())).append(" · due ")
			.append(a.due()).append(a.overdue(today) ? " · *overdue*" : ""));
		return Optional.of(text.toString());
	}

}
