package org.accord.core.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Invitation;
import org.accord.core.domain.Member;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.InvitationPort;
import org.accord.core.port.out.MemberPort;
import org.accord.core.port.out.PartnershipPort;

/**
 * {@code invite} and {@code join <code>}: a board that spans Slack and Teams, and a chair who need not
 * know everyone's handle.
 */
final class InvitationService {

	static final Duration VALID_FOR = Duration.ofDays(7);

	/** No 0/O, 1/I/L: codes are read aloud and typed. */
	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	private final InvitationPort invitations;

	private final PartnershipPort partnerships;

	private final MemberPort members;

	private final AssessmentPort assessments;

	private final ConversationService conversation;

	private final Clock clock;

	InvitationService(InvitationPort invitations, PartnershipPort partnerships, MemberPort members,
			AssessmentPort assessments, ConversationService conversation, Clock clock) {
		this.invitations = invitations;
		this.partnerships = partnerships;
		this.members = members;
		this.assessments = assessments;
		this.conversation = conversation;
		this.clock = clock;
	}

	/** {@code invite [as member | as authority <agency> | as facilitator]}. */
	Outcome invite(Boards.Seat seat, Caller caller, CommandText command) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair invites people to the board.");
		}
		List<String> words = command.after(1);
		Role role = Role.MEMBER;
		String agency = null;
		if (!words.isEmpty()) {
			if (!words.get(0).equalsIgnoreCase("as") || words.size() < 2) {
				return Outcome.reply("Write `" + caller.commandPrefix() + "invite as member` (or `as authority police`, `as facilitator`).");
			}
			switch (words.get(1).toLowerCase(Locale.ROOT)) {
				case "member" -> role = Role.MEMBER;
				case "facilitator" -> role = Role.FACILITATOR;
				case "authority" -> {
					role = Role.AUTHORITY;
					agency = String.join(" ", words.subList(2, words.size())).strip();
					if (agency.isEmpty()) {
						return Outcome.reply("Name the agency, e.g. `" + caller.commandPrefix() + "invite as authority police`.");
					}
				}
				default -> {
					return Outcome.reply("'" + words.get(1) + "' is not a role to invite: member, authority <agency> or facilitator."
							+ " The chair is handed over with `board add @name as chair`.");
				}
			}
		}
		Instant expires = clock.instant().plus(VALID_FOR);
		String code = code();
		invitations.save(new Invitation(code, seat.partnership().id(), role, agency, expires));
		String as = role == Role.AUTHORITY ? "responsible-authority representative (" + agency + ")" : role.words();
		return Outcome.reply("Invitation code *" + code + "* (joins as " + as + ", valid for 7 days). Share it with the person;"
				+ " they send `join " + code + "` to Accord in Teams (a personal chat) or `/assess join " + code + "` in Slack.");
	}

	/** {@code join <code>}: joins the board in the invitation's role, from any platform. */
	Outcome join(Caller caller, CommandText command) {
		String code = command.word(1).toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			return Outcome.reply("Send `join` with the code your chair gave you, e.g. `join K7P2QX9M`.");
		}
		Optional<Invitation> invitation = invitations.find(code);
		if (invitation.isEmpty() || invitation.get().expiresAt().isBefore(clock.instant())) {
			return Outcome.reply("That code is not valid" + (invitation.isPresent() ? " any more (codes last 7 days)" : "")
					+ ". Ask your chair for a new one.");
		}
		Partnership board = partnerships.find(invitation.get().partnershipId()).orElse(null);
		if (board == null) {
			return Outcome.reply("That board no longer exists.");
		}
		Optional<Member> seat = members.seatOf(caller.user());
		if (seat.isPresent()) {
			return Outcome.reply(seat.get().partnershipId().equals(board.id()) ? "You are on this board already, as "
					+ seat.get().roleWords() + "." : "You are on another board already; one board per person here.");
		}
		Member joined = members.save(new Member(Boards.personIdFor(board.id(), caller.user()), board.id(), caller.user(),
				invitation.get().role(), invitation.get().agency()));
		Outcome.Builder outcome = Outcome.builder().reply("Welcome to the board, as " + joined.roleWords()
				+ ". Accord runs the board's self-assessment here, one criterion at a time, anonymously. Type `"
				+ caller.commandPrefix() + "help` to see what you can do.");
		Optional<Assessment> open = assessments.current(board.id()).filter(Assessment::acceptsAnswers);
		if (open.isPresent() && joined.role().rates()) {
			outcome.add(conversation.open(open.get(), joined));
		}
		return outcome.build();
	}

	private String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
