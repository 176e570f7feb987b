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
	 * The line of a criterion in an area, its figures included.
	 * @param noteAtMost how much of a chair's note the line shows; a longer one is shortened, and the line says so
	 * and where the rest is
	 */
	String line(Criterion c, int noteAtMost) {
		Settlement s = assessment.settlements().get(c.id());
		StringBuilder line = new StringBuilder("• *" + c.id() + "* ");
		if (s != null) {
			line.append(settled(s, noteAtMost));
		}
		else if (assessment.inOpenRound(c.id())) {
			line.append("In round ").append(assessment.round()).append(", open");
		}
		else {
			line.append("Disputed");
		}
		return line.append(details(c, s, true)).append(previous.moved(framework, c.id(), s)).toString();
	}

	/**
	 * A disputed criterion's line, its title first so that the board knows what it is about without the form.
	 * @param titleAtMost how much of the title the line shows; a longer one is shortened between words, with "…"
	 * @param figures whether the median, IQR and Cns follow the plain words
	 */
	String disputed(Criterion c, int titleAtMost, boolean figures) {
		StringBuilder line = new StringBuilder("• *" + c.id() + "*");
		if (titleAtMost > 0) {
			line.append(' ').append(Verbatim.of(shortened(c.title(), titleAtMost)));
		}
		String details = details(c, null, figures);
		line.append(" —").append(details.isEmpty() ? " no ratings yet" : details.substring(2));
		return line.append(previous.moved(framework, c.id(), null)).toString();
	}

	/** A criterion settled by the chair or at the meeting, with its note: the board's reasons are what it reads here. */
	String settledLine(Criterion c, int noteAtMost) {
		return "• *" + c.id() + "* " + settled(assessment.settlements().get(c.id()), noteAtMost)
				+ previous.moved(framework, c.id(), assessment.settlements().get(c.id()));
	}

	/** Whether the title is longer than a line showing this much of it takes. */
	static boolean shortens(Criterion c, int titleAtMost) {
		return titleAtMost > 0 && c.title().length() > titleAtMost;
	}

	String label(Settlement s) {
		return label(s.levelKey());
	}

	private String settled(Settlement s, int noteAtMost) {
		String level = label(s.levelKey());
		return switch (s.how()) {
			case AGREED -> "Agreed in round " + s.round() + ": *" + level + "*";
			case MEETING -> "Agreed at the meeting: *" + level + "*" + note(s.note(), noteAtMost);
			case CHAIR -> "Settled by the chair: *" + level + "*" + note(s.note(), noteAtMost);
		};
	}

	/** " · agreement · counts …" from the latest round that rated the criterion; empty when none did. */
	private String details(Criterion c, Settlement s, boolean figures) {
		Optional<CriterionResult> latest = results.latest(c.id());
		if (latest.isEmpty()) {
			return "";
		}
		CriterionResult r = latest.get();
		StringBuilder line = new StringBuilder(" · ").append(PlainWords.agreement(framework, r));
		if (r.shown()) {
			CriterionFigures f = r.figures();
			line.append(" · ").append(PlainWords.counts(framework, r));
			if (figures) {
				line.append(String.format(Locale.ROOT, " · median %s, IQR %s, Cns %.2f", number(f.median().getAsDouble()),
						number(f.interquartileRange().getAsDouble()), f.consensus().getAsDouble()));
			}
			if (s == null && f.proposalTied()) {
				int[] tie = f.tiedBetween();
				line.append(" · tie between ").append(framework.scale().levels().get(tie[0] - 1).label()).append(" and ")
					.append(framework.scale().levels().get(tie[1] - 1).label());
			}
			else if (s == null && f.proposedRank().isPresent()) {
				line.append(" · proposed: ").append(framework.scale().levels().get(f.proposedRank().getAsInt() - 1).label());
			}
		}
		return line.toString();
	}

	/** Cut between words where one is near, so that what is left reads as words. */
	private static String shortened(String text, int atMost) {
		if (text.length() <= atMost) {
			return text;
		}
		int cut = text.lastIndexOf(' ', atMost - 1);
		return text.substring(0, cut > atMost / 2 ? cut : atMost - 1).strip() + "…";
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
