package org.accord.core.service;

import java.util.List;

import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.directs;
import static org.assertj.core.api.Assertions.assertThat;

/** One live prompt per criterion: what core names, and what a copy of the store tells of it (nothing). */
class MessageSlotsTest {

	private final CoreFixture fixture = new CoreFixture();

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenPromptsAnsweredAndGoneBackTo_thenEachCriterionsPromptNamesItsOwnSlot() {
		fixture.say("UCHAIR", "board add <@UALEX> as member");
		fixture.say("UCHAIR", "start tiny First look");
		Outcome first = fixture.say("UALEX", "resume");
		Delivery.Slot slot11 = directs(first).get(directs(first).size() - 1).slot();
		assertThat(slot11.name()).isEqualTo("1.1");
		assertThat(slot11.person()).isEqualTo(new PlatformUser("slack", CoreFixture.WORKSPACE, "UALEX"));
		Outcome answered = fixture.core.promptActions().act(caller("UALEX"), CoreFixture.button(first, "High"));
		Delivery.UpdateClicked update = answered.deliveries().stream().filter(Delivery.UpdateClicked.class::isInstance)
			.map(Delivery.UpdateClicked.class::cast).findFirst().orElseThrow();
		assertThat(update.slot()).isEqualTo(slot11);
		assertThat(directs(answered).get(0).slot().name()).isEqualTo("1.2");
		Outcome back = fixture.core.promptActions().act(caller("UALEX"), CoreFixture.button(answered, "Back"));
		// Going back posts 1.1 anew in 1.1's slot, so the answered copy above is the one marked.
		assertThat(directs(back).get(0).slot()).isEqualTo(slot11);
		assertThat(CoreFixture.text(slot11.moved())).contains("1.1 moved");
	}

	@Test
	void givenSlotsHeld_thenTheStoreHoldsNeitherWhoseNorWhichNorWhere() {
		MessageSlotService slots = new MessageSlotService(fixture.store.messageSlots(), fixture.key);
		PlatformUser alex = new PlatformUser("slack", CoreFixture.WORKSPACE, "UALEX");
		Delivery.Slot slot = new Delivery.Slot(alex, "prompt a-1 2", "4.3", Card.text("moved"));
		slots.hold(slot, "D0ALEX 1700000000.000100");
		slots.hold(new Delivery.Slot(alex, "prompt a-1 2", "4.4", Card.text("moved")), "D0ALEX 1700000000.000200");
		assertThat(slots.holder(slot)).contains("D0ALEX 1700000000.000100");
		slots.hold(slot, "D0ALEX 1700000000.000300");
		assertThat(slots.holder(slot)).contains("D0ALEX 1700000000.000300");
		assertThat(new MessageSlotService(fixture.store.messageSlots(), new AnonymityKey(new byte[32])).holder(slot)).isEmpty();
		List<Document> stored = fixture.db.getCollection("message_slots").find().into(new java.util.ArrayList<>());
		assertThat(stored).hasSize(2);
		for (Document d : stored) {
			assertThat(d.toJson()).doesNotContain("UALEX", "D0ALEX", "1700000000", "4.3", "4.4", "a-1", CoreFixture.WORKSPACE);
		}
		// Sealed to one size: how long a platform's name for a message is says nothing either.
		assertThat(stored.get(0).getString("message").length()).isEqualTo(stored.get(1).getString("message").length());
		slots.hold(new Delivery.Slot(alex, "prompt a-1 2", "4.5", Card.text("moved")), "x".repeat(300));
		assertThat(fixture.db.getCollection("message_slots").find().map(d -> d.getString("message").length())
			.into(new java.util.HashSet<>())).hasSize(1);
	}

}
