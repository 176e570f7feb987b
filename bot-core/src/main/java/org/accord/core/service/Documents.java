package org.accord.core.service;

import java.util.Locale;
import java.util.function.Supplier;

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
		// Assembled once, for all three, and only when the first of them is delivered: never before an acknowledgement.
		Supplier<AssessmentForm> form = once(() -> context.form(assessment));
		String stem = fileStem(assessment);
		return Outcome.builder()
			.add(form(assessment, form, stem, to))
			.file(to, stem + ".xlsx", "Figures", () -> XlsxFormWriter.write(form.get()), "Figures per criterion and round")
			.file(to, stem + ".csv", "Figures (CSV)", () -> CsvFormWriter.write(form.get()), "The same figures as CSV")
			.build();
	}

	/** The form alone, as the authorities receive it to endorse. */
	Outcome form(Assessment assessment, PlatformUser to) {
		return form(assessment, once(() -> context.form(assessment)), fileStem(assessment), to);
	}

	private static Outcome form(Assessment assessment, Supplier<AssessmentForm> form, String stem, PlatformUser to) {
		boolean draft = assessment.state() != Assessment.State.FINAL;
		String words = draft ? " (draft)" : "";
		return Outcome.builder()
			.file(to, stem + (draft ? "-draft" : "") + ".docx", "Self-assessment form" + words,
					() -> DocxFormWriter.write(form.get()), "The self-assessment form" + words)
			.build();
	}

	/** A value made the first time it is asked for, by whichever thread asks first. */
	static <T> Supplier<T> once(Supplier<T> making) {
		return new Supplier<>() {

			private T made;

			@Override
			public synchronized T get() {
				if (made == null) {
					made = making.get();
				}
				return made;
			}

		};
	}

	org.accord.core.domain.Framework framework(Assessment assessment) {
		return context.framework(assessment);
	}

	static String fileStem(Assessment assessment) {
		String stem = assessment.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return stem.isEmpty() ? "assessment" : stem;
	}

}
