package org.accord.core.service;

import java.util.Optional;

import org.accord.core.card.Delivery;
import org.accord.core.port.in.MessageSlots;
import org.accord.core.port.out.MessageSlotPort;

/** Slots' holders, kept under the anonymity key: which message is whose prompt is as private as the place. */
public final class MessageSlotService implements MessageSlots {

	private final MessageSlotPort slots;

	private final AnonymityKey key;

	public MessageSlotService(MessageSlotPort slots, AnonymityKey key) {
		this.slots = slots;
		this.key = key;
	}

	@Override
	public Optional<String> holder(Delivery.Slot slot) {
		String id = id(slot);
		return slots.find(id).flatMap(sealed -> key.openMessage(id, sealed));
	}

	@Override
	public void hold(Delivery.Slot slot, String message) {
		String id = id(slot);
		slots.save(id, key.sealMessage(id, message));
	}

	private String id(Delivery.Slot slot) {
		return key.messageSlot(slot.person(), slot.scope(), slot.name());
	}

}
