package org.accord.core.service;

import java.util.Map;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Outcome;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.DeclineEndorsement;
import org.accord.core.port.in.Endorse;

/**
 * Endorsement as typed ({@code endorse}, {@code endorsements}), pressed (Endorse, Decline…) and submitted (the
 * reason), read into the use cases' commands.
 */
final class EndorsementControls {

	private final PlanUseCases plan;

	EndorsementControls(PlanUseCases plan) {
		this.plan = plan;
	}

	Outcome request(Caller caller) {
		return plan.requestEndorsement().request(caller);
	}

	Outcome status(Caller caller) {
		return plan.showEndorsements().show(caller);
	}

	Outcome endorse(Caller caller, ButtonAction action) {
		return CommandRecords.checked(() -> new Endorse.Command(action.assessmentId(), action.levelKey()), c -> plan.endorse().endorse(caller, c));
	}

	Outcome askReason(Caller caller, ButtonAction action) {
		return plan.declineEndorsement().openForm(caller, action.assessmentId(), action.round(), action.levelKey());
	}

	Outcome decline(Caller caller, ButtonAction action, Map<String, String> values) {
		return CommandRecords.checked(() -> new DeclineEndorsement.Command(action.assessmentId(), values.get("reason"), action.levelKey()),
				c -> plan.declineEndorsement().decline(caller, c));
	}

}
