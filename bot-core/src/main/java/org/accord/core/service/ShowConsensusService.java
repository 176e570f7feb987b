package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Card.Button;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.consensus.PlainWords;
import org.accord.core.consensus.RoundResult;
import org.accord.core.document.DistributionChart;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Role;
import org.accord.core.domain.Settlement;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.ShowConsensus;

/** The consensus view, for the chair and the facilitator; the board sees it with them, at a meeting. */
final class ShowConsensusService implements ShowConsensus {

	/** What a view's toggle carries (as its criterion): the view it turns its message into. */
	static final String FIGURES = "figures";

	static final String PLAIN = "plain";

	private final ConsensusContext context;

	ShowConsensusService(ConsensusContext context) {
		this.context = context;
	}

	@Override
	public Outcome show(Caller caller, Command command) {
		Optional<Boards.Seat> seat = context.boards().seat(caller.user());
		if (seat.isEmpty()) {
			return ConsensusContext.notOnBoard();
		}
		if (!seat.get().member().map(m -> m.role().seesParticipation()).orElse(false)) {
			return Outcome.reply("The consensus view is for the chair and the facilitator; the board sees it with them.");
		}
		Optional<Assessment> current = context.current(seat.get(), command.assessmentId());
		if (current.isEmpty()) {
			return Outcome.reply(AssessmentChanges.NONE);
		}
		Assessment assessment = current.get();
		Results results = context.results(assessment);
		if (results.round(1).isEmpty()) {
			return Outcome.reply("Round 1 is still open. Figures are shown only once a round is closed (`"
					+ caller.commandPrefix() + "close`), so that nobody can read a vote from a moving count.");
		}
		boolean chair = seat.get().is(Role.CHAIR);
		PreviousCycle previous = PreviousCycle.of(context.assessments(), assessment);
		List<Part> parts = ConsensusViewCard.parts(results, previous, head(results, command.figures()),
				foot(assessment, results.framework(), chair, caller, command.figures()),
				chair && !assessment.roundOpen() && assessment.reconcilable(), command.figures());
		Card view = new Card("Consensus view · " + Verbatim.of(assessment.title()), parts);
		if (command.inPlace()) {
			return Outcome.builder().updateClicked(view).build();
		}
		// A message of its own, not a reply that vanishes: the chair keeps it, and shares it with the board.
		return Outcome.builder()
			.direct(caller.user(), view)
			.file(caller.user(), "consensus-view.png", "Distributions · " + assessment.title(),
					() -> DistributionChart.png(context.form(assessment), 1200, 600),
					"Ratings per criterion (criteria with too few answers left out)")
			.build();
	}

	private static List<Part> head(Results results, boolean figures) {
		Assessment assessment = results.assessment();
		Framework framework = results.framework();
		int agreed = 0;
		int meeting = 0;
		int chair = 0;
		int disputed = 0;
		for (Criterion c : framework.criteria()) {
			Settlement s = assessment.settlements().get(c.id());
			if (s == null) {
				disputed += assessment.inOpenRound(c.id()) ? 0 : 1;
			}
			else {
				switch (s.how()) {
					case AGREED -> agreed++;
					case MEETING -> meeting++;
					case CHAIR -> chair++;
				}
			}
		}
		StringBuilder head = new StringBuilder(agreed + " agreed · " + (meeting > 0 ? meeting + " agreed at the meeting · " : "")
				+ chair + " settled by the chair · " + disputed + " disputed, of " + framework.criterionCount() + ". ");
		RoundResult first = results.round(1).orElseThrow();
		if (figures) {
			head.append("Agreement across round 1, Krippendorff's alpha (ordinal): ")
				.append(first.alpha().isPresent() ? PlainWords.alpha(first.alpha().getAsDouble()) : "not enough ratings")
				.append('.');
		}
		else if (first.alpha().isPresent()) {
			head.append("Across round 1, ").append(PlainWords.alphaWords(first.alpha().getAsDouble())).append('.');
		}
		if (assessment.roundOpen()) {
			head.append(" Round ").append(assessment.round()).append(" is open: its figures appear when it closes.");
		}
		head.append("\nAgreed means at least ").append(Math.round(assessment.agreementThreshold() * 100))
			.append("% chose one category; a distribution is shown only where at least ").append(assessment.minimumToShow() + 1)
			.append(" members rated, so that nobody's rating can be told from the rest.");
		return List.of(new Part.Heading("Consensus view · " + Verbatim.of(clip(assessment.title(), 100))),
				new Part.Text(head.toString()));
	}

	/** What can be done next, for whoever may do it: the chair's rounds, settling and endorsement; the documents. */
	private static List<Part> foot(Assessment assessment, Framework framework, boolean chair, Caller caller, boolean figures) {
		List<Part> parts = new ArrayList<>();
		List<Button> buttons = new ArrayList<>();
		boolean disputed = !assessment.disputed(framework.criterionIds()).isEmpty();
		if (chair && disputed && !assessment.roundOpen()) {
			buttons.add(new Button("Consensus round…", action(ButtonAction.Kind.ROUND_FORM, assessment), "primary"));
			if (assessment.reconcilable()) {
				buttons.add(new Button("Settle a criterion…", action(ButtonAction.Kind.SETTLE, assessment), null));
			}
		}
		if (chair && !disputed && !assessment.roundOpen() && assessment.reconcilable()) {
			buttons.add(new Button("Ask for endorsement", action(ButtonAction.Kind.REQUEST_ENDORSEMENT, assessment), "primary"));
		}
		// The same message turned the other way: the board reads plain words, and asks for the figures when it wants them.
		buttons.add(new Button(figures ? "Plain words, disputed first" : "Every criterion, with figures",
				ButtonAction.of(ButtonAction.Kind.CONSENSUS_VIEW, assessment.id().value(), assessment.round(),
						figures ? PLAIN : FIGURES), null));
		buttons.add(new Button("Meeting page", action(ButtonAction.Kind.MEETING_LINK, assessment), null));
		buttons.add(new Button("Documents", action(ButtonAction.Kind.EXPORT, assessment), null));
		parts.add(new Part.Buttons(buttons));
		if (chair) {
			String p = caller.commandPrefix();
			parts.add(new Part.Context("Chosen criteria: `" + p + "round 1.2 3.4 due YYYY-MM-DD` · settle one: `" + p
					+ "settle 1.2 some success <note>` · the board's text: `" + p + "text 1.2` · documents: `" + p
					+ "export` · the meeting page: `" + p + "meeting` · when all is settled: `" + p + "endorse` · " + (figures ? "in plain words: `" + p
					+ "consensus`" : "with figures: `" + p + "consensus figures`")));
		}
		return parts;
	}

	private static ButtonAction action(ButtonAction.Kind kind, Assessment assessment) {
		return ButtonAction.of(kind, assessment.id().value(), assessment.round(), null);
	}

	private static String clip(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

}
