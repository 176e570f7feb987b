package org.accord.core.domain;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * When a partnership does not want to be nudged: a daily window (which may run over midnight, as the
 * default 18:00–08:00 does) and, optionally, whole weekends. A nudge due in quiet hours waits for the
 * next working morning.
 *
 * @param start null with end null when there is no daily window ("off")
 */
public record QuietHours(LocalTime start, LocalTime end, boolean weekends) {

	public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(18, 0), LocalTime.of(8, 0), true);

	public static QuietHours off(boolean weekends) {
		return new QuietHours(null, null, weekends);
	}

	public boolean hasWindow() {
		return start != null && end != null && !start.equals(end);
	}

	public boolean isQuiet(LocalDateTime local) {
		if (weekends && isWeekend(local.getDayOfWeek())) {
			return true;
		}
		if (!hasWindow()) {
			return false;
		}
		LocalTime t = local.toLocalTime();
		return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
	}

	/** The first moment at or after {@code local} that is not quiet. */
	public LocalDateTime nextAllowed(LocalDateTime local) {
		LocalDateTime t = local;
		for (int i = 0; i < 16 && isQuiet(t); i++) {
			if (weekends && isWeekend(t.getDayOfWeek())) {
				// The working morning after the weekend: Monday at the end of the window, or at midnight.
				LocalDateTime monday = t.toLocalDate().plusDays(t.getDayOfWeek() == DayOfWeek.SATURDAY ? 2 : 1).atStartOfDay();
				t = hasWindow() && start.isAfter(end) ? monday.with(end) : monday;
			}
			else {
				LocalDateTime todayEnd = t.toLocalDate().atTime(end);
				t = todayEnd.isAfter(t) ? todayEnd : todayEnd.plusDays(1);
			}
		}
		return t;
	}

	private static boolean isWeekend(DayOfWeek day) {
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

	public String words() {
		String window = hasWindow() ? start + "–" + end : "no daily quiet hours";
		return window + (weekends ? ", and weekends" : ", weekends allowed");
	}

}
