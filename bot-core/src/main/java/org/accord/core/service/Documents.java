package org.accord.core.service;

import java.util.Locale;

import org.accord.core.card.Outcome;
import org.accord.core.document.AssessmentForm;
import org.accord.core.document.CsvFormWriter;
import org.accord.core.document.DocxFormWriter;
import org.accord.core.document.XlsxFormWriter;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.PlatformUser;

/** The assessment as files: the form (a draft until every authority endorsed), the workbook and the CSV. */
final class Documents {

	private final ConsensusContext context;

	Documents(ConsensusContext context) {
		this.context = context;
	}

	/** Everything: what the chair and the facilitator work from, and what the chair receives once it is final. */
	Outcome all(Assessment assessment, PlatformUser to) {
		AssessmentForm form = context.form(assessment);
		String stem = fileStem(assessment);
		return Outcome.builder()
			.add(form(form, stem, to))
			.file(to, stem + ".xlsx", "Figures", XlsxFormWriter.write(form), "Figures per criterion and round")
			.file(to, stem + ".csv", "Figures (CSV)", CsvFormWriter.write(form), "The same figures as CSV")
			.build();
	}

	/** The form alone, as the authorities receive it to endorse. */
	Outcome form(Assessment assessment, PlatformUser to) {
		return form(context.form(assessment), fileStem(assessment), to);
	}

	private static Outcome form(AssessmentForm form, String stem, PlatformUser to) {
		String draft = form.draft() ? " (draft)" : "";
		return Outcome.builder()
			.file(to, stem + (form.draft() ? "-draft" : "") + ".docx", "Self-assessment form" + draft,
					DocxFormWriter.write(form), "The self-assessment form" + draft)
			.build();
	}

	org.accord.core.domain.Framework framework(Assessment assessment) {
		return context.framework(assessment);
	}

	static String fileStem(Assessment assessment) {
		String stem = assessment.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return stem.isEmpty() ? "assessment" : stem;
	}

}
