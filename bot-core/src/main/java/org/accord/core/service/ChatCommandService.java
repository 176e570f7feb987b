package org.accord.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.accord.core.card.Card;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Member;
import org.accord.core.domain.Role;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.ChatCommandUseCase;
import org.accord.core.port.in.HomeUseCase;
import org.accord.core.port.in.Typed;
import org.accord.core.port.out.AssessmentPort;

/** Reads a typed command and hands it to the service that owns it; says plainly when it cannot. */
public final class ChatCommandService implements ChatCommandUseCase {

	private final Boards boards;

	private final BoardService board;

	private final AssessmentService assessment;

	private final ConversationService conversation;

	private final ConsensusWords consensus;

	private final EndorsementControls endorsement;

	private final ActionWords plan;

	private final SettingsService settings;

	private final ChecklistService checklist;

	private final InvitationService invitations;

	private final RegionService regions;

	private final AssessmentPort assessments;

	private final HomeUseCase home;

	ChatCommandService(HomeUseCase home, Boards boards, BoardService board, AssessmentService assessment,
			ConversationService conversation, ConsensusWords consensus, EndorsementControls endorsement,
			ActionWords plan, SettingsService settings, ChecklistService checklist, InvitationService invitations,
			RegionService regions, AssessmentPort assessments) {
		this.home = home;
		this.regions = regions;
		this.invitations = invitations;
		this.checklist = checklist;
		this.plan = plan;
		this.settings = settings;
		this.boards = boards;
		this.board = board;
		this.assessment = assessment;
		this.conversation = conversation;
		this.consensus = consensus;
		this.endorsement = endorsement;
		this.assessments = assessments;
	}

	@Override
	public Outcome handle(Caller caller, Typed typed) {
		CommandText command = CommandText.parse(typed);
		if (command.verb().equals("join")) {
			// Before anything else: joining must not found a board of the joiner's own.
			return invitations.join(caller, command);
		}
		if (List.of("hi", "hello", "hey", "hiya", "home").contains(command.verb())) {
			// A greeting finds where the person stands, with their role's next steps; it makes nobody a chair unasked.
			Optional<Boards.Seat> seat = boards.seat(caller.user()).filter(s -> s.member().isPresent());
			return Outcome.reply(seat.isPresent() && !command.verb().equals("home") ? nextSteps(seat.get(), caller) : home.home(caller));
		}
		if (command.verb().equals("region")) {
			// A regional lead need not sit on a board, and asking must not found one.
			return regions.handle(boards.seat(caller.user()), caller, command);
		}
		Optional<Boards.Seat> existing = boards.seat(caller.user());
		if (existing.isEmpty() && !foundsABoard(command)) {
			// Nobody becomes a chair by asking for help or saying something else: the Home asks them first.
			return Outcome.reply(home.home(caller));
		}
		Boards.Seat seat = existing.orElseGet(() -> boards.seatOrFound(caller.user()));
		if (seat.justFounded()) {
			// A name is kept when someone takes a seat (founding, joining, being added), never on other requests:
			// a refused or hostile one changes nothing stored.
			seat = boards.named(seat, caller.name());
		}
		Outcome.Builder welcome = Outcome.builder();
		if (seat.justFounded()) {
			welcome.reply("Welcome to Accord. This workspace had no board, so one has been made with you as its chair.");
		}
		if (seat.member().isEmpty() && command.verb().equals("actions") && command.word(1).equalsIgnoreCase("mine")) {
			return plan.list(caller, command);
		}
		if (seat.member().isEmpty()) {
			return Outcome.reply("You are not on this workspace's board yet. Ask the chair to add you with `"
					+ caller.commandPrefix() + "board add @you as member`, or for an invitation code to send as `"
					+ caller.commandPrefix() + "join <code>`.");
		}
		Outcome answer = switch (command.verb()) {
			case "help" -> command.word(1).equalsIgnoreCase("all") ? Outcome.reply(help(seat, caller)) : Outcome.reply(nextSteps(seat, caller));
			// A greeting or a question is asking what to do: the answer is the person's next steps.
			case "what", "what's", "whats", "how", "?" -> Outcome.reply(nextSteps(seat, caller));
			case "board" -> switch (command.word(1).toLowerCase(java.util.Locale.ROOT)) {
				case "" -> board.show(seat, caller);
				case "add" -> board.add(seat, caller, command);
				case "remove" -> board.remove(seat, caller, command);
				default -> Outcome.reply("`board` takes `add` or `remove`, e.g. `" + caller.commandPrefix()
						+ "board add @alex as member`.");
			};
			case "start" -> assessment.start(seat, caller, command);
			case "status" -> assessment.status(seat, caller);
			case "resume", "continue" -> withOpenRound(seat, caller, (a, m) -> Outcome.builder()
				.reply("Your prompt is in your direct messages with Accord.")
				.add(conversation.resume(caller, a, m))
				.build());
			// Your own answers stay yours to read after the round closes.
			case "mine" -> withRound(seat, caller, false, (a, m) -> Outcome.reply(conversation.mine(a, m)));
			case "close" -> consensus.close(caller, command);
			case "reopen" -> consensus.reopen(caller, command);
			case "consensus" -> consensus.view(caller, command);
			case "round" -> consensus.startRound(caller, command);
			case "settle" -> consensus.settle(caller, command);
			case "text" -> consensus.textForm(caller, command);
			case "export" -> consensus.export(caller, command);
			case "meeting" -> consensus.meeting(caller, command);
			case "endorse" -> endorsement.request(caller);
			case "endorsements" -> endorsement.status(caller);
			case "action" -> plan.command(caller, command);
			case "actions" -> plan.list(caller, command);
			case "plan" -> plan.propose(caller);
			case "settings" -> settings.handle(seat, caller, command);
			case "checklist" -> checklist.handle(seat, caller, command);
			case "invite" -> invitations.invite(seat, caller, command);
			default -> Outcome.reply(notKnown(command, caller));
		};
		return welcome.add(answer).build();
	}

