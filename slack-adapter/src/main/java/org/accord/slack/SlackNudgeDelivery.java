package org.accord.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.slack.api.methods.MethodsClient;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.out.DeliveryPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nudges to Slack users, sent at once (not after an ack) so the sweep knows whether they got through. Each
 * goes with the client of its recipient's workspace: one bot token for a single board, or, with Accord
 * installed to many workspaces, that workspace's own token.
 */
public final class SlackNudgeDelivery implements DeliveryPort {

	private static final Logger log = LoggerFactory.getLogger(SlackNudgeDelivery.class);

	private final Function<String, MethodsClient> clientForTeam;

	private final SlackDeliverer deliverer;

	/** One bot token for every workspace (the single-board mode). */
	public SlackNudgeDelivery(MethodsClient client, SlackDeliverer deliverer) {
		this(team -> client, deliverer);
	}

	/** @param clientForTeam a Slack team id to the client with its bot token, or null when Accord is not installed there */
	public SlackNudgeDelivery(Function<String, MethodsClient> clientForTeam, SlackDeliverer deliverer) {
		this.clientForTeam = clientForTeam;
		this.deliverer = deliverer;
	}

	@Override
	public boolean deliver(Outcome outcome) {
		boolean all = true;
		// Consecutive deliveries to one workspace go together, in order.
		String team = null;
		List<Delivery> batch = new ArrayList<>();
		for (Delivery delivery : outcome.deliveries()) {
			String to = team(delivery);
			if (!batch.isEmpty() && !Objects.equals(to, team)) {
				all &= send(team, batch);
				batch = new ArrayList<>();
			}
			team = to;
			batch.add(delivery);
		}
		if (!batch.isEmpty()) {
			all &= send(team, batch);
		}
		return all;
	}

	private boolean send(String team, List<Delivery> deliveries) {
		// Deliveries to no Slack workspace (a Teams member of a mixed board) pass through to their platform.
		MethodsClient client = team == null ? null : clientForTeam.apply(team);
		if (client == null && team != null) {
			log.warn("Cannot nudge in Slack workspace {}: Accord is not installed there", team);
			return false;
		}
		return deliverer.deliver(client, new Outcome(deliveries), new SlackDeliverer.Origin(null, null, null, null));
	}

	/** The Slack workspace a delivery goes to; null for one that does not go to a Slack user. */
	private static String team(Delivery delivery) {
		PlatformUser to = delivery instanceof Delivery.Direct d ? d.to()
				: delivery instanceof Delivery.File f ? f.to() : null;
		return to != null && SlackAccord.PLATFORM.equals(to.platform()) ? to.workspace() : null;
	}

}
