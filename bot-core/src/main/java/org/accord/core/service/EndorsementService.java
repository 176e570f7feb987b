package org.accord.core.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Card.Button;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Form;
import org.accord.core.card.Mention;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Endorsement;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Member;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Role;
import org.accord.core.domain.Section;
import org.accord.core.domain.Settlement;
import org.accord.core.port.in.Caller;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;

/**
 * The responsible authorities' sign-off, as the 2002 form asks: each representative endorses the final
 * view for their agency, or declines with a reason; the assessment is final when every one has endorsed.
 */
final class EndorsementService {

	private final Boards boards;

	private final AssessmentPort assessments;

	private final MemberPort members;

	private final Documents documents;

	private final ConversationService conversation;

	private final Clock clock;

	private final NudgePlanner planner;

	EndorsementService(Boards boards, AssessmentPort assessments, MemberPort members, Documents documents,
			ConversationService conversation, NudgePlanner planner, Clock clock) {
		this.planner = planner;
		this.boards = boards;
		this.assessments = assessments;
		this.members = members;
		this.documents = documents;
		this.conversation = conversation;
		this.clock = clock;
	}

	/** {@code endorse}: sends every responsible-authority representative the final view and the form. */
	Outcome request(Boards.Seat seat, Caller caller) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can ask for endorsement.");
		}
		Optional<Assessment> current = assessments.current(seat.partnership().id());
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
					+ " still disputed (" + String.join(", ", open.subList(0,
					Math.min(10, open.size()))) + (open.size() > 10 ? ", …" : "") + "). Run a consensus round or settle them with `"
					+ caller.commandPrefix() + "settle`.");
		}
		List<Member> authorities = members.board(seat.partnership().id()).stream()
			.filter(m -> m.role() == Role.AUTHORITY).toList();
		if (authorities.isEmpty()) {
			return Outcome.reply("There is no responsible-authority representative on the board to endorse: add them with `"
					+ caller.commandPrefix() + "board add @name as authority police`.");
		}
		// Asking again keeps every endorsement already given (the form has not changed since: any change voids
		// them all); a decline, and an authority new to the board, are asked afresh.
		List<Endorsement> awaited = authorities.stream()
			.map(m -> before.endorsements().stream()
				.filter(e -> e.person().equals(m.id()) && e.decision() == Endorsement.Decision.ENDORSED)
				.findFirst()
				.orElse(new Endorsement(m.id(), m.user(), m.agency(), Endorsement.Decision.AWAITED, null, null)))
			.toList();
		authorities = authorities.stream().filter(m -> awaited.stream()
			.anyMatch(e -> e.person().equals(m.id()) && e.decision() == Endorsement.Decision.AWAITED)).toList();
		Optional<Assessment> after = assessments.update(before, before.withEndorsements(Assessment.State.ENDORSING, awaited));
		if (after.isEmpty()) {
			return Outcome.reply("The assessment changed meanwhile; please try again.");
		}
		long kept = awaited.size() - authorities.size();
		Outcome.Builder outcome = Outcome.builder().reply((kept > 0 ? kept + " already endorsed; " : "") + "Asked "
				+ authorities.size() + " responsible-authority "
				+ (authorities.size() == 1 ? "representative" : "representatives") + " to endorse ("
				+ String.join(", ", authorities.stream().map(Member::agency).toList())
				+ "). You will be told as each answers; `" + caller.commandPrefix() + "endorsements` shows where it stands.");
		for (Member authority : authorities) {
			outcome.direct(authority.user(), request(after.get(), framework, authority));
			outcome.add(documents.form(after.get(), authority.user()));
		}
		return outcome.build();
	}

	private static Card request(Assessment assessment, Framework framework, Member authority) {
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
					.append(s != null && s.how() == Settlement.How.CHAIR ? " (settled by the chair)" : "");
			}
			parts.add(new Part.Text(lines.toString()));
		}
		parts.add(new Part.Buttons(List.of(
				new Button("Endorse for " + authority.agency(),
						ButtonAction.of(ButtonAction.Kind.ENDORSE, assessment.id().value(), assessment.round(), null), "primary"),
				new Button("Decline…", ButtonAction.of(ButtonAction.Kind.DECLINE, assessment.id().value(), assessment.round(), null),
						"danger"))));
		return new Card("Please endorse: " + Verbatim.of(assessment.title()), parts);
	}

	Outcome endorse(Caller caller, ButtonAction action) {
		return decide(caller, action, Endorsement.Decision.ENDORSED, null);
	}

	Outcome askReason(Caller caller, ButtonAction action) {
		return Outcome.builder()
			.openForm(new Form("Decline endorsement", "Decline", ButtonAction
				.of(ButtonAction.Kind.DECLINE, action.assessmentId(), action.round(), null).encode(),
					List.of(new Form.Input("reason", "Why do you decline?", "The chair sees this with your agency", true, null))))
			.build();
	}

	Outcome decline(Caller caller, ButtonAction action, Map<String, String> values) {
		String reason = values.get("reason");
		if (reason == null || reason.isBlank()) {
			return Outcome.reply("Please give a reason when you decline: the chair needs it to act on.");
		}
		return decide(caller, action, Endorsement.Decision.DECLINED, reason.strip());
	}

	private Outcome decide(Caller caller, ButtonAction action, Endorsement.Decision decision, String reason) {
		Optional<Boards.Seat> seat = boards.seat(caller.user());
		if (seat.isEmpty() || seat.get().member().isEmpty()) {
			return Outcome.reply("You are not on this board.");
		}
		Member me = seat.get().member().get();
		for (int attempt = 0; attempt < 5; attempt++) {
			Optional<Assessment> current = assessments.find(new Assessment.AssessmentId(action.assessmentId()))
				.filter(a -> a.partnershipId().equals(seat.get().partnership().id()));
			if (current.isEmpty() || current.get().state() != Assessment.State.ENDORSING
					&& current.get().state() != Assessment.State.FINAL) {
				return Outcome.reply("This assessment is not waiting for endorsement.");
			}
			Assessment before = current.get();
			Optional<Endorsement> mine = before.endorsements().stream().filter(e -> e.person().equals(me.id())).findFirst();
			if (mine.isEmpty()) {
				return Outcome.reply("Only the responsible-authority representatives asked can endorse this form.");
			}
			if (before.state() == Assessment.State.FINAL || mine.get().decision() == decision && decision == Endorsement.Decision.ENDORSED) {
				return Outcome.builder().updateClicked(Card.text("You endorsed this form for " + mine.get().agency() + ".")).build();
			}
			List<Endorsement> next = new ArrayList<>();
			for (Endorsement e : before.endorsements()) {
				next.add(e.person().equals(me.id())
						? new Endorsement(e.person(), e.user(), e.agency(), decision, reason, LocalDate.now(clock)) : e);
			}
			boolean all = next.stream().allMatch(e -> e.decision() == Endorsement.Decision.ENDORSED);
			Optional<Assessment> after = assessments.update(before,
					before.withEndorsements(all ? Assessment.State.FINAL : Assessment.State.ENDORSING, next));
			if (after.isEmpty()) {
				continue;
			}
			long done = next.stream().filter(e -> e.decision() == Endorsement.Decision.ENDORSED).count();
			String agency = mine.get().agency();
			Outcome.Builder outcome = Outcome.builder()
				.updateClicked(Card.text(decision == Endorsement.Decision.ENDORSED
						? "You endorsed this form for " + agency + " on " + LocalDate.now(clock) + ". Thank you."
						: "You declined to endorse this form for " + agency + ": " + reason));
			if (decision == Endorsement.Decision.DECLINED) {
				outcome.reply("Your reason has been passed to the chair.");
			}
			Optional<Member> chair = members.board(seat.get().partnership().id()).stream()
				.filter(m -> m.role() == Role.CHAIR).findFirst();
			if (chair.isPresent()) {
				String line = decision == Endorsement.Decision.ENDORSED
						? BoardService.mention(me.named(caller.name())) + " endorsed for " + agency + " (" + done + " of " + next.size() + ")."
						: BoardService.mention(me.named(caller.name())) + " declined to endorse for " + agency + ": " + reason;
				outcome.direct(chair.get().user(), Card.text(all
						? line + " Every responsible authority has endorsed: the assessment is final. The final documents follow."
						: line));
				if (all) {
					outcome.add(documents.all(after.get(), chair.get().user()));
				}
			}
			if (all) {
				// The plan is monitored every six months from here until every action is discharged.
				planner.review(seat.get().partnership(), LocalDate.now(clock.withZone(seat.get().partnership().timezone())));
			}
			return outcome.build();
		}
		return Outcome.reply("The assessment is changing fast right now; please try again.");
	}

	/** {@code endorsements}: who has endorsed for which agency. */
	Outcome status(Boards.Seat seat) {
		if (!seat.member().map(m -> m.role().seesParticipation() || m.role() == Role.AUTHORITY).orElse(false)) {
			return Outcome.reply("Endorsements are for the chair, the facilitator and the responsible authorities.");
		}
		Optional<Assessment> current = assessments.current(seat.partnership().id());
		if (current.isEmpty() || current.get().endorsements().isEmpty()) {
			return Outcome.reply("Endorsement has not been asked for yet.");
		}
		StringBuilder text = new StringBuilder("*Endorsements* · " + Verbatim.of(current.get().title())
				+ (current.get().state() == Assessment.State.FINAL ? " · final" : ""));
		Map<PlatformUser, String> names = new java.util.HashMap<>();
		members.board(seat.partnership().id()).forEach(m -> names.put(m.user(), m.name()));
		for (Endorsement e : current.get().endorsements()) {
			text.append("\n• ").append(Verbatim.of(e.agency())).append(": ").append(Mention.of(e.user().userId(), names.get(e.user())))
				.append(" ")
				.append(switch (e.decision()) {
					case AWAITED -> "has not answered yet";
					case ENDORSED -> "endorsed on " + e.date();
					case DECLINED -> "declined on " + e.date() + ": " + Verbatim.of(e.reason());
				});
		}
		return Outcome.reply(text.toString());
	}

}
