package org.accord.core.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Card.Button;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.MeetingLink;
import org.accord.core.domain.Role;
import org.accord.core.domain.Settlement;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.MeetingPage;
import org.accord.core.port.in.RequestEndorsement;
import org.accord.core.port.in.SettleCriterion;
import org.accord.core.port.out.DeliveryPort;

/**
 * The meeting page's use case. The page acts as the person whose link it is, through the same use cases as their
 * chat buttons: what the chair records here is what the chat views, the documents and endorsement see.
 */
final class MeetingPageService implements MeetingPage {

	private static final String ENDED = "This link has ended: ask the chair for a new one.";

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMM HH:mm z", java.util.Locale.UK);

	private final ConsensusContext context;

	private final MeetingLinks links;

	private final AnonymityKey key;

	private final SettleCriterion settle;

	private final RequestEndorsement endorsement;

	private final DeliveryPort delivery;

	private final java.util.function.Supplier<String> address;

	MeetingPageService(ConsensusContext context, MeetingLinks links, AnonymityKey key, SettleCriterion settle,
			RequestEndorsement endorsement, DeliveryPort delivery, java.util.function.Supplier<String> address) {
		this.context = context;
		this.links = links;
		this.key = key;
		this.settle = settle;
		this.endorsement = endorsement;
		this.delivery = delivery;
		this.address = address;
	}

