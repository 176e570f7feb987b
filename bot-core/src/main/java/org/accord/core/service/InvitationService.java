package org.accord.core.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accord.core.card.Mention;
import org.accord.core.card.Outcome;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Invitation;
import org.accord.core.domain.Member;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.Invite;
import org.accord.core.port.in.JoinBoard;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.InvitationPort;
import org.accord.core.port.out.MemberPort;
import org.accord.core.port.out.PartnershipPort;

/**
 * {@code invite} and {@code join <code>}: a board that spans Slack and Teams, and a chair who need not
 * know everyone's handle.
 */
final class InvitationService implements Invite, JoinBoard {

	static final Duration VALID_FOR = Duration.ofDays(7);

	/** No 0/O, 1/I/L: codes are read aloud and typed. */
	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	private final Boards boards;

	private final InvitationPort invitations;

	private final PartnershipPort partnerships;

	private final MemberPort members;

	private final AssessmentPort assessments;

	private final ConversationService conversation;

	private final Clock clock;

	InvitationService(Boards boards, InvitationPort invitations, PartnershipPort partnerships, MemberPort members,
			AssessmentPort assessments, ConversationService conversation, Clock clock) {
		this.boards = boards;
		this.invitations = invitations;
		this.partnerships = partnerships;
		this.members = members;
		this.assessments = assessments;
		this.conversation = conversation;
		this.clock = clock;
	}

	static final int MEMBER_PLACES = Invite.Command.MEMBER_PLACES;

	static final int MOST_PLACES = Invite.Command.MOST_PLACES;

