package org.accord.slack;

import com.slack.api.methods.MethodsClient;
import org.accord.core.card.Outcome;
import org.accord.core.port.out.DeliveryPort;

/** Nudges to Slack users, sent at once (not after an ack) so the sweep knows whether they got through. */
public final class SlackNudgeDelivery implements DeliveryPort {

	private final MethodsClient client;

	private final SlackDeliverer deliverer;

	public SlackNudgeDelivery(MethodsClient client, SlackDeliverer deliverer) {
		this.client = client;
		this.deliverer = deliverer;
	}

	@Override
	public boolean deliver(Outcome outcome) {
		return deliverer.deliver(client, outcome, new SlackDeliverer.Origin(null, null, null, null));
	}

}
