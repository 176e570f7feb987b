package org.accord.core.service;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.in.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.directs;
import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;

/** One board across Slack and Teams: the chair invites by code, anyone joins with it from either. */
class InvitationServiceTest {

	private static final Caller TEAMS_USER = new Caller(new PlatformUser("msteams", "tenant-1", "aad-police"), "");

	private CoreFixture fixture;

	@BeforeEach
	void board() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private String invite(String as) {
		Matcher code = Pattern.compile("code \\*([A-Z0-9]{8})\\*").matcher(replyText(fixture.say("UCHAIR", "invite " + as)));
		assertThat(code.find()).isTrue();
		return code.group(1);
	}

	@Test
	void givenACodeUsedInTeams_thenThatPersonJoinsTheSlackBoardInItsRoleAndGetsTheOpenRound() {
		fixture.say("UCHAIR", "start tiny");
		String code = invite("as authority police");
		Outcome joined = fixture.core.commands().handle(TEAMS_USER, "join " + code.toLowerCase());
		assertThat(replyText(joined)).contains("Welcome to the board, as responsible-authority representative (police)");
		assertThat(directs(joined)).extracting(d -> d.to().platform()).containsOnly("msteams");
		assertThat(replyText(fixture.say("UCHAIR", "board"))).contains("<@aad-police> · responsible-authority representative (police)");
		assertThat(replyText(fixture.core.commands().handle(TEAMS_USER, "status"))).contains("You are on 1 of 3");
		assertThat(replyText(fixture.core.commands().handle(TEAMS_USER, "join " + code))).contains("on this board already");
	}

	@Test
	void givenAWrongOrOldCode_thenAClearMessageAndNoBoard() {
		assertThat(replyText(fixture.core.commands().handle(TEAMS_USER, "join NOPE1234"))).contains("not valid");
		String code = invite("as member");
		fixture.clock.advance(Duration.ofDays(8));
		assertThat(replyText(fixture.core.commands().handle(TEAMS_USER, "join " + code))).contains("not valid any more");
		assertThat(replyText(fixture.core.commands().handle(TEAMS_USER, "join"))).contains("Send `join` with the code");
		assertThat(replyText(fixture.say("UALEX", "invite as member"))).contains("not on this workspace's board");
		assertThat(replyText(fixture.say("UCHAIR", "invite as chair"))).contains("not a role to invite");
		assertThat(replyText(fixture.say("UCHAIR", "invite as authority"))).contains("Name the agency");
	}

}
