package org.accord.core.port.in;

import java.util.Optional;

import org.accord.core.card.Delivery;

/**
 * Which message holds a slot (see {@link Delivery.Slot}), as the platform names a message (a Slack channel and
 * timestamp, a Teams activity id): the adapters ask before they post into a slot and tell after.
 */
public interface MessageSlots {

	Optional<String> holder(Delivery.Slot slot);

	void hold(Delivery.Slot slot, String message);

}
