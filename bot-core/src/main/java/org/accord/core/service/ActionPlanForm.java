package org.accord.core.service;

import java.util.List;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Form;
import org.accord.core.domain.Action;

/**
 * The chair's form for an action: a new one, or a draft to accept, filled with its words. The owner is picked from
 * the board's people on the chair's own platform, the ones the chair's picker can show.
 */
final class ActionPlanForm {

	private ActionPlanForm() {
	}

	/** @param draft null for a new action */
	static Form of(PlanContext context, Boards.Seat seat, Action draft) {
		String id = draft == null ? "" : draft.id().value();
		String platform = seat.member().map(m -> m.user().platform()).orElse("");
		List<Form.Choice> people = context.members().board(seat.partnership().id()).stream()
			.filter(m -> m.user().platform().equals(platform))
			.map(m -> new Form.Choice(m.user().userId(), m.name() != null ? m.name() : m.roleWords() + " (" + m.user().userId() + ")"))
			.toList();
		return new Form(draft == null ? "New action" : "Accept action " + draft.number(), draft == null ? "Add" : "Accept",
				ButtonAction.forAction(ButtonAction.Kind.ACTION_ADD, id).encode(),
				List.of(new Form.Input("text", "Action", "What will be done", true, draft == null ? null : draft.text())
						.needed("Write what will be done."),
						Form.Input.person("owner", "Owner", draft == null || draft.ownerUser() == null ? null : draft.ownerUser().userId(),
								people),
						Form.Input.date("due", "Due", draft == null || draft.due() == null ? null : draft.due().toString()),
						new Form.Input("milestone", "Milestone", "How the board will know it is on track", false,
								draft == null ? null : draft.milestone()),
						new Form.Input("criterion", "Criterion", "e.g. 2.3", false,
								draft == null || draft.criteria().isEmpty() ? null : draft.criteria().get(0))));
	}

}
