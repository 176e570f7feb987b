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
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.PartnershipPort;

/** {@code settings}: the board's timezone and quiet hours, which every nudge keeps to. */
final class SettingsService {

	private final PartnershipPort partnerships;

	private final AssessmentPort assessments;

	SettingsService(PartnershipPort partnerships, AssessmentPort assessments) {
		this.partnerships = partnerships;
		this.assessments = assessments;
	}

	Outcome handle(Boards.Seat seat, Caller caller, CommandText command) {
		Partnership p = seat.partnership();
		String what = command.word(1).toLowerCase(Locale.ROOT);
		if (what.isEmpty()) {
			String rules = assessments.current(p.id())
				.map(a -> "\nAgreement: " + Math.round(a.agreementThreshold() * 100) + "% in one category · distributions shown from "
						+ (a.minimumToShow() + 1) + " ratings (k = " + a.minimumToShow() + " besides any one member's own)")
				.orElse("");
			return Outcome.reply("*Settings*\nTimezone: " + p.timezone().getId() + "\nQuiet hours: " + p.quietHours().words() + rules
					+ "\nNudges go at 09:00 local time; one that falls in quiet hours waits for the next working morning."
					+ (seat.is(Role.CHAIR) ? "\nChange them with `" + caller.commandPrefix() + "settings timezone Europe/London` or `"
							+ caller.commandPrefix() + "settings quiet-hours 18:00-08:00 weekends on` (or `off`)." : ""));
		}
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair changes the settings.");
		}
		List<String> rest = command.after(2);
		return switch (what) {
			case "timezone" -> timezone(p, rest);
			case "quiet-hours" -> quietHours(p, rest, caller);
			case "agreement", "minimum" -> rules(p, what, rest);
			default -> Outcome.reply("`settings` takes `timezone <zone>`, `quiet-hours <HH:MM-HH:MM | off> [weekends on|off]`,"
					+ " `agreement <percent>` or `minimum <ratings>`.");
		};
	}

	/**
	 * The assessment's own rules, set while round 1 is still open: once figures exist, changing what counts as
	 * agreed, or how few ratings may be shown, would change their meaning behind the board's back.
	 */
	private Outcome rules(Partnership p, String what, List<String> rest) {
		Optional<Assessment> current = assessments.current(p.id());
		if (current.isEmpty()) {
			return Outcome.reply("Start an assessment first; its rules are set while round 1 is open.");
		}
		Assessment a = current.get();
		if (a.round() != 1 || !a.roundOpen()) {
			return Outcome.reply("The rules are set while round 1 is open; this assessment has figures already.");
		}
		int value;
		try {
			value = rest.size() == 1 ? Integer.parseInt(rest.get(0).replace("%", "")) : -1;
		}
		catch (NumberFormatException e) {
			value = -1;
		}
		if (what.equals("agreement") && (value < 51 || value > 100)) {
			return Outcome.reply("Give the share as a percentage from 51 to 100, e.g. `settings agreement 75`.");
		}
		if (what.equals("minimum") && (value < Assessment.DEFAULT_MINIMUM_TO_SHOW || value > 20)) {
			return Outcome.reply("Give k, how many ratings besides any one member's own a distribution needs before it is"
					+ " shown, from " + Assessment.DEFAULT_MINIMUM_TO_SHOW + " to 20, e.g. `settings minimum 4`. Below "
					+ Assessment.DEFAULT_MINIMUM_TO_SHOW + ", a member could tell another's rating from the counts.");
		}
		Assessment next = what.equals("agreement") ? a.withRules(value / 100.0, a.minimumToShow())
				: a.withRules(a.agreementThreshold(), value);
		if (assessments.update(a, next).isEmpty()) {
			return Outcome.reply("The assessment changed meanwhile; please try again.");
		}
		return Outcome.reply(what.equals("agreement") ? "A criterion now counts as agreed when " + value
				+ "% or more choose one category." : "Distributions are now shown only where at least " + (value + 1)
						+ " members rated a criterion: " + value + " besides any one member's own.");
	}

	private Outcome timezone(Partnership p, List<String> rest) {
		if (rest.size() != 1) {
			return Outcome.reply("Give one IANA timezone, e.g. `Europe/London`.");
		}
		try {
			ZoneId zone = ZoneId.of(rest.get(0));
			partnerships.save(p.withTimezone(zone));
			return Outcome.reply("Timezone set to " + zone.getId() + ".");
		}
		catch (DateTimeException e) {
			return Outcome.reply("'" + rest.get(0) + "' is not a timezone: use an IANA name such as Europe/London.");
		}
	}

	private Outcome quietHours(Partnership p, List<String> rest, Caller caller) {
		String usage = "Write `" + caller.commandPrefix() + "settings quiet-hours 18:00-08:00 weekends on`, or `quiet-hours off`.";
		if (rest.isEmpty()) {
			return Outcome.reply(usage);
		}
		boolean weekends = p.quietHours().weekends();
		if (rest.size() == 3 && rest.get(1).equalsIgnoreCase("weekends")) {
			String w = rest.get(2).toLowerCase(Locale.ROOT);
			if (!w.equals("on") && !w.equals("off")) {
				return Outcome.reply(usage);
			}
			weekends = w.equals("on");
		}
		else if (rest.size() != 1) {
			return Outcome.reply(usage);
		}
		QuietHours hours;
		if (rest.get(0).equalsIgnoreCase("off")) {
			hours = QuietHours.off(weekends);
		}
		else {
			String[] parts = rest.get(0).split("-");
			try {
				if (parts.length != 2) {
					throw new DateTimeParseException("no range", rest.get(0), 0);
				}
				hours = new QuietHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]), weekends);
			}
			catch (DateTimeParseException e) {
				return Outcome.reply("'" + rest.get(0) + "' is not a time range. " + usage);
			}
		}
		partnerships.save(p.withQuietHours(hours));
		return Outcome.reply("Quiet hours: " + hours.words() + ".");
	}

}
