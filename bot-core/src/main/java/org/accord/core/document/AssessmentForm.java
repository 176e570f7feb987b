package org.accord.core.document;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The assessment as the paper form shows it: areas, criteria, the agreed category, evidence, comments and
 * the endorsement block, with the anonymous figures behind each agreement. Only collated figures are
 * here: no rating of any one member, and no distribution below the assessment's minimum.
 *
 * @param draft true until every responsible authority has endorsed: documents then say DRAFT
 * @param levels the scale's labels, lowest first (column headings of the distributions)
 * @param alpha Krippendorff's ordinal alpha over round 1's shown criteria, to two decimals, when it can be computed
 * @param minimumToShow the fewest ratings a distribution shown here has
 */
public record AssessmentForm(String partnership, String title, String frameworkId, String frameworkTitle,
		List<String> levels, boolean draft, LocalDate date, List<Area> areas, List<Endorsement> endorsements,
		OptionalDouble alpha, int minimumToShow) {

	public AssessmentForm {
		levels = List.copyOf(levels);
		areas = List.copyOf(areas);
		endorsements = List.copyOf(endorsements);
	}

	public record Area(String id, String title, List<Row> rows) {

		public Area {
			rows = List.copyOf(rows);
		}

	}

	/**
	 * One criterion on the form.
	 *
	 * @param agreedLevel the agreed category's label, or null while it is still disputed
	 * @param settled how it was settled, in words: "Agreed in round 1", "Settled by the chair: <note>",
	 * "Disputed"
	 * @param evidence the board's agreed evidence text (may be null)
	 * @param comment the board's agreed additional comment (may be null)
	 * @param rounds the figures of every round in which the criterion was rated, in order
	 */
	public record Row(String criterionId, String title, String agreedLevel, String settled, String evidence,
			String comment, List<RoundFigures> rounds) {

		public Row {
			rounds = List.copyOf(rounds);
		}

	}

	/**
	 * The collated figures of one criterion in one round.
	 *
	 * @param counts ratings per level, lowest first; null when fewer than the minimum rated, so that no
	 * small distribution is ever shown
	 * @param median, iqr, modalShare, consensus null when there is nothing to show
	 * @param status "agreed", "disputed" or "no ratings"
	 */
	public record RoundFigures(int round, int rated, int[] counts, Double median, Double iqr, Double modalShare,
			Double consensus, String status) {
	}

	/**
	 * A responsible authority's sign-off.
	 *
	 * @param decision "endorsed", "declined" or "awaited"
	 */
	public record Endorsement(String agency, String representative, String decision, String reason, LocalDate date) {
	}

}
