package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Card.Button;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Action;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Endorsement;
import org.accord.core.domain.Member;
import org.accord.core.domain.Participation;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.HomeUseCase;
import org.accord.core.port.out.ActionPort;
import org.accord.core.port.out.AssessmentPort;

/**
 * Where the person stands, and for the chair where the assessment stands with its next step as a button, so a
 * chair can go from the first round to an endorsed form and a plan without typing a command.
 */
final class HomeService implements HomeUseCase {

	private final Boards boards;

	private final AssessmentPort assessments;

	private final ActionPort actions;

	private final ConversationService conversation;

	private final Places participation;

	private final AssessmentService assessment;

	private final ActionListing plan;

	private final BoardService board;

	HomeService(Boards boards, AssessmentPort assessments, ActionPort actions, ConversationService conversation,
			Places participation, AssessmentService assessment, ActionListing plan, BoardService board) {
		this.boards = boards;
		this.assessments = assessments;
		this.actions = actions;
		this.conversation = conversation;
		this.participation = participation;
		this.assessment = assessment;
		this.plan = plan;
		this.board = board;
	}

	@Override
	public Card home(Caller caller) {
		Optional<Boards.Seat> seat = boards.seat(caller.user());
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Heading("Accord"));
		if (seat.isEmpty()) {
			parts.add(new Part.Text("Accord runs your partnership board's self-assessment here, one criterion at a time, and"
					+ " keeps every member's ratings anonymous. Nobody here has set up a board yet. If your chair gave you a code,"
					+ " send `" + caller.commandPrefix() + "join <code>`. If you chair the board, set it up: you can hand the chair"
					+ " over later."));
			parts.add(new Part.Buttons(List.of(new Button("Set up the board, as its chair",
					new ButtonAction(ButtonAction.Kind.FOUND_BOARD, "", 0, null, FROM_HOME), "primary"))));
			return new Card("Accord", parts);
		}
		if (seat.get().member().isEmpty()) {
			parts.add(new Part.Text("Accord runs your partnership board's self-assessment here, one criterion at a time."
					+ " You are not on a board yet: ask your chair to add you, or send the invitation code they gave you as `"
					+ caller.commandPrefix() + "join <code>`."));
			return new Card("Accord", parts);
		}
		Member me = seat.get().member().get();
		Optional<Assessment> current = assessments.current(seat.get().partnership().id());
		if (me.role() == Role.CHAIR) {
			chairsNextStep(seat.get(), current, parts);
		}
		else if (current.isEmpty()) {
			parts.add(new Part.Text("No assessment is under way."));
		}
		else {
			parts.add(new Part.Text(headline(current.get())));
		}
		current.ifPresent(a -> rating(a, me, parts));
		if (me.role().seesParticipation() && current.isPresent() && current.get().roundOpen()) {
			RoundProgress.Counts counts = assessment.counts(current.get(), seat.get());
			parts.add(new Part.Context("Participation: " + counts.finished() + " finished · " + counts.started() + " started · "
					+ counts.notStarted() + " not started"));
		}
		plan.owned(seat.get(), caller.user()).ifPresent(text -> {
			parts.add(new Part.Divider());
			parts.add(new Part.Text(text));
		});
		if (me.role() == Role.CHAIR) {
			parts.add(new Part.Divider());
			parts.addAll(board.show(seat.get(), caller).replies().get(0).parts());
		}
		return new Card("Accord", parts);
	}

	private static String headline(Assessment a) {
		return "*" + Verbatim.of(a.title()) + "* · round " + a.round() + (a.roundOpen() ? " open" : " closed")
				+ (a.dueDate() == null ? "" : " · due " + a.dueDate());
	}

	/** A member who rates, with a round they take part in: how far they have got, and Continue. */
	private void rating(Assessment a, Member me, List<Part> parts) {
		if (!me.role().rates() || !a.acceptsAnswers() || !conversation.takesPart(a, me)) {
			return;
		}
		int total = ConversationService.roundCriteria(a, conversation.frameworkOf(a)).size();
		Optional<Participation> mine = participation.find(a.id(), a.round(), me.id());
		parts.add(new Part.Text(mine.map(p -> p.finished() ? "You have been through all " + total + " criteria."
				: "You are on " + (p.position() + 1) + " of " + total + ".").orElse("You have not started yet.")));
		parts.add(new Part.Buttons(List.of(new Button("Continue",
				ButtonAction.of(ButtonAction.Kind.CONTINUE, a.id().value(), a.round(), null), "primary"))));
	}

	/** The one step that moves the assessment on from where it stands. */
	private void chairsNextStep(Boards.Seat seat, Optional<Assessment> current, List<Part> parts) {
		if (current.isEmpty()) {
			parts.add(new Part.Text("No assessment is under way. Start one: the board's members each get the criteria one at"
					+ " a time, and their ratings stay anonymous."));
			parts.add(buttons(step("Start an assessment…", ButtonAction.Kind.START_FORM, null)));
			return;
		}
		Assessment a = current.get();
		int criteria = conversation.frameworkOf(a).criterionCount();
		int disputed = criteria - a.settlements().size();
		parts.add(new Part.Text(headline(a)));
		switch (a.state()) {
			case COLLECTING, RECONCILING -> {
				if (a.roundOpen()) {
					parts.add(new Part.Text("Members are answering. Close the round when the board has had its say; late answers"
							+ " are then refused kindly."));
					parts.add(buttons(step("Close round " + a.round(), ButtonAction.Kind.CLOSE_ROUND, a)));
				}
				else if (disputed > 0) {
					parts.add(new Part.Text(a.settlements().size() + " of " + criteria + " criteria agreed or settled; " + disputed
							+ " still disputed. The consensus view offers a consensus round on them, or settling each."));
					parts.add(buttons(step("Open the consensus view", ButtonAction.Kind.CONSENSUS_VIEW, a)));
				}
				else {
					parts.add(new Part.Text("Every criterion is agreed or settled. Ask the responsible authorities to endorse the form."));
					parts.add(buttons(step("Ask for endorsement", ButtonAction.Kind.REQUEST_ENDORSEMENT, a),
							step("Open the consensus view", ButtonAction.Kind.CONSENSUS_VIEW, a)));
				}
			}
			case ENDORSING -> {
				long endorsed = a.endorsements().stream().filter(e -> e.decision() == Endorsement.Decision.ENDORSED).count();
				parts.add(new Part.Text("Endorsement asked: " + endorsed + " of " + a.endorsements().size()
						+ " responsible authorities have endorsed. The form is final when all have."));
				parts.add(buttons(step("Open the consensus view", ButtonAction.Kind.CONSENSUS_VIEW, a)));
			}
			case FINAL, MONITORING -> planStep(seat, a, parts);
			default -> parts.add(buttons(step("Open the consensus view", ButtonAction.Kind.CONSENSUS_VIEW, a)));
		}
	}

	private void planStep(Boards.Seat seat, Assessment a, List<Part> parts) {
		List<Action> planned = actions.plan(seat.partnership().id()).stream().filter(x -> x.status() != Action.Status.DROPPED)
			.toList();
		long drafts = planned.stream().filter(x -> x.status() == Action.Status.DRAFT).count();
		if (planned.isEmpty()) {
			parts.add(new Part.Text("The form is final. Draft the action plan from it: an action for each criterion settled at"
					+ " the two lowest levels, for you to accept with an owner and a date, or drop."));
			parts.add(buttons(step("Draft the action plan", ButtonAction.Kind.PROPOSE_PLAN, a)));
		}
		else if (drafts > 0) {
			parts.add(new Part.Text("The form is final. " + drafts + (drafts == 1 ? " draft action awaits" : " draft actions await")
					+ " you: accept each with an owner and a date, or drop it."));
			parts.add(buttons(step("Review the draft actions", ButtonAction.Kind.PROPOSE_PLAN, a)));
		}
		else {
			parts.add(new Part.Text("The form is final and the plan has " + planned.size() + (planned.size() == 1 ? " action" : " actions")
					+ "; owners are reminded as their dates come. Start the next cycle when the board is ready."));
			parts.add(buttons(step("Start the next assessment…", ButtonAction.Kind.START_FORM, null)));
		}
	}

	/** What a Home button carries where a rating button carries its level: the card it was pressed on is the Home. */
	static final String FROM_HOME = "home";

	private static Button step(String label, ButtonAction.Kind kind, Assessment a) {
		return new Button(label, new ButtonAction(kind, a == null ? "" : a.id().value(), a == null ? 0 : a.round(), null,
				FROM_HOME), "primary");
	}

	private static Part buttons(Button... buttons) {
		List<Button> all = new ArrayList<>(List.of(buttons));
		for (int i = 1; i < all.size(); i++) {
			// One step is the next one; the others are there, but not shouted.
			all.set(i, new Button(all.get(i).label(), all.get(i).action(), null));
		}
		return new Part.Buttons(all);
	}

}