	/**
	 * The chair's first steps, typed, in a workspace with no board: the board itself, adding people, inviting,
	 * starting an assessment, adding an action. Saying them is asking to set a board up; nothing else is.
	 */
	private static boolean foundsABoard(CommandText command) {
		String verb = command.verb();
		return verb.equals("board") || verb.equals("start") || verb.equals("invite")
				|| verb.equals("action") && command.word(1).equalsIgnoreCase("add");
	}

	/** A few commands each role uses most; {@code help all} lists every one. */
	private static String commonCommands(Role role, Caller caller) {
		String p = caller.commandPrefix();
		List<String> words = switch (role) {
			case CHAIR -> List.of("status", "board", "invite", "close", "consensus", "meeting", "plan");
			case MEMBER -> List.of("resume", "mine", "status", "actions mine");
			case AUTHORITY -> List.of("resume", "mine", "endorsements", "actions mine");
			case FACILITATOR -> List.of("status", "consensus", "export", "meeting");
		};
		return "`" + p + String.join("` · `" + p, words) + "` · `" + p + "help all` lists every command.";
	}

	/** Help is the person's own next steps, for their role, with their Home's buttons; not every command there is. */
	private Card nextSteps(Boards.Seat seat, Caller caller) {
		Member me = seat.member().orElseThrow();
		Card where = home.home(caller);
		List<Card.Part> parts = new ArrayList<>();
		parts.add(new Card.Part.Text("*You are " + Verbatim.of(me.roleWords()) + " on the board.* "
				+ BoardService.role(me.role())));
		parts.addAll(where.parts());
		parts.add(new Card.Part.Context(commonCommands(me.role(), caller)));
		return new Card("Your next steps", parts);
	}

	/** Words Accord does not know get the person's next steps (their Home), not the whole list of commands. */
	private Card notKnown(CommandText command, Caller caller) {
		Card where = home.home(caller);
		List<Card.Part> parts = new ArrayList<>();
		parts.add(new Card.Part.Text("I don't know '" + Verbatim.of(command.word(0))
				+ "'. Here is where you stand, with your next steps; `" + caller.commandPrefix() + "help all` lists every command."));
		parts.addAll(where.parts());
		return new Card(where.summary(), parts);
	}

	private Outcome withOpenRound(Boards.Seat seat, Caller caller, java.util.function.BiFunction<Assessment, Member, Outcome> then) {
		return withRound(seat, caller, true, then);
	}

