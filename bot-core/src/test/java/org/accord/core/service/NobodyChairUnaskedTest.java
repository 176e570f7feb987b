package org.accord.core.service;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody becomes a board's chair by asking for help or saying something Accord does not know: only the chair's own
 * first steps set a board up. Words Accord does not know get the person's next steps, not every command there is.
 */
class NobodyChairUnaskedTest {

	private final CoreFixture fixture = new CoreFixture();

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenNoBoard_thenHelpStatusAndOtherWordsFoundNothing_andTheHomeAsks() {
		for (String words : List.of("help", "status", "mine", "consensus", "what do I do now?", "")) {
			org.accord.core.card.Outcome answer = fixture.say("USAM", words);
			assertThat(replyText(answer)).as(words).contains("Nobody here has set up a board yet").doesNotContain("Welcome to Accord");
			assertThat(answer.replies().get(0).parts()).as(words).anySatisfy(p -> assertThat(p)
				.isInstanceOfSatisfying(org.accord.core.card.Card.Part.Buttons.class, b -> assertThat(b.buttons())
					.extracting(org.accord.core.card.Card.Button::label).contains("Set up the board, as its chair")));
		}
		assertThat(fixture.db.getCollection("partnerships").countDocuments()).isZero();
		assertThat(fixture.db.getCollection("members").countDocuments()).isZero();

		assertThat(replyText(fixture.say("UCHAIR", "board add <@USAM> as member"))).contains("one has been made with you as its chair");
		assertThat(fixture.db.getCollection("partnerships").countDocuments()).isOne();
	}

	@Test
	void givenWordsAccordDoesNotKnow_thenThePersonsNextStepsNotTheWholeList() {
		fixture.say("UCHAIR", "board add <@USAM> as member");

		String chair = replyText(fixture.say("UCHAIR", "frobnicate"));
		assertThat(chair).startsWith("I don't know 'frobnicate'. Here is where you stand, with your next steps;")
			.contains("`/assess help all` lists every command").doesNotContain("settings quiet-hours");
		// A greeting or a question gets the person's own next steps, for their role: no "I don't know".
		for (String words : List.of("what now", "hello", "help")) {
			String member = replyText(fixture.say("USAM", words));
			assertThat(member).as(words).startsWith("*You are member on the board.* You get each criterion to rate here")
				.contains("`/assess resume` · `/assess mine`", "`/assess help all` lists every command")
				.doesNotContain("I don't know", "settings quiet-hours", "checklist 3a", "board add");
		}
		assertThat(replyText(fixture.say("UCHAIR", "help"))).startsWith("*You are chair on the board.* As chair you start")
			.contains("`/assess close`").doesNotContain("checklist 3a");
		assertThat(replyText(fixture.say("USAM", "help all"))).contains("What you can do", "checklist");
	}

}
