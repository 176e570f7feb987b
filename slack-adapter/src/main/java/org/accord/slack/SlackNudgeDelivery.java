package org.accord.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.out.DeliveryPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nudges to Slack users, each in its conversation's turn ({@link SlackPace}), and the sweep hears whether they got
 * through. Each goes with the client of its recipient's workspace: one bot token for a single board, or, with Accord
 * installed to many workspaces, that workspace's own token.
 */
public final class SlackNudgeDelivery implements DeliveryPort, AutoCloseable {

	/** Threads waiting for Slack's answers to nudges: enough that a slow answer holds up few others. */
	private static final int SENDERS = 8;

	private static final Logger log = LoggerFactory.getLogger(SlackNudgeDelivery.class);

	private final Function<String, MethodsClient> clientForTeam;

	private final SlackDeliverer deliverer;

	private final SlackPace pace;

	/** One bot token for every workspace (the single-board mode). */
	public SlackNudgeDelivery(MethodsClient client, SlackDeliverer deliverer) {
		this(team -> client, deliverer);
	}

	/** @param clientForTeam a Slack team id to the client with its bot token, or null when Accord is not installed there */
	public SlackNudgeDelivery(Function<String, MethodsClient> clientForTeam, SlackDeliverer deliverer) {
		this(clientForTeam, deliverer, SlackPace.start(SENDERS));
	}

	SlackNudgeDelivery(Function<String, MethodsClient> clientForTeam, SlackDeliverer deliverer, SlackPace pace) {
		this.clientForTeam = clientForTeam;
		this.deliverer = deliverer;
		this.pace = pace;
	}

	/**
	 * A direct message goes in its conversation's turn (a workspace's user: their DM with Accord); a nudge holds
	 * nothing else, and anything else goes at once, as {@link #deliver(Outcome)} sends it.
	 */
	@Override
	public CompletionStage<Boolean> deliverPaced(Outcome outcome, Duration within) {
		List<CompletableFuture<Boolean>> each = new ArrayList<>();
		for (Delivery delivery : outcome.deliveries()) {
			String team = team(delivery);
			if (team != null && delivery instanceof Delivery.Direct direct) {
				each.add(paced(team, direct, within));
			}
			else {
				each.add(CompletableFuture.completedFuture(send(team, List.of(delivery))));
			}
		}
		return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
			.thenApply(done -> each.stream().allMatch(CompletableFuture::join));
	}

	private CompletableFuture<Boolean> paced(String team, Delivery.Direct direct, Duration within) {
		MethodsClient client = clientForTeam.apply(team);
		if (client == null) {
			log.warn("Cannot nudge in Slack workspace {}: Accord is not installed there", team);
			return CompletableFuture.completedFuture(false);
		}
		return pace.send(team + " " + direct.to().userId(), within, () -> post(client, direct));
	}

	private SlackPace.Answer post(MethodsClient client, Delivery.Direct direct) {
		try {
			return deliverer.postOnce(client, direct) ? SlackPace.Answer.TOOK : SlackPace.Answer.REFUSED;
		}
		catch (SlackApiException e) {
			if (e.getResponse().code() == 429) {
				return SlackPace.Answer.tooMany(Duration.ofSeconds(SlackDeliverer.retryAfterSeconds(e)));
			}
			log.warn("Slack refused a nudge: HTTP {}", e.getResponse().code());
			return SlackPace.Answer.REFUSED;
		}
		catch (IOException e) {
			log.warn("Could not nudge in Slack: {}", e.toString());
			return SlackPace.Answer.REFUSED;
		}
	}

	/** Nudges still waiting for their turn are given back unsent, so the sweep postpones them. */
	@Override
	public void close() {
		pace.close();
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