	private Outcome withRound(Boards.Seat seat, Caller caller, boolean open,
			java.util.function.BiFunction<Assessment, Member, Outcome> then) {
		Member me = seat.member().orElseThrow();
		if (!me.role().rates()) {
			return Outcome.reply("As facilitator you follow the assessment but do not rate. See `" + caller.commandPrefix() + "status`.");
		}
		Optional<Assessment> current = assessments.current(seat.partnership().id());
		if (current.isEmpty()) {
			return Outcome.reply("No assessment is under way.");
		}
		if (open && !current.get().acceptsAnswers()) {
			return Outcome.reply("Round " + current.get().round() + " has closed, so answers are no longer taken; yours are kept (`"
					+ caller.commandPrefix() + "mine` shows them). You will hear if the chair opens a consensus round.");
		}
		return then.apply(current.get(), me);
	}

	private static String help(Boards.Seat seat, Caller caller) {
		String p = caller.commandPrefix();
		Role role = seat.member().map(Member::role).orElse(Role.MEMBER);
		StringBuilder text = new StringBuilder("*What you can do* (you are " + seat.member().map(Member::roleWords).orElse("") + ")\n");
		if (role.rates()) {
			text.append("• `").append(p).append("resume`: carry on answering where you left off\n");
			text.append("• `").append(p).append("mine`: see your own answers\n");
		}
		text.append("• `").append(p).append("status`: how far the assessment has got\n");
		text.append("• `").append(p).append("actions [mine | overdue]`: the action plan; `action done|progress|date <n> …` answers for yours\n");
		text.append("• `").append(p).append("settings`: the board's timezone and quiet hours\n");
		text.append("• `").append(p).append("checklist [item]`: the Hallmarks checklist, \"90 of 115 (78%) adopted\"\n");
		text.append("• `").append(p).append("board`: who is on the board\n");
		if (role == Role.CHAIR) {
			text.append("• `").append(p).append("board add @a @b as member` (or `as authority <agency>`, `as facilitator`, `as chair`)\n");
			text.append("• `").append(p).append("board remove @a`\n");
			text.append("• `").append(p).append("invite [as member [for N] | as authority <agency> | as facilitator]`: a code to join from Slack or Teams"
					+ " (one person for an authority or the facilitator) · `invite list`: who joined with which · `invite revoke <code>`\n");
			text.append("• `").append(p).append("start <framework> [due YYYY-MM-DD] [title]`: e.g. `").append(p)
				.append("start cdrp-2002 due 2026-12-31 Annual self-assessment`\n");
			text.append("• `").append(p).append("close`: close the open round\n");
			text.append("• `").append(p).append("round [all | 1.2 3.4 …] [due YYYY-MM-DD]`: a consensus round on disputed criteria\n");
			text.append("• `").append(p).append("settle 1.2 <category> [note]`: settle what is still disputed\n");
			text.append("• `").append(p).append("text 1.2`: edit the board's agreed evidence and comment\n");
			text.append("• `").append(p).append("endorse`: ask the responsible authorities to endorse\n");
			text.append("• `").append(p).append("plan`: draft actions from the consensus; `action add \"<text>\" @owner due YYYY-MM-DD [milestone \"<text>\"] [criterion 2.3]`\n");
			text.append("• `").append(p).append("settings timezone <zone>` · `settings quiet-hours <HH:MM-HH:MM | off> [weekends on|off]`"
					+ " · `settings agreement <percent>` · `settings minimum <ratings>`\n");
			text.append("• `").append(p).append("checklist 3a adopted [YYYY-MM-DD] [note]` · `checklist 3a further \"<action>\" @owner`\n");
		}
		if (role.seesParticipation()) {
			text.append("• `").append(p).append("consensus`: the consensus view, once a round is closed\n");
			text.append("• `").append(p).append("export`: the form (DOCX), the figures (XLSX, CSV)\n");
			text.append("• `").append(p).append("meeting`: a link to the meeting page, for the board to agree face to face\n");
		}
		if (role.seesParticipation() || role == Role.AUTHORITY) {
			text.append("• `").append(p).append("endorsements`: who has endorsed for which agency\n");
		}
		text.append("• `").append(p).append("region`: a regional picture across partnerships (`region create`, `region join`)\n");
		text.append("• `").append(p).append("help`: your next steps · `help all`: this list");
		return text.toString();
	}

}
