package org.accord.core.service;

import java.time.Clock;

import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.ChatCommandUseCase;
import org.accord.core.port.in.EvidenceUseCase;
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

	private final ConversationService conversation;

	public CoreServices(PartnershipPort partnerships, MemberPort members, AssessmentPort assessments,
			ResponsePort responses, ParticipationPort participation, FrameworkCatalog frameworks, Pseudonyms pseudonyms,
			Clock clock) {
		Boards boards = new Boards(partnerships, members);
		this.conversation = new ConversationService(boards, assessments, responses, participation, frameworks, pseudonyms);
		AssessmentService assessment = new AssessmentService(assessments, members, participation, frameworks,
				conversation, clock);
		this.commands = new ChatCommandService(boards, new BoardService(members, assessments, conversation), assessment, conversation, assessments,
				participation);
	}

	public ChatCommandUseCase commands() {
		return commands;
	}

	public HomeUseCase home() {
		return commands;
	}

	public PromptActionUseCase promptActions() {
		return conversation;
	}

	public EvidenceUseCase evidence() {
		return conversation;
	}

}