	/**
	 * {@code invite [as member [for N] | as authority <agency> | as facilitator]}, {@code invite revoke <code>},
	 * {@code invite list}. A code for a responsible authority or the facilitator is good for one person: whoever
	 * holds it speaks for an agency, or sees the participation.
	 */
	Outcome invite(Boards.Seat seat, Caller caller, CommandText command) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair invites people to the board.");
		}
		List<String> words = command.after(1);
		String p = caller.commandPrefix();
		if (!words.isEmpty() && words.get(0).equalsIgnoreCase("list")) {
			return list(seat, caller);
		}
		if (!words.isEmpty() && words.get(0).equalsIgnoreCase("revoke")) {
			if (words.size() != 2) {
				return Outcome.reply("Write `" + p + "invite revoke <code>`; `" + p + "invite list` shows your codes.");
			}
			return revoke(seat, caller, words.get(1));
		}
		Role role = Role.MEMBER;
		String agency = null;
		int places = MEMBER_PLACES;
		if (!words.isEmpty()) {
			if (!words.get(0).equalsIgnoreCase("as") || words.size() < 2) {
				return Outcome.reply("Write `" + p + "invite as member` (or `as member for 5`, `as authority police`,"
						+ " `as facilitator`).");
			}
			switch (words.get(1).toLowerCase(Locale.ROOT)) {
				case "member" -> {
					List<String> rest = words.subList(2, words.size());
					if (!rest.isEmpty()) {
						Integer n = rest.size() == 2 && rest.get(0).equalsIgnoreCase("for") ? number(rest.get(1)) : null;
						if (n == null || n < 1 || n > MOST_PLACES) {
							return Outcome.reply("Say how many may join with the code, from 1 to " + MOST_PLACES + ", e.g. `" + p
									+ "invite as member for 5`.");
						}
						places = n;
					}
				}
				case "facilitator" -> role = Role.FACILITATOR;
				case "authority" -> {
					role = Role.AUTHORITY;
					agency = String.join(" ", words.subList(2, words.size())).strip();
					if (agency.isEmpty()) {
						return Outcome.reply("Name the agency, e.g. `" + p + "invite as authority police`.");
					}
				}
				default -> {
					return Outcome.reply("'" + words.get(1) + "' is not a role to invite: member, authority <agency> or facilitator."
							+ " The chair is handed over with `board add @name as chair`.");
				}
			}
		}
		return invite(seat, caller, new Invite.Command(role, agency, places));
	}

	@Override
	public Outcome invite(Caller caller, Invite.Command command) {
		return chairs(caller, seat -> invite(seat, caller, command));
	}

	@Override
	public Outcome list(Caller caller) {
		return chairs(caller, seat -> list(seat, caller));
	}

	@Override
	public Outcome revoke(Caller caller, String code) {
		return chairs(caller, seat -> revoke(seat, caller, code));
	}

	private Outcome chairs(Caller caller, java.util.function.Function<Boards.Seat, Outcome> then) {
		return boards.seat(caller.user()).filter(seat -> seat.is(Role.CHAIR)).map(then)
			.orElse(Outcome.reply("Only the chair invites people to the board."));
	}

	private Outcome revoke(Boards.Seat seat, Caller caller, String given) {
		String code = given == null ? "" : given.strip().toUpperCase(Locale.ROOT);
		return Outcome.reply(invitations.revoke(seat.partnership().id(), code)
				? "Code *" + code + "* is revoked: nobody else can join with it. Who joined with it stays on the board."
				: "Your board has no code " + code + ". `" + caller.commandPrefix() + "invite list` shows your codes.");
	}

	private Outcome invite(Boards.Seat seat, Caller caller, Invite.Command command) {
		String p = caller.commandPrefix();
		Role role = command.role();
		String agency = command.agency();
		int places = command.places();
		Instant expires = clock.instant().plus(VALID_FOR);
		String code = code();
		invitations.save(new Invitation(code, seat.partnership().id(), role, agency, expires, places, List.of(), false));
		String as = role == Role.AUTHORITY ? "responsible-authority representative (" + agency + ")" : role.words();
		return Outcome.reply("Invitation code *" + code + "* (joins as " + as + ", for " + (places == 1 ? "one person"
				: "up to " + places + " people") + ", valid for 7 days). Share it with " + (places == 1 ? "the person" : "them")
				+ "; they send `join " + code + "` to Accord in Teams (a personal chat) or `/assess join " + code + "` in Slack."
				+ " You are told as each joins; `" + p + "invite list` shows who joined with which code, `" + p
				+ "invite revoke " + code + "` ends it.");
	}

	/** The board's codes: role, places taken, state, and who joined with each. */
	private Outcome list(Boards.Seat seat, Caller caller) {
		List<Invitation> all = invitations.of(seat.partnership().id());
		if (all.isEmpty()) {
			return Outcome.reply("Your board has no invitation codes. Make one with `" + caller.commandPrefix()
					+ "invite as member`.");
		}
		Instant now = clock.instant();
		StringBuilder text = new StringBuilder("*Invitation codes*");
		for (Invitation i : all) {
			String state = i.revoked() ? "revoked" : !i.expiresAt().isAfter(now) ? "expired"
					: i.joined().size() >= i.places() ? "used up" : "valid until " + i.expiresAt().toString().substring(0, 10);
			text.append("\n• *").append(i.code()).append("* as ")
				.append(i.role() == Role.AUTHORITY ? "authority (" + i.agency() + ")" : i.role().words()).append(" · ")
				.append(i.joined().size()).append(" of ").append(i.places()).append(" joined · ").append(state);
			if (!i.joined().isEmpty()) {
				text.append(": ").append(String.join(", ", i.joined().stream().map(u -> Mention.of(u, members.find(i.partnershipId(), u).map(Member::name).orElse(null))).toList()));
			}
		}
		return Outcome.reply(text.toString());
	}

	/** {@code join <code>}: joins the board in the invitation's role, from any platform. */
	Outcome join(Caller caller, CommandText command) {
		if (command.word(1).isEmpty()) {
			return Outcome.reply("Send `join` with the code your chair gave you, e.g. `join K7P2QX9M`.");
		}
		return join(caller, new JoinBoard.Command(command.word(1)));
	}

	@Override
	public Outcome join(Caller caller, JoinBoard.Command command) {
		String code = command.code();
		Optional<Invitation> invitation = invitations.find(code);
		if (invitation.isEmpty()) {
			return Outcome.reply(refusal(invitation));
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
		if (!invitation.get().usable(clock.instant()) || !invitations.take(code, caller.user())) {
			return Outcome.reply(refusal(invitations.find(code)));
		}
		Member joined = members.save(new Member(Boards.personIdFor(board.id(), caller.user()), board.id(), caller.user(),
				invitation.get().role(), invitation.get().agency(), caller.name()));
		Outcome.Builder outcome = Outcome.builder().reply("Welcome to the board, as " + joined.roleWords()
				+ ". Accord runs the board's self-assessment here, one criterion at a time, anonymously. Type `"
				+ caller.commandPrefix() + "help` to see what you can do.");
		Invitation taken = invitations.find(code).orElse(invitation.get());
		members.board(board.id()).stream().filter(m -> m.role() == Role.CHAIR).findFirst()
			.ifPresent(chair -> outcome.direct(chair.user(), org.accord.core.card.Card.text(BoardService.mention(joined)
					+ " joined the board as " + joined.roleWords() + " with code " + code + " (" + taken.joined().size()
					+ " of " + taken.places() + (taken.places() == 1 ? " place" : " places") + " taken).")));
		Optional<Assessment> open = assessments.current(board.id()).filter(Assessment::acceptsAnswers);
		if (open.isPresent() && joined.role().rates()) {
			outcome.add(conversation.open(open.get(), joined));
		}
		return outcome.build();
	}

	private String refusal(Optional<Invitation> invitation) {
		if (invitation.isEmpty()) {
			return "That code is not valid. Ask your chair for a new one.";
		}
		Invitation i = invitation.get();
		return i.revoked() ? "That code was revoked by the chair. Ask your chair for a new one."
				: !i.expiresAt().isAfter(clock.instant()) ? "That code is not valid any more (codes last 7 days). Ask your chair for a new one."
						: "That code has been used by as many people as it was for. Ask your chair for a new one.";
	}

	private static Integer number(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
