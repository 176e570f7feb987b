package org.accord.core.service;

import java.time.ZoneId;
import java.util.List;

import org.accord.core.domain.QuietHours;
import org.accord.core.domain.Role;
import org.accord.core.port.in.ChangeBoard;
import org.accord.core.port.in.ChangeSettings;
import org.accord.core.port.in.Invite;
import org.accord.core.port.in.JoinBoard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The board's own operations as use cases: the typed words and a direct call with a command record reach the
 * same rules, and a record that cannot stand is refused before anything runs.
 */
class BoardAndSettingsUseCasesTest {

	private CoreFixture fixture;

	private BoardService board;

	private SettingsService settings;

	private InvitationService invitations;

	@BeforeEach
	void board() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board");
		Boards boards = new Boards(fixture.store.partnerships(), fixture.store.members());
		ConversationService conversation = new ConversationService(boards, fixture.store.assessments(),
				new Ballots(fixture.store.responses(), fixture.key), new Places(fixture.store.participation(), fixture.key),
				org.accord.core.framework.FrameworkCatalog.builtIn(), fixture.store.partnerships(),
				new NudgePlanner(fixture.store.nudges(), fixture.clock), fixture.delivered::add);
		board = new BoardService(boards, fixture.store.members(), fixture.store.assessments(), conversation);
		settings = new SettingsService(boards, fixture.store.partnerships(), fixture.store.assessments());
		invitations = new InvitationService(boards, fixture.store.invitations(), fixture.store.partnerships(),
				fixture.store.members(), fixture.store.assessments(), conversation, fixture.clock);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenARecordThatCannotStand_thenItIsRefusedWithWordsAPersonReads() {
		ChangeBoard.Person alex = new ChangeBoard.Person("UALEX", null);
		assertThatThrownBy(() -> new ChangeBoard.Add(List.of(), Role.MEMBER, null)).hasMessage("Say who to add: mention them.");
		assertThatThrownBy(() -> new ChangeBoard.Add(List.of(alex), Role.AUTHORITY, " "))
			.hasMessageContaining("Name the agency");
		assertThatThrownBy(() -> new ChangeBoard.Add(List.of(alex, new ChangeBoard.Person("USAM", null)), Role.CHAIR, null))
			.hasMessage("A board has one chair: hand it to one person.");
		assertThatThrownBy(() -> new Invite.Command(Role.CHAIR, null, 1)).hasMessageContaining("the chair is handed over");
		assertThatThrownBy(() -> new Invite.Command(Role.MEMBER, null, 201)).hasMessageContaining("from 1 to 200");
		assertThat(new Invite.Command(Role.AUTHORITY, "police", 30).places()).isEqualTo(1);
		assertThatThrownBy(() -> new JoinBoard.Command("  ")).hasMessageContaining("join with the code");
		assertThat(new JoinBoard.Command(" k7p2qx9m ").code()).isEqualTo("K7P2QX9M");
		assertThatThrownBy(() -> new ChangeSettings.Rules(null, null)).hasMessageContaining("which rule");
	}

