package org.accord.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.port.out.DeliveryPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a nudge's deliveries through the platform of the person each is for. A platform that is not
 * configured counts as not delivered, so the nudge is retried rather than marked sent.
 */
final class PlatformDelivery implements DeliveryPort {

	private static final Logger log = LoggerFactory.getLogger(PlatformDelivery.class);

	private final Map<String, DeliveryPort> platforms;

	PlatformDelivery(Map<String, DeliveryPort> platforms) {
		this.platforms = Map.copyOf(platforms);
	}

	@Override
	public boolean deliver(Outcome outcome) {
		boolean all = true;
		for (Map.Entry<String, List<Delivery>> e : byPlatform(outcome).entrySet()) {
			DeliveryPort port = platforms.get(e.getKey());
			if (port == null) {
				log.warn("A nudge for a {} user cannot be sent: that platform is not configured", e.getKey());
				all = false;
				continue;
			}
			all &= port.deliver(new Outcome(e.getValue()));
		}
		return all;
	}

	/**
	 * Each platform's part at that platform's pace (Slack's a message a second in a conversation): the nudge got
	 * through once every platform said its part did.
	 */
	@Override
	public CompletionStage<Boolean> deliverPaced(Outcome outcome, Duration within) {
		List<CompletableFuture<Boolean>> parts = new ArrayList<>();
		for (Map.Entry<String, List<Delivery>> e : byPlatform(outcome).entrySet()) {
			DeliveryPort port = platforms.get(e.getKey());
			if (port == null) {
				log.warn("A nudge for a {} user cannot be sent: that platform is not configured", e.getKey());
				parts.add(CompletableFuture.completedFuture(false));
			}
			else {
				parts.add(port.deliverPaced(new Outcome(e.getValue()), within).toCompletableFuture());
			}
		}
		return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
			.thenApply(done -> parts.stream().allMatch(CompletableFuture::join));
	}

	private static Map<String, List<Delivery>> byPlatform(Outcome outcome) {
		Map<String, List<Delivery>> byPlatform = new LinkedHashMap<>();
		for (Delivery d : outcome.deliveries()) {
			byPlatform.computeIfAbsent(platformOf(d), k -> new ArrayList<>()).add(d);
		}
		return byPlatform;
	}

	@Override
	public boolean canReach(org.accord.core.domain.PlatformUser user) {
		DeliveryPort port = platforms.get(user.platform());
		return port != null && port.canReach(user);
	}

	private static String platformOf(Delivery d) {
		if (d instanceof Delivery.Direct direct && direct.to() != null) {
			return direct.to().platform();
		}
		if (d instanceof Delivery.File file && file.to() != null) {
			return file.to().platform();
		}
		return "none";
	}

}
