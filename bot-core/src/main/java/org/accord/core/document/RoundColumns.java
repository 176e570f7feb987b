package org.accord.core.document;

import java.util.ArrayList;
import java.util.List;

/** The columns of one criterion in one round, shared by the workbook's "Rounds" sheet and the CSV. */
final class RoundColumns {

	static final String CRITERION = "Criterion";

	private RoundColumns() {
	}

	static List<String> headers(List<String> levels) {
		List<String> headers = new ArrayList<>(List.of(CRITERION, "Round", "Rated"));
		headers.addAll(levels);
		headers.addAll(figureHeaders());
		return List.copyOf(headers);
	}

	/** The collated figures after the counts, in the order the workbook and CSV both print them. */
	static List<String> figureHeaders() {
		return List.of("Median", "IQR", "Modal share", "Cns", "Status");
	}

}
