package org.accord.core.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accord.core.card.Card;
import org.accord.core.card.Mention;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Member;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.ChangeBoard;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;

/** {@code board}, {@code board add … as …}, {@code board remove …}: the chair keeps the board. */
final class BoardService implements ChangeBoard {

	private final Boards boards;

	private final MemberPort members;

	private final AssessmentPort assessments;

	private final ConversationService conversation;

	BoardService(Boards boards, MemberPort members, AssessmentPort assessments, ConversationService conversation) {
		this.boards = boards;
		this.members = members;
		this.assessments = assessments;
		this.conversation = conversation;
	}

	@Override
	public Outcome show(Caller caller) {
		return boards.seat(caller.user()).filter(seat -> seat.member().isPresent()).map(seat -> show(seat, caller))
			.orElse(Outcome.reply("You are not on this workspace's board."));
	}

	Outcome show(Boards.Seat seat, Caller caller) {
		List<Member> board = new ArrayList<>(members.board(seat.partnership().id()));
		board.sort(Comparator.comparing((Member m) -> m.role().ordinal())
			.thenComparing(m -> m.name() == null ? "\uFFFF" + m.user().userId() : m.name()));
		return Outcome.reply(new Card("The board (" + board.size() + ")", boardParts(seat, caller, board)));
	}

	/** A text part holds this many people: each line is at most about 100 characters, a part at most 3,000. */
	private static final int PEOPLE_A_PART = 25;

	/** The board, a part per 25 people, so that no platform cuts a long board short. */
	static List<Card.Part> boardParts(Boards.Seat seat, Caller caller, List<Member> board) {
		List<Card.Part> parts = new ArrayList<>();
		StringBuilder text = new StringBuilder("*The board* (" + board.size() + ")");
		for (int i = 0; i < board.size(); i++) {
			if (i > 0 && i % PEOPLE_A_PART == 0) {
				parts.add(new Card.Part.Text(text.toString()));
				text = new StringBuilder();
			}
			Member m = board.get(i);
			text.append(text.isEmpty() ? "" : "\n").append("• ").append(mention(m)).append(" · ")
				.append(Verbatim.of(clip(m.roleWords(), 60)));
		}
		if (seat.is(Role.CHAIR)) {
			text.append("\n\nAdd people with `").append(caller.commandPrefix())
				.append("board add @name as member` (or `as authority police`, `as facilitator`, `as chair` to hand the chair over).");
		}
		parts.add(new Card.Part.Text(text.toString()));
		return parts;
	}