	@Override
	public Outcome link(Caller caller, LinkCommand command) {
		Optional<Boards.Seat> seat = context.boards().seat(caller.user());
		if (seat.isEmpty()) {
			return ConsensusContext.notOnBoard();
		}
		boolean chair = seat.get().is(Role.CHAIR);
		if (!chair && !seat.get().is(Role.FACILITATOR)) {
			return Outcome.reply("The meeting page is the chair's and the facilitator's to open; the board sees it with them.");
		}
		Optional<Assessment> current = context.current(seat.get(), command.assessmentId());
		if (current.isEmpty()) {
			return Outcome.reply(AssessmentChanges.NONE);
		}
		Assessment assessment = current.get();
		if (context.results(assessment).round(1).isEmpty()) {
			return Outcome.reply("Round 1 is still open. The meeting page shows a round once it has closed (`"
					+ caller.commandPrefix() + "close`), never a count that moves.");
		}
		boolean controls = chair && !command.viewOnly();
		String token = links.issue(assessment, caller.user(), controls);
		ZoneId zone = seat.get().partnership().timezone();
		String until = UNTIL.format(java.time.ZonedDateTime.now(context.clock().withZone(zone)).plus(MeetingLink.LIFETIME));
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Text((controls ? "*Meeting page* for " : "*Meeting page, to view* for ") + Verbatim.of(assessment.title())
				+ ", open until " + until + ":\n" + base() + "/meeting/" + token));
		parts.add(new Part.Context(controls
				? "This link records what the board agrees: keep it to yourself, and put a view-only link on the shared screen."
						+ " Any link shows the anonymous figures and words, never a name."
				: "This link shows the page and records nothing. It shows the anonymous figures and words, never a name."));
		if (chair) {
			List<Button> buttons = new ArrayList<>();
			if (controls) {
				buttons.add(new Button("View-only link",
						new ButtonAction(ButtonAction.Kind.MEETING_LINK, assessment.id().value(), assessment.round(), null, "view"), null));
			}
			buttons.add(new Button("End meeting links", ButtonAction.of(ButtonAction.Kind.MEETING_END, assessment.id().value(),
					assessment.round(), null), null));
			parts.add(new Part.Buttons(buttons));
		}
		return Outcome.reply(new Card("Meeting page · " + Verbatim.of(assessment.title()), parts));
	}

	@Override
	public Outcome endLinks(Caller caller, LinkCommand command) {
		Optional<Boards.Seat> seat = context.boards().seat(caller.user());
		if (seat.isEmpty()) {
			return ConsensusContext.notOnBoard();
		}
		if (!seat.get().is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can end the meeting links.");
		}
		Optional<Assessment> current = context.current(seat.get(), command.assessmentId());
		if (current.isEmpty()) {
			return Outcome.reply(AssessmentChanges.NONE);
		}
		int ended = links.endAll(current.get().id());
		return Outcome.reply(ended == 0 ? "No meeting link was open."
				: "Ended " + ended + (ended == 1 ? " meeting link" : " meeting links")
						+ ": a page opened with one now says so, and shows nothing more.");
	}

	/** A link that opens the page now, with its assessment; or null, when it opens nothing. */
	private record Open(MeetingLink link, Assessment assessment) {
	}

	/**
	 * The link, if it is good and still stands: its maker still sits on the link's board as the chair or the
	 * facilitator (someone taken off the board, or made a member, no longer sees the board's words through it), and
	 * its assessment is there. A link that no longer stands has ended, as an expired one has.
	 */
	private Optional<Open> usable(MeetingLinks.Checked checked) {
		MeetingLink link = checked.link();
		if (link == null) {
			return Optional.empty();
		}
		boolean seated = context.boards().seat(link.madeBy())
			.filter(seat -> seat.partnership().id().equals(link.partnershipId()))
			.flatMap(Boards.Seat::member)
			.map(m -> m.role().seesParticipation())
			.orElse(false);
		return seated ? assessment(link).map(a -> new Open(link, a)) : Optional.empty();
	}

	@Override
	public Opened open(String token) {
		MeetingLinks.Checked checked = links.check(token);
		if (checked.link() == null && checked.refusal() == MeetingLinks.Refusal.UNKNOWN) {
			return new Opened.Unknown();
		}
		return usable(checked).<Opened>map(open -> new Opened.Shown(view(open.link(), open.assessment())))
			.orElse(new Opened.Ended());
	}

	@Override
	public String stamp(String token) {
		return usable(links.check(token)).map(open -> stamp(open.assessment())).orElse(null);
	}

	@Override
	public Done settle(String token, String criterionId, String levelKey, String note) {
		return asChair(token, "records what the board agrees", open -> settle(open, criterionId, levelKey, note));
	}

	/** A step only the chair's own link takes, on a link that still stands; else why not, in the page's words. */
	private Done asChair(String token, String what, java.util.function.Function<Open, Done> step) {
		Optional<Open> open = usable(links.check(token));
		if (open.isEmpty()) {
			return new Done(false, ENDED);
		}
		if (!controls(open.get().link())) {
			return new Done(false, "This page only shows: the chair's own link " + what + ".");
		}
		return step.apply(open.get());
	}

	private Done settle(Open open, String criterionId, String levelKey, String note) {
		MeetingLink link = open.link();
		SettleCriterion.Command command;
		try {
			command = new SettleCriterion.Command(link.assessmentId().value(), criterionId, levelKey, note, true);
		}
		catch (IllegalArgumentException e) {
			return new Done(false, e.getMessage());
		}
		String said = said(settle.settle(caller(link), command));
		// Recorded only if the form moved on to this very settlement: a refusal leaves the version where it was.
		Optional<Assessment> after = assessment(link);
		Settlement now = after.map(a -> a.settlements().get(command.criterionId())).orElse(null);
		boolean done = after.isPresent() && after.get().version() != open.assessment().version() && now != null
				&& now.how() == Settlement.How.MEETING && now.levelKey().equals(command.levelKey());
		return new Done(done, said);
	}

	@Override
	public Done askForEndorsement(String token) {
		return asChair(token, "asks for endorsement", this::askForEndorsement);
	}

	private Done askForEndorsement(Open open) {
		MeetingLink link = open.link();
		Assessment assessment = open.assessment();
		Optional<Assessment> current = context.assessments().current(link.partnershipId());
		if (current.isEmpty() || !current.get().id().equals(assessment.id())) {
			return new Done(false, "This page is of an earlier assessment than the board's current one: nothing was asked.");
		}
		if (assessment.endorsementAsked()) {
			return new Done(false, "Endorsement has been asked for already: each authority has the request in their chat.");
		}
		if (!offersEndorsement(assessment, context.framework(assessment))) {
			return new Done(false, "Not yet: settle what is still disputed first.");
		}
		Outcome outcome = endorsement.request(caller(link));
		// The requests go to the authorities in their own chat; the page shows the chair what was done.
		List<Delivery> onward = outcome.deliveries().stream().filter(d -> !(d instanceof Delivery.Reply)).toList();
		if (!onward.isEmpty()) {
			delivery.deliver(new Outcome(onward));
		}
		boolean done = assessment(link).map(Assessment::endorsementAsked).orElse(false);
		return new Done(done, said(outcome));
	}

	private static boolean offersEndorsement(Assessment assessment, org.accord.core.domain.Framework framework) {
		return assessment.state() == Assessment.State.RECONCILING && !assessment.roundOpen()
				&& assessment.disputed(framework.criterionIds()).isEmpty();
	}

	private View view(MeetingLink link, Assessment assessment) {
		Results results = context.results(assessment);
		var framework = results.framework();
		MeetingItems items = new MeetingItems(results, context.ballots(), PreviousCycle.of(context.assessments(), assessment),
				words -> MeetingItems.hex(key.meetingWordsOrder(link.id(), words)));
		boolean controls = controls(link);
		boolean settling = controls && assessment.reconcilable() && !assessment.roundOpen();
		return new View(assessment.title(), framework.title(), controls, stamp(assessment),
				status(assessment, results, link, controls), assessment.minimumToShow() + 1,
				framework.scale().levels().stream().map(l -> new Category(l.key(), l.label(), l.definition())).toList(),
				items.items(), settling, controls && offersEndorsement(assessment, framework),
				link.expiresAt());
	}

	private static String status(Assessment assessment, Results results, MeetingLink link, boolean controls) {
		if (results.round(1).isEmpty()) {
			return "Round 1 is open. The page shows a round once it has closed, never a count that moves.";
		}
		String lead = link.controls() && !controls ? "The link's maker is no longer the chair, so this page only shows. " : "";
		return lead + switch (assessment.state()) {
			case FINAL, MONITORING -> "The form is final: every responsible authority endorsed it.";
			case ENDORSING -> "Endorsement has been asked for. A change now voids what was endorsed, and the chair asks again.";
			default -> assessment.roundOpen()
					? "Round " + assessment.round() + " is open: below are the figures from before it. What the board agrees"
							+ " can be recorded once it closes."
					: "Round " + assessment.round() + " is closed: " + disputed(assessment, results) + ".";
		};
	}

	private static String disputed(Assessment assessment, Results results) {
		int left = assessment.disputed(results.framework().criterionIds()).size();
		return left == 0 ? "nothing is left disputed" : left == 1 ? "1 criterion is still disputed" : left + " criteria are still disputed";
	}

	private boolean controls(MeetingLink link) {
		return link.controls() && context.boards().seat(link.madeBy()).map(s -> s.is(Role.CHAIR)).orElse(false);
	}

	private Optional<Assessment> assessment(MeetingLink link) {
		return context.assessments().find(link.assessmentId()).filter(a -> a.partnershipId().equals(link.partnershipId()));
	}

	private String base() {
		String base = address.get();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	private static Caller caller(MeetingLink link) {
		return new Caller(link.madeBy(), "");
	}

	private static String stamp(Assessment assessment) {
		return assessment.version() + "." + assessment.state().name().toLowerCase(java.util.Locale.ROOT) + "."
				+ assessment.round() + (assessment.roundOpen() ? "o" : "c");
	}

	/** What the use case answered the chair, as plain sentences. */
	private static String said(Outcome outcome) {
		List<String> lines = new ArrayList<>();
		for (Card card : outcome.replies()) {
			for (Part part : card.parts()) {
				if (part instanceof Part.Text t) {
					lines.add(t.text());
				}
				else if (part instanceof Part.Heading h) {
					lines.add(h.text());
				}
			}
		}
		return String.join("\n", lines);
	}

}
