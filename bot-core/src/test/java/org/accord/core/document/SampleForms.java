package org.accord.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.accord.core.document.AssessmentForm.Area;
import org.accord.core.document.AssessmentForm.Endorsement;
import org.accord.core.document.AssessmentForm.RoundFigures;
import org.accord.core.document.AssessmentForm.Row;

/**
 * A small form covering every case the documents treat differently: agreed after two rounds, disputed, settled by
 * the chair with too few ratings to show, one endorsement given and one declined.
 */
final class SampleForms {

	static final List<String> LEVELS = List.of("Gap identified", "Working towards", "Some success", "Doing well");

	static final Row AGREED = new Row("1.1", "The partnership has a clear, shared vision", "Some success",
			"Agreed in round 2", "Community safety strategy 2002-05, p. 4\nSteering group minutes, 12 June 2002",
			"Vision not yet shared with the operational groups.",
			List.of(new RoundFigures(1, 6, new int[] { 0, 2, 3, 1 }, 3.0, 1.0, 0.5, 0.6, "disputed"),
					new RoundFigures(2, 6, new int[] { 0, 1, 4, 1 }, 3.0, 0.0, 0.6667, 0.75, "agreed")));

	static final Row DISPUTED = new Row("1.2", "Leaders are visibly committed to the partnership", null, "Disputed",
			null, null, List.of(new RoundFigures(1, 6, new int[] { 2, 1, 2, 1 }, 2.5, 2.0, 0.3333, 0.4, "disputed")));

	static final Row HIDDEN = new Row("2.1", "The strategy is based on the crime and disorder audit",
			"Working towards", "Settled by the chair: the audit is due to be refreshed",
			"Crime and disorder audit 2001", "Partners disagree on how current the audit is, \"broadly\" speaking.",
			List.of(new RoundFigures(1, 2, null, null, null, null, null, "disputed")));

	static final Endorsement POLICE = new Endorsement("Police", "Ch Supt A. Example", "endorsed", null,
			LocalDate.of(2002, 11, 20));

	static final Endorsement COUNCIL = new Endorsement("District Council", "B. Example, Chief Executive", "declined",
			"Evidence for 2.1 is out of date", LocalDate.of(2002, 11, 21));

	private SampleForms() {
	}

	static AssessmentForm form(boolean draft) {
		return form(draft, List.of(AGREED, DISPUTED), List.of(HIDDEN));
	}

	static AssessmentForm form(boolean draft, List<Row> leadership, List<Row> strategy) {
		return new AssessmentForm("Northtown Community Safety Partnership", "Self-assessment 2002",
				"cdrp-2002", "Crime and Disorder Partnerships Self-Assessment Form", LEVELS, draft,
				LocalDate.of(2002, 11, 26),
				List.of(new Area("1", "Leadership", leadership), new Area("2", "Policy and strategy", strategy)),
				List.of(POLICE, COUNCIL), OptionalDouble.of(0.72), 3);
	}

	/** The sample form plus a criterion nobody has rated yet. */
	static AssessmentForm withUnrated() {
		List<Row> strategy = new ArrayList<>(List.of(HIDDEN));
		strategy.add(new Row("2.2", "The strategy has measurable targets", null, "Not yet rated", null, null,
				List.of()));
		return form(true, List.of(AGREED, DISPUTED), strategy);
	}

	static int roundCount(AssessmentForm form) {
		return form.areas().stream().flatMap(area -> area.rows().stream()).mapToInt(row -> row.rounds().size()).sum();
	}

}
