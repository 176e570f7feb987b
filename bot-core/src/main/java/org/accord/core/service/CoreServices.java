package org.accord.core.service;

import java.time.Clock;

import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.ChatCommandUseCase;
import org.accord.core.port.in.CloseRound;
import org.accord.core.port.in.EditSharedText;
import org.accord.core.port.in.ExportDocuments;
import org.accord.core.port.in.FormUseCase;
import org.accord.core.port.in.HomeUseCase;
import org.accord.core.port.in.MeetingPage;
import org.accord.core.port.in.NudgeSweepUseCase;
import org.accord.core.port.in.PromptActionUseCase;
import org.accord.core.port.in.SettleCriterion;
import org.accord.core.port.in.ShowConsensus;
import org.accord.core.port.in.StartConsensusRound;
import org.accord.core.port.out.ActionPort;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.ChecklistPort;
import org.accord.core.port.out.DeliveryPort;
import org.accord.core.port.out.InvitationPort;
import org.accord.core.port.out.MeetingLinkPort;
import org.accord.core.port.out.MemberPort;
import org.accord.core.port.out.NudgePort;
import org.accord.core.port.out.ParticipationPort;
import org.accord.core.port.out.PartnershipPort;
import org.accord.core.port.out.RegionPort;
import org.accord.core.port.out.ResponsePort;
import org.accord.core.port.out.UnsealedPort;

/** Builds core's use cases from its ports: the one place that knows how the services fit together. */
public final class CoreServices {

	private final ChatCommandService commands;

	private final ActionRouter actions;

	private final HomeService home;

	private final NudgeService nudges;

	private final DeliveryPort delivery;

	private final Resealing resealing;

	private final CloseRound closeRound;

	private final ShowConsensus showConsensus;

	private final StartConsensusRound startConsensusRound;

	private final SettleCriterion settleCriterion;

	private final EditSharedText editSharedText;

	private final ExportDocuments exportDocuments;

	private final PlanUseCases plan;

	private final MeetingPage meeting;

	/** The ports core needs; a record so that adding one does not grow every constructor. */
	public record Ports(PartnershipPort partnerships, MemberPort members, AssessmentPort assessments,
			ResponsePort responses, ParticipationPort participation, ActionPort actions, NudgePort nudges,
			ChecklistPort checklists, InvitationPort invitations, RegionPort regions, DeliveryPort delivery,
			UnsealedPort unsealed, MeetingLinkPort meetingLinks) {
	}

	/** Where the meeting page is served when nobody says: Accord on this machine, at its default port. */
	public static final String LOCAL_ADDRESS = "http://localhost:3978";

	public CoreServices(Ports ports, FrameworkCatalog frameworks, AnonymityKey key, Clock clock) {
		this(ports, frameworks, key, clock, () -> LOCAL_ADDRESS);
	}

	/**
	 * @param address where people reach Accord's own pages (the meeting page), as its links are written; asked each
	 * time, since the port Accord listens on may be known only once it has started
	 */
	public CoreServices(Ports ports, FrameworkCatalog frameworks, AnonymityKey key, Clock clock,
			java.util.function.Supplier<String> address) {
		this.delivery = ports.delivery();
		Boards boards = new Boards(ports.partnerships(), ports.members());
		NudgePlanner planner = new NudgePlanner(ports.nudges(), clock);
		Ballots ballots = new Ballots(ports.responses(), key);
		Places places = new Places(ports.participation(), key);
		ConversationService conversation = new ConversationService(boards, ports.assessments(), ballots, places,
				frameworks, ports.partnerships(), planner, ports.delivery());
		ConsensusContext reconciling = new ConsensusContext(boards, ports.assessments(), new AssessmentChanges(ports.assessments()),
				ballots, frameworks, clock);
		Documents documents = new Documents(reconciling);
		this.closeRound = new CloseRoundService(reconciling, new RoundProgress(ports.members(), places, conversation));
		this.showConsensus = new ShowConsensusService(reconciling);
		this.startConsensusRound = new StartConsensusRoundService(reconciling, ports.members(), conversation);
		this.settleCriterion = new SettleCriterionService(reconciling);
		this.editSharedText = new SharedTextService(reconciling);
		this.exportDocuments = new ExportDocumentsService(reconciling, documents);
		this.plan = new PlanUseCases(boards, ports.actions(), ports.assessments(), ports.members(), conversation, documents,
				planner, clock);
		this.meeting = new MeetingPageService(reconciling, new MeetingLinks(ports.meetingLinks(), key, clock), key,
				settleCriterion, plan.requestEndorsement(), ports.delivery(), address);
		ConsensusWords consensus = new ConsensusWords(closeRound, showConsensus, startConsensusRound, settleCriterion,
				editSharedText, exportDocuments, meeting, reconciling);
		EndorsementControls endorsement = plan.endorsementControls();
		AssessmentService assessment = new AssessmentService(boards, ports.assessments(), ports.members(), places,
				frameworks, conversation, clock);
		BoardService board = new BoardService(boards, ports.members(), ports.assessments(), conversation);
		this.home = new HomeService(boards, ports.assessments(), ports.actions(), conversation, places, assessment, plan.listing(),
				board);
		this.commands = new ChatCommandService(home, boards, board,
				assessment, conversation, consensus, endorsement, plan.words(), new SettingsService(boards, ports.partnerships(), ports.assessments()),
				new ChecklistService(ports.checklists(), frameworks, clock),
				new InvitationService(boards, ports.invitations(), ports.partnerships(), ports.members(), ports.assessments(),
						conversation, clock),
				new RegionService(boards, ports.regions(), ports.assessments(), frameworks, clock), ports.assessments());
		this.actions = new ActionRouter(new Answering(boards, ports.assessments(), ballots, places, conversation,
				conversation.prompts()),
				new ConsensusForms(startConsensusRound, settleCriterion, editSharedText, exportDocuments), endorsement, plan.forms(),
				assessment, boards, home, closeRound, showConsensus, meeting, board);
		this.resealing = new Resealing(ports.unsealed(), ports.assessments(), ports.members(), key, ballots, places);
		this.nudges = new NudgeService(ports.nudges(), planner, ports.partnerships(), ports.actions(), ports.assessments(),
				places, ports.members(), ports.delivery(), clock);
	}

	public ChatCommandUseCase commands() {
		return commands;
	}

	public HomeUseCase home() {
		return home;
	}

	public PromptActionUseCase promptActions() {
		return actions;
	}

	public FormUseCase forms() {
		return actions;
	}

	/** Delivery by platform, for an adapter whose outcome reaches people on another platform. */
	public DeliveryPort delivery() {
		return delivery;
	}

	/**
	 * Seals responses and places an earlier Accord stored in the clear; run once at start, before any request.
	 * @return how many responses and places were sealed
	 */
	public int[] sealEarlierResponses() {
		return resealing.run();
	}

	public CloseRound closeRound() {
		return closeRound;
	}

	public ShowConsensus showConsensus() {
		return showConsensus;
	}

	public StartConsensusRound startConsensusRound() {
		return startConsensusRound;
	}

	public SettleCriterion settleCriterion() {
		return settleCriterion;
	}

	public EditSharedText editSharedText() {
		return editSharedText;
	}

	public ExportDocuments exportDocuments() {
		return exportDocuments;
	}

	/** Endorsement and the action plan, each operation as its own use case. */
	public PlanUseCases plan() {
		return plan;
	}

	/** The board's meeting page, as the web page and the chat's buttons call it. */
	public MeetingPage meeting() {
		return meeting;
	}

	public NudgeSweepUseCase nudges() {
		return nudges;
	}

}
