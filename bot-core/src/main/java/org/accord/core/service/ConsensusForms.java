package org.accord.core.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Outcome;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.EditSharedText;
import org.accord.core.port.in.ExportDocuments;
import org.accord.core.port.in.SettleCriterion;
import org.accord.core.port.in.StartConsensusRound;

/**
 * The consensus view's buttons and the chair's forms, read into the same commands the typed words make: a form's
 * submission reaches the same use case, under the same rules, as its typed shortcut.
 */
final class ConsensusForms {

	private final StartConsensusRound round;

	private final SettleCriterion settle;

	private final EditSharedText text;

	private final ExportDocuments export;

	ConsensusForms(StartConsensusRound round, SettleCriterion settle, EditSharedText text, ExportDocuments export) {
		this.round = round;
		this.settle = settle;
		this.text = text;
		this.export = export;
	}

	/** A round on every disputed criterion, at one press. */
	Outcome startRound(Caller caller, ButtonAction action) {
		return round.start(caller, new StartConsensusRound.Command(action.assessmentId(), action.round(), null, null));
	}

	Outcome roundForm(Caller caller, ButtonAction action) {
		return round.openForm(caller, action.assessmentId());
	}

	/** The round form, submitted: the chosen criteria (comma-separated), and its due date. */
	Outcome roundSubmitted(Caller caller, ButtonAction action, Map<String, String> values) {
		LocalDate due = null;
		if (values.get("due") != null) {
			Optional<LocalDate> parsed = DueDates.parse(values.get("due"));
			if (parsed.isEmpty()) {
				return Outcome.reply("Choose the day the round is due.");
			}
			due = parsed.get();
		}
		String criteria = values.getOrDefault("criteria", "");
		LocalDate day = due;
		return CommandRecords.checked(() -> new StartConsensusRound.Command(action.assessmentId(), action.round(),
				List.of(criteria.split(",")), day), c -> round.start(caller, c));
	}

	/** The settle form, with the criterion the button named chosen at first, if any. */
	Outcome settleForm(Caller caller, ButtonAction action) {
		return settle.openForm(caller, action.assessmentId(), action.criterionId());
	}

	Outcome settleSubmitted(Caller caller, ButtonAction action, Map<String, String> values) {
		return CommandRecords.checked(() -> new SettleCriterion.Command(action.assessmentId(), values.get("criterion"),
				values.get("level"), values.get("note")), c -> settle.settle(caller, c));
	}

	/** The shared-text form of the criterion the button names. */
	Outcome textForm(Caller caller, ButtonAction action) {
		return text.openForm(caller, action.assessmentId(), action.criterionId());
	}

	Outcome saveText(Caller caller, ButtonAction action, Map<String, String> values) {
		return CommandRecords.checked(() -> new EditSharedText.Command(action.assessmentId(), action.criterionId(),
				values.get("evidence"), values.get("comment")), c -> text.save(caller, c));
	}

	Outcome export(Caller caller, ButtonAction action) {
		return export.export(caller, new ExportDocuments.Command(action.assessmentId()));
	}

}
