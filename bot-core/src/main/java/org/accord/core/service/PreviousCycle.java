package org.accord.core.service;

import java.util.List;

import org.accord.core.domain.Assessment;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Settlement;
import org.accord.core.port.out.AssessmentPort;

/**
 * The board's last completed cycle of the same framework, to show per criterion where it stood then and
 * what moved: a partnership assesses itself again every couple of years.
 */
final class PreviousCycle {

	private final Assessment previous;

	private PreviousCycle(Assessment previous) {
		this.previous = previous;
	}

	static PreviousCycle of(AssessmentPort assessments, Assessment current) {
		// Cycles started on the same day come back in no particular order: any final one other than the
		// current, started no later than it, is a candidate, and the latest of them is the previous cycle.
		List<Assessment> history = assessments.history(current.partnershipId());
		Assessment last = null;
		for (Assessment a : history) {
			boolean earlier = a.started() == null || current.started() == null || !a.started().isAfter(current.started());
			if (!a.id().equals(current.id()) && a.frameworkId().equals(current.frameworkId())
					&& a.state() == Assessment.State.FINAL && earlier
					&& (last == null || last.started() == null || a.started() != null && !a.started().isBefore(last.started()))) {
				last = a;
			}
		}
		return new PreviousCycle(last);
	}

	/** " · last cycle: Working towards, now up" — or nothing when there is no earlier cycle to compare. */
	String moved(Framework framework, String criterionId, Settlement now) {
		if (previous == null) {
			return "";
		}
		String when = previous.started() == null ? "last cycle" : "last cycle (" + previous.started().getYear() + ")";
		Settlement then = previous.settlements().get(criterionId);
		if (then == null) {
			return " · " + when + ": not settled";
		}
		String label = label(framework, then.levelKey());
		if (now == null) {
			return " · " + when + ": " + label;
		}
		int was = framework.scale().rankOf(then.levelKey()).orElse(0);
		int is = framework.scale().rankOf(now.levelKey()).orElse(0);
		String direction = is > was ? "up" : is < was ? "down" : "unchanged";
		return " · " + when + ": " + label + ", " + direction;
	}

	/** "Working towards (2024)": where the criterion stood at the end of the previous cycle, if there was one. */
	java.util.Optional<String> levelThen(Framework framework, String criterionId) {
		Settlement then = previous == null ? null : previous.settlements().get(criterionId);
		if (then == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(label(framework, then.levelKey())
				+ (previous.started() == null ? "" : " (" + previous.started().getYear() + ")"));
	}

	/** " (up from Low)" where the criterion moved since the previous cycle; empty where it did not, or there was none. */
	String movedBriefly(Framework framework, String criterionId, Settlement now) {
		Settlement then = previous == null || now == null ? null : previous.settlements().get(criterionId);
		if (then == null) {
			return "";
		}
		int was = framework.scale().rankOf(then.levelKey()).orElse(0);
		int is = framework.scale().rankOf(now.levelKey()).orElse(0);
		return is == was ? "" : " (" + (is > was ? "up" : "down") + " from " + label(framework, then.levelKey()) + ")";
	}

	private static String label(Framework framework, String key) {
		return framework.scale().level(key).map(Level::label).orElse(key);
	}

}
