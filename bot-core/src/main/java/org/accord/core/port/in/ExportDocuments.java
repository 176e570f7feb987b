package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** The self-assessment form (a draft until every responsible authority endorsed), its figures as a workbook and as CSV. */
public interface ExportDocuments {

	Outcome export(Caller caller, Command command);

	/** @param assessmentId null for the board's current assessment */
	record Command(String assessmentId) {

		public Command {
			assessmentId = Commands.given(assessmentId);
		}

	}

}
