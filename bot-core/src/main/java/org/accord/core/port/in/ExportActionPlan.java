package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/** The action plan as the partnerships kept it (Issue / Action / When / Milestone / Owner), as XLSX, CSV and DOCX. */
public interface ExportActionPlan {

	Outcome export(Caller caller);

}
