package org.accord.core.service;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.QuietHours;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.ChangeSettings;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.PartnershipPort;

/** {@code settings}: the board's timezone and quiet hours, which every nudge keeps to. */
final class SettingsService implements ChangeSettings {

	private final PartnershipPort partnerships;

	private final AssessmentPort assessments;

	private final Boards boards;

	SettingsService(Boards boards, PartnershipPort partnerships, AssessmentPort assessments) {
		this.boards = boards;
		this.partnerships = partnerships;
		this.assessments = assessments;
	}

	/** {@code settings [timezone <zone> | quiet-hours … | agreement <percent> | minimum <ratings>]}: the words, read. */
	Outcome handle(Boards.Seat seat, Caller caller, CommandText command) {
		String what = command.word(1).toLowerCase(Locale.ROOT);
		if (what.isEmpty()) {
			return show(seat, caller);
		}
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair changes the settings.");
		}
		List<String> rest = command.after(2);
		return switch (what) {
			case "timezone" -> {
				if (rest.size() != 1) {
					yield Outcome.reply("Give one IANA timezone, e.g. `Europe/London`.");
				}
				try {
					yield timezone(seat, ZoneId.of(rest.get(0)));
				}
				catch (DateTimeException e) {
					yield Outcome.reply("'" + rest.get(0) + "' is not a timezone: use an IANA name such as Europe/London.");
				}
			}
			case "quiet-hours" -> quietHours(seat.partnership(), rest).map(hours -> quietHours(seat, hours))
				.orElseGet(() -> Outcome.reply(quietHoursUsage(rest, caller)));
			case "agreement", "minimum" -> {
				Integer value = rest.size() == 1 ? number(rest.get(0).replace("%", "")) : null;
				Integer given = value == null ? -1 : value;
				yield rules(seat, what.equals("agreement") ? new ChangeSettings.Rules(given, null)
						: new ChangeSettings.Rules(null, given));
			}
			default -> Outcome.reply("`settings` takes `timezone <zone>`, `quiet-hours <HH:MM-HH:MM | off> [weekends on|off]`,"
					+ " `agreement <percent>` or `minimum <ratings>`.");
		};
	}

	@Override
	public Outcome show(Caller caller) {
		return boards.seat(caller.user()).filter(seat -> seat.member().isPresent()).map(seat -> show(seat, caller))
			.orElse(Outcome.reply("You are not on this workspace's board."));
	}

	private Outcome show(Boards.Seat seat, Caller caller) {
		Partnership p = seat.partnership();
		String rules = assessments.current(p.id())
			.map(a -> "\nAgreement: " + Math.round(a.agreementThreshold() * 100) + "% in one category · distributions shown from "
					+ (a.minimumToShow() + 1) + " ratings (k = " + a.minimumToShow() + " besides any one member's own)")
			.orElse("");
		return Outcome.reply("*Settings*\nTimezone: " + p.timezone().getId() + "\nQuiet hours: " + p.quietHours().words() + rules
				+ "\nNudges go at 09:00 local time; one that falls in quiet hours waits for the next working morning."
				+ (seat.is(Role.CHAIR) ? "\nChange them with `" + caller.commandPrefix() + "settings timezone Europe/London` or `"
						+ caller.commandPrefix() + "settings quiet-hours 18:00-08:00 weekends on` (or `off`)." : ""));
	}

	@Override
	public Outcome timezone(Caller caller, ZoneId zone) {
		return chairs(caller, seat -> timezone(seat, zone));
	}

	@Override
	public Outcome quietHours(Caller caller, QuietHours hours) {
		return chairs(caller, seat -> quietHours(seat, hours));
	}

	@Override
	public Outcome rules(Caller caller, ChangeSettings.Rules rules) {
		return chairs(caller, seat -> rules(seat, rules));
	}

	private Outcome chairs(Caller caller, java.util.function.Function<Boards.Seat, Outcome> then) {
		return boards.seat(caller.user()).filter(seat -> seat.is(Role.CHAIR)).map(then)
			.orElse(Outcome.reply("Only the chair changes the settings."));
	}

	private Outcome timezone(Boards.Seat seat, ZoneId zone) {
		partnerships.save(seat.partnership().withTimezone(zone));
		return Outcome.reply("Timezone set to " + zone.getId() + ".");
	}

	private Outcome quietHours(Boards.Seat seat, QuietHours hours) {
		partnerships.save(seat.partnership().withQuietHours(hours));
		return Outcome.reply("Quiet hours: " + hours.words() + ".");
	}

	private static Integer number(String s) {
		try {
			return Integer.parseInt(s);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * The assessment's own rules, set while round 1 is still open: once figures exist, changing what counts as
	 * agreed, or how few ratings may be shown, would change their meaning behind the board's back.
	 */
	private Outcome rules(Boards.Seat seat, ChangeSettings.Rules rules) {
		Optional<Assessment> current = assessments.current(seat.partnership().id());
		if (current.isEmpty()) {
			return Outcome.reply("Start an assessment first; its rules are set while round 1 is open.");
		}
		Assessment a = current.get();
		if (a.round() != 1 || !a.roundOpen()) {
			return Outcome.reply("The rules are set while round 1 is open; this assessment has figures already.");
		}
		Integer agreement = rules.agreementPercent();
		Integer minimum = rules.minimum();
		if (agreement != null && (agreement < 51 || agreement > 100)) {
			return Outcome.reply("Give the share as a percentage from 51 to 100, e.g. `settings agreement 75`.");
		}
		if (minimum != null && (minimum < Assessment.DEFAULT_MINIMUM_TO_SHOW || minimum > 20)) {
			return Outcome.reply("Give k, how many ratings besides any one member's own a distribution needs before it is"
					+ " shown, from " + Assessment.DEFAULT_MINIMUM_TO_SHOW + " to 20, e.g. `settings minimum 4`. Below "
					+ Assessment.DEFAULT_MINIMUM_TO_SHOW + ", a member could tell another's rating from the counts.");
		}
		Assessment next = a.withRules(agreement == null ? a.agreementThreshold() : agreement / 100.0,
				minimum == null ? a.minimumToShow() : minimum);
		if (assessments.update(a, next).isEmpty()) {
			return Outcome.reply("The assessment changed meanwhile; please try again.");
		}
		return Outcome.reply(agreement != null ? "A criterion now counts as agreed when " + agreement
				+ "% or more choose one category." : "Distributions are now shown only where at least " + (minimum + 1)
						+ " members rated a criterion: " + minimum + " besides any one member's own.");
	}

	/** Why the words give no quiet hours: a range that does not read as one is named, else how to write it. */
	private static String quietHoursUsage(List<String> rest, Caller caller) {
		String usage = "Write `" + caller.commandPrefix() + "settings quiet-hours 18:00-08:00 weekends on`, or `quiet-hours off`.";
		boolean shaped = rest.size() == 1 || rest.size() == 3 && rest.get(1).equalsIgnoreCase("weekends")
				&& List.of("on", "off").contains(rest.get(2).toLowerCase(Locale.ROOT));
		return shaped && !rest.get(0).equalsIgnoreCase("off") ? "'" + rest.get(0) + "' is not a time range. " + usage : usage;
	}

	/** The quiet hours the words give, or empty when they give none. */
	private static Optional<QuietHours> quietHours(Partnership p, List<String> rest) {
		if (rest.isEmpty()) {
			return Optional.empty();
		}
		boolean weekends = p.quietHours().weekends();
		if (rest.size() == 3 && rest.get(1).equalsIgnoreCase("weekends")) {
			String w = rest.get(2).toLowerCase(Locale.ROOT);
			if (!w.equals("on") && !w.equals("off")) {
				return Optional.empty();
			}
			weekends = w.equals("on");
		}
		else if (rest.size() != 1) {
			return Optional.empty();
		}
		if (rest.get(0).equalsIgnoreCase("off")) {
			return Optional.of(QuietHours.off(weekends));
		}
		String[] parts = rest.get(0).split("-");
		try {
			if (parts.length != 2) {
				return Optional.empty();
			}
			return Optional.of(new QuietHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]), weekends));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

}
