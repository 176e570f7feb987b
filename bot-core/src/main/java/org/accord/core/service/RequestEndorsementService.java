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
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Member;
import org.accord.core.domain.Role;
import org.accord.core.domain.Section;
import org.accord.core.domain.Settlement;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.RequestEndorsement;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;

/**
 * The responsible authorities' sign-off, as the 2002 form asks: each representative is sent the final view, the
 * form, and the buttons to endorse it for their agency or decline with a reason.
 */
final class RequestEndorsementService implements RequestEndorsement {

	/** Disputed criteria named in the refusal; the rest are counted. */
	private static final int NAMED = 10;

	private final Boards boards;

	private final AssessmentPort assessments;

	private final MemberPort members;

	private final Documents consensus;

	private final ConversationService conversation;

	RequestEndorsementService(Boards boards, AssessmentPort assessments, MemberPort members, Documents consensus,
			ConversationService conversation) {
		this.boards = boards;
		this.assessments = assessments;
		this.members = members;
		this.consensus = consensus;
		this.conversation = conversation;
	}

	@Override
	public Outcome request(Caller caller) {
		Optional<Boards.Seat> seat = boards.seat(caller.user()).filter(s -> s.member().isPresent());
		if (seat.isEmpty()) {
			return Outcome.reply(PlanContext.NOT_ON_BOARD);
		}
		if (!seat.get().is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can ask for endorsement.");
		}
		Optional<Assessment> current = assessments.current(seat.get().partnership().id());
		if (current.isEmpty()) {
			return Outcome.reply("No assessment is under way.");
		}
		Assessment before = current.get();
		if (before.roundOpen()) {
			return Outcome.reply("Round " + before.round() + " is open: close it and settle what is disputed first.");
		}
		if (before.state() == Assessment.State.FINAL) {
			return Outcome.reply("Every responsible authority has endorsed: the assessment is final.");
		}
		Framework framework = conversation.frameworkOf(before);
		List<String> open = framework.criteria().stream().map(Criterion::id)
			.filter(id -> !before.settlements().containsKey(id)).toList();
		if (!open.isEmpty()) {
			return Outcome.reply("Not yet: " + (open.size() == 1 ? "1 criterion is" : open.size() + " criteria are")
					+ " still disputed (" + String.join(", ", open.subList(0, Math.min(NAMED, open.size())))
					+ (open.size() > NAMED ? ", …" : "") + "). Run a consensus round or settle them with `"
					+ caller.commandPrefix() + "settle`.");
		}
		List<Member> authorities = members.board(seat.get().partnership().id()).stream()
			.filter(m -> m.role() == Role.AUTHORITY).toList();
		if (authorities.isEmpty()) {
			return Outcome.reply("There is no responsible-authority representative on the board to endorse: add them with `"
					+ caller.commandPrefix() + "board add @name as authority police`.");
		}
		Assessment asked = before.endorsementRequested(authorities);
		Optional<Assessment> after = assessments.update(before, asked);
		if (after.isEmpty()) {
			return Outcome.reply("The assessment changed meanwhile; please try again.");
		}
		List<Member> awaited = authorities.stream().filter(m -> !asked.endorsedBy(m.id())).toList();
		long kept = authorities.size() - awaited.size();
		Outcome.Builder outcome = Outcome.builder().reply((kept > 0 ? kept + " already endorsed; " : "") + "Asked "
				+ awaited.size() + " responsible-authority " + (awaited.size() == 1 ? "representative" : "representatives")
				+ " to endorse (" + String.join(", ", awaited.stream().map(Member::agency).toList())
				+ "). You will be told as each answers; `" + caller.commandPrefix() + "endorsements` shows where it stands.");
		for (Member authority : awaited) {
			outcome.direct(authority.user(), request(after.get(), framework, authority));
			outcome.add(consensus.form(after.get(), authority.user()));
		}
		return outcome.build();
	}

	static Card request(Assessment assessment, Framework framework, Member authority) {
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Heading("Endorsement asked: " + Verbatim.of(assessment.title())));
		parts.add(new Part.Text("The board has agreed its self-assessment. As the representative of *" + Verbatim.of(authority.agency())
				+ "*, please endorse it, or decline with a reason. The form is attached."));
		for (Section section : framework.sections()) {
			StringBuilder lines = new StringBuilder("*" + section.id() + " " + section.title() + "*");
			for (Criterion c : section.criteria()) {
				Settlement s = assessment.settlements().get(c.id());
				lines.append("\n• ").append(c.id()).append(" ")
					.append(s == null ? "—" : framework.scale().level(s.levelKey()).map(Level::label).orElse(s.levelKey()))
					.append(s == null ? "" : switch (s.how()) {
						case AGREED -> "";
						case MEETING -> " (agreed at the meeting)";
						case CHAIR -> " (settled by the chair)";
					});
			}
			parts.add(new Part.Text(lines.toString()));
		}
		// The buttons carry the form as shown: an answer to this request is an answer about this form only.
		String shown = assessment.formFingerprint();
		parts.add(new Part.Buttons(List.of(
				new Button("Endorse for " + authority.agency(),
						new ButtonAction(ButtonAction.Kind.ENDORSE, assessment.id().value(), assessment.round(), null, shown), "primary"),
				new Button("Decline…", new ButtonAction(ButtonAction.Kind.DECLINE, assessment.id().value(), assessment.round(), null,
						shown), "danger"))));
		return new Card("Please endorse: " + Verbatim.of(assessment.title()), parts);
	}

}
