package org.accord.core.service;

import java.time.Clock;

import org.accord.core.port.in.AcceptDraftAction;
import org.accord.core.port.in.AcceptNewDate;
import org.accord.core.port.in.DeclineNewDate;
import org.accord.core.port.in.AddAction;
import org.accord.core.port.in.AddProgress;
import org.accord.core.port.in.AskForNewDate;
import org.accord.core.port.in.DeclineEndorsement;
import org.accord.core.port.in.DischargeAction;
import org.accord.core.port.in.DropAction;
import org.accord.core.port.in.Endorse;
import org.accord.core.port.in.ExportActionPlan;
import org.accord.core.port.in.ListActions;
import org.accord.core.port.in.MarkActionDone;
import org.accord.core.port.in.ProposePlan;
import org.accord.core.port.in.RequestEndorsement;
import org.accord.core.port.in.ShowEndorsements;
import org.accord.core.port.out.ActionPort;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.MemberPort;

/**
 * Endorsement and the action plan, one use case per operation: what Slack, Teams, a web page and tests call alike,
 * and what the typed words, buttons and forms are read into.
 */
public final class PlanUseCases {

	private final RequestEndorsementService requestEndorsement;

	private final EndorseService endorse;

	private final ShowEndorsementsService showEndorsements;

	private final ProposePlanService proposePlan;

	private final AddActionService addAction;

	private final AcceptDraftService acceptDraft;

	private final ClosingActions closing;

	private final MarkActionDoneService markDone;

	private final AddProgressService addProgress;

	private final NewDateService newDate;

	private final ActionListing listing;

	private final ExportActionPlanService export;

	PlanUseCases(Boards boards, ActionPort actions, AssessmentPort assessments, MemberPort members,
			ConversationService conversation, Documents consensus, NudgePlanner planner, Clock clock) {
		PlanContext context = new PlanContext(boards, actions, assessments, members, conversation, planner, clock);
		this.requestEndorsement = new RequestEndorsementService(boards, assessments, members, consensus, conversation);
		this.endorse = new EndorseService(boards, assessments, members, consensus, planner, clock);
		this.showEndorsements = new ShowEndorsementsService(boards, assessments, members);
		this.proposePlan = new ProposePlanService(context);
		this.addAction = new AddActionService(context);
		this.acceptDraft = new AcceptDraftService(context);
		this.closing = new ClosingActions(context);
		this.markDone = new MarkActionDoneService(context);
		this.addProgress = new AddProgressService(context);
		this.newDate = new NewDateService(context);
		this.listing = new ActionListing(context);
		this.export = new ExportActionPlanService(context);
	}

	public RequestEndorsement requestEndorsement() {
		return requestEndorsement;
	}

	public Endorse endorse() {
		return endorse;
	}

	public DeclineEndorsement declineEndorsement() {
		return endorse;
	}

	public ShowEndorsements showEndorsements() {
		return showEndorsements;
	}

	public ProposePlan proposePlan() {
		return proposePlan;
	}

	public AddAction addAction() {
		return addAction;
	}

	public AcceptDraftAction acceptDraftAction() {
		return acceptDraft;
	}

	public DischargeAction dischargeAction() {
		return closing;
	}

	public DropAction dropAction() {
		return closing;
	}

	public MarkActionDone markActionDone() {
		return markDone;
	}

	public AddProgress addProgress() {
		return addProgress;
	}

	public AskForNewDate askForNewDate() {
		return newDate;
	}

	public AcceptNewDate acceptNewDate() {
		return newDate;
	}

	public DeclineNewDate declineNewDate() {
		return newDate;
	}

	public ListActions listActions() {
		return listing;
	}

	public ExportActionPlan exportActionPlan() {
		return export;
	}

	/** Each person's own open actions, for their Home. */
	ActionListing listing() {
		return listing;
	}

	ActionWords words() {
		return new ActionWords(this);
	}

	ActionForms forms() {
		return new ActionForms(this);
	}

	EndorsementControls endorsementControls() {
		return new EndorsementControls(this);
	}

}
