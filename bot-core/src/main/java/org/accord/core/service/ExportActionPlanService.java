package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;

import org.accord.core.card.Outcome;
import org.accord.core.document.ActionPlanDocuments;
import org.accord.core.domain.Action;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.ExportActionPlan;

/** The plan's documents, to the person on the board who asked, with every action not dropped and its progress. */
final class ExportActionPlanService implements ExportActionPlan {

	private final PlanContext context;

	ExportActionPlanService(PlanContext context) {
		this.context = context;
	}

	@Override
	public Outcome export(Caller caller) {
		var seat = context.member(caller);
		if (seat.isEmpty()) {
			return Outcome.reply(PlanContext.NOT_ON_BOARD);
		}
		List<ActionPlanDocuments.Row> rows = new ArrayList<>();
		for (Action a : context.actions().plan(seat.get().partnership().id())) {
			if (a.status() == Action.Status.DROPPED) {
				continue;
			}
			StringBuilder progress = new StringBuilder();
			a.notes().forEach(n -> progress.append(progress.length() == 0 ? "" : "\n").append(n.date()).append(": ").append(n.text()));
			rows.add(new ActionPlanDocuments.Row(Integer.toString(a.number()), a.issue(), a.text(),
					a.due() == null ? null : a.due().toString(), a.milestone(),
					a.ownerUser() == null ? null : a.ownerUser().platform() + " user " + a.ownerUser().userId(), a.status().words(),
					progress.toString()));
		}
		if (rows.isEmpty()) {
			return Outcome.reply("The plan has no actions to export yet.");
		}
		String title = "Action plan, " + context.today(seat.get().partnership());
		return Outcome.builder()
			.reply("Here is the action plan (" + rows.size() + " actions).")
			.file(caller.user(), "action-plan.xlsx", title, () -> ActionPlanDocuments.xlsx(title, rows), "The action plan (XLSX)")
			.file(caller.user(), "action-plan.csv", title, () -> ActionPlanDocuments.csv(rows), "The action plan (CSV)")
			.file(caller.user(), "action-plan.docx", title, () -> ActionPlanDocuments.docx(title, rows), "The action plan (DOCX)")
			.build();
	}

}
