package org.accord.core.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.accord.core.consensus.CriterionResult;
import org.accord.core.document.AssessmentForm;
import org.accord.core.domain.AgreedText;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Endorsement;
import org.accord.core.domain.Level;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Round;
import org.accord.core.domain.Section;
import org.accord.core.domain.Settlement;
import org.accord.core.stats.CriterionFigures;

/** The assessment as the form to transcribe and endorse, from its closed rounds' collated figures. */
final class FormAssembler {

	private FormAssembler() {
	}

	/**
	 * @param previous the board's last cycle, whose level and movement go beside each criterion; may be null
	 * @param names the name Accord knows a person by, or null: the form names who endorsed, never by a platform id
	 * @param entries what members wrote on a criterion (its evidence, else its comments), as the chair may read it:
	 * the form carries it until the chair saves the board's own words for that criterion
	 */
	static AssessmentForm form(Results results, LocalDate today, PreviousCycle previous,
			Function<PlatformUser, String> names, BiFunction<String, Boolean, List<String>> entries) {
		Assessment assessment = results.assessment();
		var framework = results.framework();
		List<AssessmentForm.Area> areas = new ArrayList<>();
		for (Section section : framework.sections()) {
			List<AssessmentForm.Row> rows = new ArrayList<>();
			for (Criterion criterion : section.criteria()) {
				List<AssessmentForm.RoundFigures> rounds = new ArrayList<>();
				for (Round round : assessment.rounds()) {
					if (!round.criteria().contains(criterion.id())) {
						continue;
					}
					results.round(round.number()).flatMap(r -> r.criterion(criterion.id()))
						.ifPresent(r -> rounds.add(figures(r)));
				}
				Settlement settlement = assessment.settlements().get(criterion.id());
				AgreedText text = assessment.agreedTexts().get(criterion.id());
				rows.add(new AssessmentForm.Row(criterion.id(), criterion.title(),
						settlement == null ? null : framework.scale().level(settlement.levelKey()).map(Level::label).orElse(null),
						settledWords(assessment, criterion.id())
								+ (previous == null ? "" : previous.moved(framework, criterion.id(), settlement)),
						text != null ? text.evidence() : bullets(entries.apply(criterion.id(), true)),
						text != null ? text.comment() : bullets(entries.apply(criterion.id(), false)), rounds));
			}
			areas.add(new AssessmentForm.Area(section.id(), section.title(), rows));
		}
		List<AssessmentForm.Endorsement> endorsements = new ArrayList<>();
		for (Endorsement e : assessment.endorsements()) {
			String name = names.apply(e.user());
			endorsements.add(new AssessmentForm.Endorsement(e.agency(), name != null ? name : "the " + e.agency() + " representative",
					e.decision().name().toLowerCase(), e.reason(), e.date()));
		}
		OptionalDouble exact = results.round(1).map(r -> r.alpha()).orElse(OptionalDouble.empty());
		OptionalDouble alpha = exact.isPresent() ? OptionalDouble.of(shown(exact.getAsDouble())) : exact;
		return new AssessmentForm(null, assessment.title(), framework.id(), framework.title(),
				framework.scale().levels().stream().map(Level::label).toList(), assessment.state() != Assessment.State.FINAL,
				today, areas, endorsements, alpha, assessment.minimumToShow() + 1);
	}

	private static String bullets(List<String> entries) {
		return entries.isEmpty() ? null : "• " + String.join("\n• ", entries);
	}

	static String settledWords(Assessment assessment, String criterionId) {
		Settlement settlement = assessment.settlements().get(criterionId);
		if (settlement != null) {
			String note = settlement.note() == null || settlement.note().isBlank() ? "" : ": " + settlement.note();
			return switch (settlement.how()) {
				case AGREED -> "Agreed in round " + settlement.round();
				case MEETING -> "Agreed at the board's meeting" + note;
				case CHAIR -> "Settled by the chair" + note;
			};
		}
		if (assessment.roundOpen() && assessment.currentRound().criteria().contains(criterionId)) {
			return "Round " + assessment.round() + " open";
		}
		return "Disputed";
	}

	private static AssessmentForm.RoundFigures figures(CriterionResult r) {
		CriterionFigures f = r.figures();
		if (!r.shown()) {
			return new AssessmentForm.RoundFigures(r.round(), f.rated(), null, null, null, null, null,
					"too few answers to show");
		}
		return new AssessmentForm.RoundFigures(r.round(), f.rated(), f.distribution().counts(), value(f.median()),
				value(f.interquartileRange()), value(f.modalShare()), value(f.consensus()),
				f.status().name().toLowerCase().replace('_', ' '));
	}

	private static Double value(OptionalDouble d) {
		return d.isPresent() ? shown(d.getAsDouble()) : null;
	}

	/**
	 * Two decimals, as every document prints them: the exact value would carry more than the counts do, and an
	 * exact figure is what arithmetic on a document starts from.
	 */
	static double shown(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