	private static String clip(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	/** {@code board add @a @b as <role> [agency]}: the words, read into the chair's command. */
	Outcome add(Boards.Seat seat, Caller caller, CommandText command) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can change the board.");
		}
		if (command.mentions().isEmpty()) {
			return Outcome.reply("Say who to add, e.g. `" + caller.commandPrefix() + "board add @alex @sam as member`.");
		}
		List<String> rest = command.after(2);
		int as = indexOfIgnoreCase(rest, "as");
		if (as < 0 || as + 1 >= rest.size()) {
			return Outcome.reply("Say which role, e.g. `" + caller.commandPrefix()
					+ "board add @alex as member` (member, chair, authority <agency>, facilitator).");
		}
		String roleWord = rest.get(as + 1).toLowerCase(Locale.ROOT);
		Optional<Role> role = switch (roleWord) {
			case "member" -> Optional.of(Role.MEMBER);
			case "chair" -> Optional.of(Role.CHAIR);
			case "authority" -> Optional.of(Role.AUTHORITY);
			case "facilitator" -> Optional.of(Role.FACILITATOR);
			default -> Optional.empty();
		};
		if (role.isEmpty()) {
			return Outcome.reply("'" + roleWord + "' is not a role here: use member, chair, authority <agency> or facilitator.");
		}
		String agency = String.join(" ", rest.subList(as + 2, rest.size())).strip();
		if (role.get() == Role.AUTHORITY && agency.isEmpty()) {
			return Outcome.reply("Name the agency, e.g. `" + caller.commandPrefix() + "board add @alex as authority police`.");
		}
		try {
			return add(seat, caller, new Add(people(command), role.get(), agency));
		}
		catch (IllegalArgumentException e) {
			return Outcome.reply(e.getMessage());
		}
	}

	@Override
	public Outcome add(Caller caller, Add command) {
		return boards.seat(caller.user()).map(seat -> add(seat, caller, command))
			.orElse(Outcome.reply("Only the chair can change the board."));
	}

	private Outcome add(Boards.Seat seat, Caller caller, Add command) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can change the board.");
		}
		Member me = seat.member().orElseThrow();
		Optional<Assessment> open = assessments.current(seat.partnership().id()).filter(Assessment::acceptsAnswers);
		Outcome.Builder joiners = Outcome.builder();
		List<String> done = new ArrayList<>();
		for (Person person : command.people()) {
			PlatformUser user = new PlatformUser(caller.user().platform(), caller.user().workspace(), person.userId());
			Optional<Member> existing = members.find(seat.partnership().id(), user);
			Member saved = members.save(existing
				.map(m -> m.withRole(command.role(), command.agency()))
				.orElseGet(() -> new Member(Boards.personIdFor(seat.partnership().id(), user), seat.partnership().id(), user,
						command.role(), command.agency()))
				.named(person.name()));
			done.add(mention(saved) + " as " + saved.roleWords());
			boolean ratedBefore = existing.map(m -> m.role().rates()).orElse(false);
			if (open.isPresent() && saved.role().rates() && !ratedBefore) {
				// Someone who joins while a round is open gets its opening, as everyone else did.
				joiners.add(conversation.open(open.get(), saved));
			}
		}
		StringBuilder reply = new StringBuilder("Added " + String.join(", ", done) + ".");
		if (command.role() == Role.CHAIR && !command.people().get(0).userId().equals(me.user().userId())) {
			members.save(me.withRole(Role.MEMBER, null));
			reply.append(" You have handed over the chair and are now a member.");
		}
		if (open.isPresent() && !joiners.build().deliveries().isEmpty()) {
			reply.append(" They have been sent the open round's first prompt.");
		}
		return Outcome.builder().reply(reply.toString()).add(joiners.build()).build();
	}

	/** {@code board remove @a …}. */
	Outcome remove(Boards.Seat seat, Caller caller, CommandText command) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can change the board.");
		}
		if (command.mentions().isEmpty()) {
			return Outcome.reply("Say who to remove, e.g. `" + caller.commandPrefix() + "board remove @alex`.");
		}
		return remove(seat, caller, new Remove(people(command)));
	}

	@Override
	public Outcome remove(Caller caller, Remove command) {
		return boards.seat(caller.user()).map(seat -> remove(seat, caller, command))
			.orElse(Outcome.reply("Only the chair can change the board."));
	}

	private Outcome remove(Boards.Seat seat, Caller caller, Remove command) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can change the board.");
		}
		List<String> removed = new ArrayList<>();
		List<String> notThere = new ArrayList<>();
		for (Person person : command.people()) {
			PlatformUser user = new PlatformUser(caller.user().platform(), caller.user().workspace(), person.userId());
			if (person.userId().equals(caller.user().userId())) {
				return Outcome.reply("The chair cannot leave the board: hand the chair over first (`"
						+ caller.commandPrefix() + "board add @name as chair`).");
			}
			Optional<Member> member = members.find(seat.partnership().id(), user);
			if (member.isPresent() && members.remove(member.get().id())) {
				removed.add(mention(member.get()));
			}
			else {
				notThere.add(Mention.of(new PlatformUser(caller.user().platform(), caller.user().workspace(), person.userId()), person.name()));
			}
		}
		String reply = (removed.isEmpty() ? "" : "Removed " + String.join(", ", removed) + ". Their answers so far stay, anonymously.")
				+ (notThere.isEmpty() ? "" : " Not on the board: " + String.join(", ", notThere) + ".");
		return Outcome.reply(reply.strip());
	}

	private static List<Person> people(CommandText command) {
		return command.mentions().stream().map(m -> new Person(m.userId(), m.name())).toList();
	}

	static String mention(Member member) {
		return Mention.of(member.user(), member.name());
	}

	private static int indexOfIgnoreCase(List<String> words, String word) {
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).equalsIgnoreCase(word)) {
				return i;
			}
		}
		return -1;
	}

}