	@Test
	void givenTheChairsCommands_thenTheBoardAndItsSettingsChangeAsTypedWordsChangeThem() {
		assertThat(replyText(board.add(caller("UCHAIR"), new ChangeBoard.Add(List.of(new ChangeBoard.Person("UPOL", "Pat")),
				Role.AUTHORITY, "police")))).isEqualTo("Added <@UPOL> as responsible-authority representative (police)."
						+ " Each has been told, with what to do first.");
		assertThat(replyText(fixture.say("UCHAIR", "board"))).contains("<@UPOL> · responsible-authority representative (police)");
		assertThat(fixture.store.members().board(fixture.store.members().seatOf(caller("UPOL").user()).orElseThrow().partnershipId()))
			.anyMatch(m -> "Pat".equals(m.name()));
		assertThat(replyText(board.remove(caller("UCHAIR"), new ChangeBoard.Remove(List.of(new ChangeBoard.Person("UPOL", null))))))
			.startsWith("Removed <@UPOL>.");

		assertThat(replyText(settings.timezone(caller("UCHAIR"), ZoneId.of("Europe/Dublin")))).isEqualTo("Timezone set to Europe/Dublin.");
		assertThat(replyText(settings.quietHours(caller("UCHAIR"), QuietHours.off(true)))).startsWith("Quiet hours:");
		assertThat(replyText(fixture.say("UCHAIR", "settings"))).contains("Timezone: Europe/Dublin");
		assertThat(replyText(fixture.say("UCHAIR", "settings quiet-hours 25:00-08:00")))
			.startsWith("'25:00-08:00' is not a time range. Write `/assess settings quiet-hours");
		assertThat(replyText(fixture.say("UCHAIR", "settings quiet-hours 18:00-08:00 weekends maybe")))
			.startsWith("Write `/assess settings quiet-hours");
		assertThat(replyText(settings.rules(caller("UCHAIR"), new ChangeSettings.Rules(75, null))))
			.startsWith("Start an assessment first");

		String code = replyText(invitations.invite(caller("UCHAIR"), new Invite.Command(Role.MEMBER, null, 2)))
			.replaceAll("(?s).*Invitation code \\*([A-Z0-9]+)\\*.*", "$1");
		assertThat(replyText(invitations.join(caller("UNEW"), new JoinBoard.Command(code)))).startsWith("Welcome to the board, as member");
		assertThat(replyText(invitations.revoke(caller("UCHAIR"), code))).startsWith("Code *" + code + "* is revoked");
	}

	@Test
	void givenSomeoneButTheChair_thenEachUseCaseRefusesAndNothingChanges() {
		fixture.say("UCHAIR", "board add <@UALEX> as member");
		assertThat(replyText(board.add(caller("UALEX"), new ChangeBoard.Add(List.of(new ChangeBoard.Person("UEVE", null)),
				Role.CHAIR, null)))).isEqualTo("Only the chair can change the board.");
		assertThat(replyText(board.remove(caller("UALEX"), new ChangeBoard.Remove(List.of(new ChangeBoard.Person("UCHAIR", null))))))
			.isEqualTo("Only the chair can change the board.");
		assertThat(replyText(settings.timezone(caller("UALEX"), ZoneId.of("Asia/Tokyo")))).isEqualTo("Only the chair changes the settings.");
		assertThat(replyText(invitations.invite(caller("UALEX"), new Invite.Command(Role.MEMBER, null, 5))))
			.isEqualTo("Only the chair invites people to the board.");
		assertThat(replyText(board.show(caller("UOUTSIDER")))).isEqualTo("You are not on this workspace's board.");
		assertThat(replyText(fixture.say("UCHAIR", "board"))).contains("(2)").doesNotContain("UEVE");
		assertThat(replyText(fixture.say("UCHAIR", "settings"))).contains("Timezone: Europe/London");
	}

	@Test
	void givenARegionsCommands_thenALeadCreatesItAChairSharesAndTheLeadReadsThePicture() {
		RegionService regions = new RegionService(new Boards(fixture.store.partnerships(), fixture.store.members()),
				fixture.store.regions(), fixture.store.assessments(), org.accord.core.framework.FrameworkCatalog.builtIn(), fixture.clock);
		assertThatThrownBy(() -> new org.accord.core.port.in.Regions.Create(" ", null)).hasMessageContaining("Name the region");
		assertThat(replyText(regions.create(caller("ULEAD"), new org.accord.core.port.in.Regions.Create("North East", "nope"))))
			.isEqualTo("There is no framework 'nope'.");
		String created = replyText(regions.create(caller("ULEAD"), new org.accord.core.port.in.Regions.Create("North East", null)));
		String code = created.replaceAll("(?s).*its code is \\*([A-Z0-9]+)\\*.*", "$1");
		assertThat(created).startsWith("Region *North East* created");
		assertThat(replyText(regions.share(caller("UNOBODY"), new org.accord.core.port.in.Regions.Share(code, "Tyneside", false))))
			.isEqualTo("Only the chair can share the board's results with a region.");
		assertThat(replyText(regions.share(caller("UCHAIR"), new org.accord.core.port.in.Regions.Share(code, "Tyneside", false))))
			.contains("shares its agreed levels (never its members' ratings) with *North East*, as Tyneside");
		assertThat(regions.picture(caller("ULEAD"), false).deliveries()).isNotEmpty();
		assertThat(replyText(regions.picture(caller("UCHAIR"), false))).startsWith("You lead no region yet.");
	}

}
