package org.accord.core.service;

import java.util.Locale;
import java.util.Optional;

import org.accord.core.card.Verbatim;
import org.accord.core.consensus.CriterionResult;
import org.accord.core.consensus.PlainWords;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Settlement;
import org.accord.core.stats.CriterionFigures;

/** One criterion's line in the consensus view: how it stands, its agreement, and its figures where they may be shown. */
final class ConsensusLines {

	/** A note shown whole: a settle note takes this at most. */
	static final int WHOLE = Settlement.NOTE_MAX;

	private final Assessment assessment;

	private final Framework framework;

	private final Results results;

	private final PreviousCycle previous;

	ConsensusLines(Results results, PreviousCycle previous) {
		this.assessment = results.assessment();
		this.framework = results.framework();
		this.results = results;
		this.previous = previous;
	}

	/**
	 * @param noteAtMost how much of a chair's note the line shows; a longer one is shortened, and the line says so
	 * and where the rest is
	 */
	String line(Criterion c, int noteAtMost) {
		Settlement s = assessment.settlements().get(c.id());
		StringBuilder line = new StringBuilder("• *" + c.id() + "* ");
		if (s != null) {
			String level = label(s.levelKey());
			line.append(switch (s.how()) {
				case AGREED -> "Agreed in round " + s.round() + ": *" + level + "*";
				case MEETING -> "Agreed at the meeting: *" + level + "*" + note(s.note(), noteAtMost);
				case CHAIR -> "Settled by the chair: *" + level + "*" + note(s.note(), noteAtMost);
			});
		}
		else if (assessment.inOpenRound(c.id())) {
			line.append("In round ").append(assessment.round()).append(", open");
		}
		else {
			line.append("Disputed");
		}
		Optional<CriterionResult> latest = results.latest(c.id());
		if (latest.isPresent()) {
			CriterionResult r = latest.get();
			line.append(" · ").append(PlainWords.agreement(framework, r));
			if (r.shown()) {
				CriterionFigures f = r.figures();
				line.append(" · ").append(PlainWords.counts(framework, r));
				line.append(String.format(Locale.ROOT, " · median %s, IQR %s, Cns %.2f", number(f.median().getAsDouble()),
						number(f.interquartileRange().getAsDouble()), f.consensus().getAsDouble()));
				if (s == null && f.proposalTied()) {
					int[] tie = f.tiedBetween();
					line.append(" · tie between ").append(framework.scale().levels().get(tie[0] - 1).label()).append(" and ")
						.append(framework.scale().levels().get(tie[1] - 1).label());
				}
				else if (s == null && f.proposedRank().isPresent()) {
					line.append(" · proposed: ").append(framework.scale().levels().get(f.proposedRank().getAsInt() - 1).label());
				}
			}
		}
		return line.append(previous.moved(framework, c.id(), s)).toString();
	}

	private static String note(String note, int atMost) {
		if (note == null) {
			return "";
		}
		if (note.length() <= atMost) {
			return " (" + Verbatim.of(note) + ")";
		}
		if (atMost == 0) {
			return " (the chair's note is in the documents)";
		}
		// Cut between words where one is near, so that the shortened note reads as words.
		int cut = note.lastIndexOf(' ', atMost);
		String start = note.substring(0, cut > atMost / 2 ? cut : atMost).strip();
		return " (" + Verbatim.of(start) + "… shortened here: the whole note is in the documents)";
	}

	private String label(String key) {
		return framework.scale().level(key).map(Level::label).orElse(key);
	}

	private static String number(double d) {
		return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d).replaceAll("0+$", "");
	}

}
