package org.accord.core.service;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.QuietHours;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.out.PartnershipPort;

/** {@code settings}: the board's timezone and quiet hours, which every nudge keeps to. */
final class SettingsService {

	private final PartnershipPort partnerships;

	SettingsService(PartnershipPort partnerships) {
		this.partnerships = partnerships;
	}

	Outcome handle(Boards.Seat seat, Caller caller, CommandText command) {
		Partnership p = seat.partnership();
		String what = command.word(1).toLowerCase(Locale.ROOT);
		if (what.isEmpty()) {
			return Outcome.reply("*Settings*\nTimezone: " + p.timezone().getId() + "\nQuiet hours: " + p.quietHours().words()
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
			default -> Outcome.reply("`settings` takes `timezone <zone>` or `quiet-hours <HH:MM-HH:MM | off> [weekends on|off]`.");
		};
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
