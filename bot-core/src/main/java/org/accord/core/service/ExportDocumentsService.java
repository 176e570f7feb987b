package org.accord.core.service;

import java.util.Optional;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Assessment;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.ExportDocuments;

/** The documents, for the chair and the facilitator: they hold every criterion's figures, so not for every member. */
final class ExportDocumentsService implements ExportDocuments {

	private final ConsensusContext context;

	private final Documents documents;

	ExportDocumentsService(ConsensusContext context, Documents documents) {
		this.context = context;
		this.documents = documents;
	}

	@Override
	public Outcome export(Caller caller, Command command) {
		Optional<Boards.Seat> seat = context.boards().seat(caller.user());
		if (seat.isEmpty()) {
			return ConsensusContext.notOnBoard();
		}
		if (!seat.get().member().map(m -> m.role().seesParticipation()).orElse(false)) {
			return Outcome.reply("The documents are for the chair and the facilitator.");
		}
		Optional<Assessment> current = context.current(seat.get(), command.assessmentId());
		if (current.isEmpty()) {
			return Outcome.reply(command.assessmentId() == null ? AssessmentChanges.NONE
					: "That button belongs to an assessment that is no longer under way.");
		}
		return Outcome.builder().reply("Here are the documents.").add(documents.all(current.get(), caller.user())).build();
	}

}
