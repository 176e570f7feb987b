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
		Outcome joined = fixture.core.commands().handle(TEAMS_USER, TypedText.of("join " + code.toLowerCase()));
		assertThat(replyText(joined)).contains("Welcome to the board, as responsible-authority representative (police)");
		assertThat(directs(joined)).filteredOn(d -> d.to().userId().equals("aad-police")).hasSize(2)
			.extracting(d -> d.to().platform()).containsOnly("msteams");
		// The chair is told who joined, with which code.
		assertThat(directs(joined)).filteredOn(d -> d.to().userId().equals("UCHAIR")).hasSize(1);
		assertThat(replyText(fixture.say("UCHAIR", "board"))).contains("<@aad-police> · responsible-authority representative (police)");
		assertThat(replyText(fixture.core.commands().handle(TEAMS_USER, TypedText.of("status")))).contains("You are on 1 of 3");
		assertThat(replyText(fixture.core.commands().handle(TEAMS_USER, TypedText.of("join " + code)))).contains("on this board already");
	}

	@Test
	void givenAWrongOrOldCode_thenAClearMessageAndNoBoard() {
		assertThat(replyText(fixture.core.commands().handle(TEAMS_USER, TypedText.of("join NOPE1234")))).contains("not valid");
		String code = invite("as member");
		fixture.clock.advance(Duration.ofDays(8));
		assertThat(replyText(fixture.core.commands().handle(TEAMS_USER, TypedText.of("join " + code)))).contains("not valid any more");
		assertThat(replyText(fixture.core.commands().handle(TEAMS_USER, TypedText.of("join")))).contains("Send `join` with the code");
		assertThat(replyText(fixture.say("UALEX", "invite as member"))).contains("not on this workspace's board");
		assertThat(replyText(fixture.say("UCHAIR", "invite as chair"))).contains("not a role to invite");
		assertThat(replyText(fixture.say("UCHAIR", "invite as authority"))).contains("Name the agency");
	}

	private static Caller teams(String id) {
		return new Caller(new PlatformUser("msteams", "tenant-1", id), "");
	}

	@Test
	void givenAnAuthorityCode_thenItIsGoodForOnePersonOnly() {
		String code = invite("as authority police");
		assertThat(replyText(fixture.core.commands().handle(teams("aad-police"), TypedText.of("join " + code)))).contains("Welcome");
		// A second person with the same code would speak for the police too: refused, and not on the board.
		assertThat(replyText(fixture.core.commands().handle(teams("aad-other"), TypedText.of("join " + code))))
			.contains("used by as many people as it was for");
		assertThat(replyText(fixture.say("UCHAIR", "board"))).doesNotContain("aad-other");
	}

	@Test
	void givenAMemberCodeForTwo_thenTwoJoinTheChairIsToldAndSeesWhoAndCanRevokeIt() {
		String code = invite("as member for 2");
		Outcome first = fixture.core.commands().handle(teams("aad-a"), TypedText.of("join " + code));
		assertThat(directs(first)).anySatisfy(d -> {
			assertThat(d.to().userId()).isEqualTo("UCHAIR");
			assertThat(CoreFixture.text(d.card())).contains("<@aad-a> joined the board as member with code " + code,
					"1 of 2 places taken");
		});
		fixture.core.commands().handle(teams("aad-b"), TypedText.of("join " + code));
		assertThat(replyText(fixture.core.commands().handle(teams("aad-c"), TypedText.of("join " + code)))).contains("used by as many");
		assertThat(replyText(fixture.say("UCHAIR", "invite list"))).contains("*" + code + "* as member · 2 of 2 joined · used up: <@aad-a>, <@aad-b>");

		String open = invite("as member");
		assertThat(replyText(fixture.say("UCHAIR", "invite revoke " + open.toLowerCase()))).contains("is revoked");
		assertThat(replyText(fixture.core.commands().handle(teams("aad-d"), TypedText.of("join " + open)))).contains("revoked by the chair");
		assertThat(replyText(fixture.say("UCHAIR", "invite list"))).contains("*" + open + "* as member · 0 of 30 joined · revoked");
		assertThat(replyText(fixture.say("UCHAIR", "invite revoke NOPE1234"))).contains("has no code NOPE1234");
		assertThat(replyText(fixture.say("UCHAIR", "invite as member for 0"))).contains("from 1 to 200");
	}

}
