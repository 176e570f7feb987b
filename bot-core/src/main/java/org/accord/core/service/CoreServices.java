package org.accord.core.service;

import java.time.Clock;

import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.ChatCommandUseCase;
import org.accord.core.port.in.FormUseCase;
import org.accord.core.port.in.HomeUseCase;
import org.accord.core.port.in.PromptActionUseCase;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;
import org.accord.core.port.out.ParticipationPort;
import org.accord.core.port.out.PartnershipPort;
import org.accord.core.port.out.ResponsePort;

/** Builds core's use cases from its ports: the one place that knows how the services fit together. */
public final class CoreServices {

	private final ChatCommandService commands;

	private final ActionRouter actions;

	public CoreServices(PartnershipPort partnerships, MemberPort members, AssessmentPort assessments,
			ResponsePort responses, ParticipationPort participation, FrameworkCatalog frameworks, Pseudonyms pseudonyms,
			Clock clock) {
		Boards boards = new Boards(partnerships, members);
		ConversationService conversation = new ConversationService(boards, assessments, responses, participation,
				frameworks, pseudonyms);
		ConsensusService consensus = new ConsensusService(boards, assessments, responses, members, conversation, clock);
		EndorsementService endorsement = new EndorsementService(boards, assessments, members, consensus, conversation,
				clock);
		AssessmentService assessment = new AssessmentService(assessments, members, participation, frameworks,
				conversation, clock);
		this.commands = new ChatCommandService(boards, new BoardService(members, assessments, conversation), assessment,
				conversation, consensus, endorsement, assessments, participation);
		this.actions = new ActionRouter(conversation, consensus, endorsement, boards);
	}

	public ChatCommandUseCase commands() {
		return commands;
	}

	public HomeUseCase home() {
		return commands;
	}

	public PromptActionUseCase promptActions() {
		return actions;
	}

	public FormUseCase forms() {
		return actions;
	}

}
