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
		if (command.role() == Role.CHAIR && !command.people().get(0).userId().equals(me.user().userId())) {
			return askToHandOver(seat, caller, command.people().get(0));
		}
		Optional<Assessment> open = assessments.current(seat.partnership().id()).filter(Assessment::acceptsAnswers);
		Outcome.Builder joiners = Outcome.builder();
		List<String> done = new ArrayList<>();
		List<Member> told = new ArrayList<>();
		for (Person person : command.people()) {
			PlatformUser user = new PlatformUser(caller.user().platform(), caller.user().workspace(), person.userId());
			Optional<Member> existing = members.find(seat.partnership().id(), user);
			Member saved = members.save(existing
				.map(m -> m.withRole(command.role(), command.agency()))
				.orElseGet(() -> new Member(Boards.personIdFor(seat.partnership().id(), user), seat.partnership().id(), user,
						command.role(), command.agency()))
				.named(person.name()));
			done.add(mention(saved) + " as " + saved.roleWords());
			if (!saved.user().equals(me.user()) && (existing.isEmpty() || existing.get().role() != saved.role()
					|| !java.util.Objects.equals(existing.get().agency(), saved.agency()))) {
				told.add(saved);
				joiners.direct(saved.user(), Card.text(mention(me) + " has " + (existing.isEmpty() ? "added you to" : "changed your role on")
						+ " the board, as " + Verbatim.of(saved.roleWords()) + ". " + firstSteps(saved.role(), caller)));
			}
			boolean ratedBefore = existing.map(m -> m.role().rates()).orElse(false);
			if (open.isPresent() && saved.role().rates() && !ratedBefore) {
				// Someone who joins while a round is open gets its opening, as everyone else did.
				joiners.add(conversation.open(open.get(), saved));
			}
		}
		StringBuilder reply = new StringBuilder("Added " + String.join(", ", done) + ". Each has been told, with what to do first."
				+ conversation.unreachable(told));
		if (open.isPresent() && joiners.build().deliveries().stream().anyMatch(d -> d instanceof org.accord.core.card.Delivery.Direct x
				&& x.slot() != null)) {
			reply.append(" They have been sent the open round's first prompt.");
		}
		return Outcome.builder().reply(reply.toString()).add(joiners.build()).build();
	}

	/** What a person in a role does, in a sentence: said when they are added, and at the top of their help. */
	static String role(Role role) {
		return switch (role) {
			case CHAIR -> "As chair you start the assessment, close its rounds and settle what the board disagrees on.";
			case MEMBER -> "You get each criterion to rate here when the chair starts an assessment; your ratings are anonymous.";
			case AUTHORITY -> "You rate the criteria with the board, and are asked to endorse the board's form for your agency.";
			case FACILITATOR -> "You follow the assessment and see its figures, without rating.";
		};
	}

	/** The role's sentence and where to go next, for a message that tells someone of their role. */
	static String firstSteps(Role role, Caller caller) {
		return role(role) + " `" + caller.commandPrefix() + "help` shows your next steps.";
	}

	/** Adding someone as chair asks first: the chair's seat goes to one person, and the chair becomes a member. */
	private Outcome askToHandOver(Boards.Seat seat, Caller caller, Person to) {
		PlatformUser user = new PlatformUser(caller.user().platform(), caller.user().workspace(), to.userId());
		String who = Mention.of(user, members.find(seat.partnership().id(), user).map(Member::name).orElse(to.name()));
		String board = seat.partnership().id().value();
		return Outcome.reply(new Card("Hand over the chair?", List.of(
				new Card.Part.Text("Hand the chair to " + who + "? You would become a member, and " + who
						+ " would run the assessment from then on: starting it, closing rounds, settling, the plan."),
				new Card.Part.Buttons(List.of(
						new Card.Button("Hand over the chair", new org.accord.core.card.ButtonAction(
								org.accord.core.card.ButtonAction.Kind.HAND_OVER, board, 0, to.userId(), null), "danger"),
						Card.Button.of("Keep the chair", new org.accord.core.card.ButtonAction(
								org.accord.core.card.ButtonAction.Kind.KEEP_CHAIR, board, 0, null, null)))))));
	}

	@Override
	public Outcome handOver(Caller caller, HandOver command) {
		Optional<Boards.Seat> found = boards.seat(caller.user());
		if (found.isEmpty() || !found.get().is(Role.CHAIR)
				|| command.partnershipId() != null && !command.partnershipId().equals(found.get().partnership().id().value())) {
			return Outcome.builder().updateClicked(Card.text("This was for the board's chair; the chair has not changed here."))
				.build();
		}
		Boards.Seat seat = found.get();
		Member me = seat.member().orElseThrow();
		PlatformUser user = new PlatformUser(caller.user().platform(), caller.user().workspace(), command.userId());
		if (user.equals(me.user())) {
			return Outcome.builder().updateClicked(Card.text("You are the chair already.")).build();
		}
		Optional<Member> existing = members.find(seat.partnership().id(), user);
		Member chair = members.save(existing.map(m -> m.withRole(Role.CHAIR, null))
			.orElseGet(() -> new Member(Boards.personIdFor(seat.partnership().id(), user), seat.partnership().id(), user,
					Role.CHAIR, null)));
		members.save(me.withRole(Role.MEMBER, null));
		Outcome.Builder outcome = Outcome.builder()
			.updateClicked(Card.text("You have handed the chair to " + mention(chair) + " and are now a member."))
			.direct(chair.user(), Card.text(mention(me) + " has handed you the chair of the board. " + firstSteps(Role.CHAIR, caller)));
		// Someone new to the board who becomes its chair while a round is open rates in it, as anyone added would.
		assessments.current(seat.partnership().id()).filter(Assessment::acceptsAnswers)
			.filter(open -> existing.map(m -> !m.role().rates()).orElse(true))
			.ifPresent(open -> outcome.add(conversation.open(open, chair)));
		return outcome.build();
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
