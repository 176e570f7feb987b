package org.accord.core.document;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.accord.core.document.AssessmentForm.RoundFigures;
import org.accord.core.document.AssessmentForm.Row;

/**
 * Reads the form's figures one way for every document, so that the DOCX, the workbook, the CSV and the chart
 * can never disagree about which round or which column a figure belongs to.
 */
final class Figures {

	private Figures() {
	}

	/** The round a criterion ended on; empty when it was never rated. */
	static Optional<RoundFigures> lastRound(Row row) {
		// By round number rather than list position, so an unordered list cannot silently pick a stale round.
		return row.rounds().stream().max(Comparator.comparingInt(RoundFigures::round));
	}

	/** The column of the agreed category, or -1 while the criterion is disputed. */
	static int agreedColumn(AssessmentForm form, Row row) {
		if (row.agreedLevel() == null) {
			return -1;
		}
		int column = form.levels().indexOf(row.agreedLevel());
		if (column < 0) {
			// An unmatched label would print as no mark at all, which reads as "disputed": refuse instead.
			throw new IllegalArgumentException("Criterion " + row.criterionId() + " is agreed at '"
					+ row.agreedLevel() + "', which is not a level of the scale " + form.levels());
		}
		return column;
	}

	/** The counts per level, or null when too few rated to show them. */
	static int[] counts(AssessmentForm form, Row row, RoundFigures figures) {
		int[] counts = figures.counts();
		if (counts != null && counts.length != form.levels().size()) {
			throw new IllegalArgumentException("Criterion " + row.criterionId() + " round " + figures.round()
					+ " has " + counts.length + " counts for " + form.levels().size() + " levels");
		}
		return counts;
	}

	/** The scale as column headings; a form with fewer than two levels has nothing to choose between. */
	static List<String> levels(AssessmentForm form) {
		if (form.levels().size() < 2) {
			throw new IllegalArgumentException("A scale needs at least two levels, got " + form.levels());
		}
		return form.levels();
	}

}
