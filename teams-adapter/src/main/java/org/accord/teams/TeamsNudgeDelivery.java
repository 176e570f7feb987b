package org.accord.teams;

import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.out.DeliveryPort;

/** Nudges and round openings to Teams users, through their stored conversation references. */
public final class TeamsNudgeDelivery implements DeliveryPort {

	private final TeamsDeliverer deliverer;

	public TeamsNudgeDelivery(TeamsDeliverer deliverer) {
		this.deliverer = deliverer;
	}

	@Override
	public boolean deliver(Outcome outcome) {
		return deliverer.deliverProactively(outcome);
	}

	@Override
	public boolean canReach(PlatformUser user) {
		return deliverer.canReach(user);
	}

}
