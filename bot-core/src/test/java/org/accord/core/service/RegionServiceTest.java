package org.accord.core.service;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.in.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.directs;
import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;

/** A region's lead sees where partnerships sit, never a member's rating, and names only where allowed. */
class RegionServiceTest {

	private CoreFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new CoreFixture();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private static Caller in(String workspace, String user) {
		return new Caller(new PlatformUser("slack", workspace, user), "/assess ");
	}

	private Outcome say(Caller caller, String text) {
		return fixture.core.commands().handle(caller, TypedText.of(text));
	}

	/** A board of four in its own workspace agrees each tiny criterion at the given levels, and endorses. */
	private void finalAssessment(String workspace, List<String> levels) {
		Caller chair = in(workspace, "UCHAIR");
		say(chair, "board add <@UMEM> <@UMEM2> as member");
		say(chair, "board add <@UPOL> as authority police");
		say(chair, "start tiny");
		for (String user : List.of("UCHAIR", "UMEM", "UMEM2", "UPOL")) {
			Outcome prompt = say(in(workspace, user), "resume");
			for (String level : levels) {
				ButtonAction action = CoreFixture.button(prompt, level);
				prompt = fixture.core.promptActions().act(in(workspace, user), action);
			}
		}
		assertThat(replyText(say(chair, "close now"))).contains("3 of 3 criteria agreed");
		fixture.core.promptActions().act(in(workspace, "UPOL"), CoreFixture.endorseButton(say(chair, "endorse"), "UPOL"));
	}

	@Test
	void givenFourPartnershipsSharing_thenCountsCommonGapsAndNamesOnlyWhereAllowed() {
		String created = replyText(say(in("TLEAD", "ULEAD"), "region create \"North East\" tiny"));
		Matcher code = Pattern.compile("code is \\*(R[A-Z0-9]{7})\\*").matcher(created);
		assertThat(code.find()).as(created).isTrue();
		String[] names = { "Stockton", "Darlington", "Hartlepool", "Redcar", "Middlesbrough" };
		List<List<String>> levels = List.of(List.of("Low", "Middling", "High"), List.of("Low", "Middling", "High"),
				List.of("Low", "Middling", "High"), List.of("High", "Middling", "Low"), List.of("High", "Low", "Low"));
		for (int i = 0; i < 5; i++) {
			String ws = "TPART" + i;
			finalAssessment(ws, levels.get(i));
			assertThat(replyText(say(in(ws, "UMEM"), "region join " + code.group(1) + " as \"" + names[i] + "\"")))
				.contains("Only the chair");
			assertThat(replyText(say(in(ws, "UCHAIR"), "region join " + code.group(1) + " as \"" + names[i] + "\""
					+ (i == 4 ? " named" : "")))).contains("now shares its agreed levels");
		}
		Outcome picture = say(in("TLEAD", "ULEAD"), "region");
		String view = replyText(picture);
		// Fewer than three at a level are named only if every one of them agreed to be (only Middlesbrough did).
		assertThat(view).contains("5 partnerships share with the region; 5 with a final self-assessment",
				"*1.1* Low 3 · Middling 0 · High 2 — Low: Darlington, Hartlepool, Stockton\n",
				"*1.2* Low 1 · Middling 4 · High 0 — Low: Middlesbrough — Middling: Darlington, Hartlepool, Redcar, Stockton",
				"*2.1* Low 2 · Middling 0 · High 3 — High: Darlington, Hartlepool, Stockton");
		assertThat(view).doesNotContain("High: Middlesbrough", "High: Redcar", "Low: Middlesbrough, Redcar");
		assertThat(view).contains("*Common gaps*", "*1.2* Another thing. (5 of 5)", "*1.1* One thing. (3 of 5)");
		assertThat(picture.deliveries()).anyMatch(d -> d instanceof Delivery.File f && f.fileName().equals("region.png"));
		Outcome export = say(in("TLEAD", "ULEAD"), "region export");
		assertThat(export.deliveries()).anyMatch(d -> d instanceof Delivery.File f && f.fileName().equals("region.xlsx"));
		assertThat(replyText(say(in("TPART0", "UCHAIR"), "region"))).contains("shares its agreed levels with: North East");
		// The lead sits on no board: none was founded for them, and the picture is theirs all the same.
		assertThat(fixture.db.getCollection("members").countDocuments(new org.bson.Document("platformUserId", "ULEAD")))
			.isZero();
		assertThat(replyText(say(in("TLEAD", "ULEAD"), "region export"))).contains("Here is the regional picture");
	}

	@Test
	void givenALeadInAWorkspaceWhoseBoardTheyAreNotOn_thenTheyMakeAndReadARegion() {
		say(in("TPART0", "UCHAIR"), "board");
		String created = replyText(say(in("TPART0", "UOFFICER"), "region create \"South West\""));
		assertThat(created).contains("Region *South West* created");
		assertThat(replyText(say(in("TPART0", "UOFFICER"), "region"))).contains("South West");
		assertThat(replyText(say(in("TOTHER", "USTRANGER"), "region export"))).contains("You lead no region yet");
		assertThat(replyText(say(in("TPART0", "UOFFICER"), "region join RNOPE as \"Us\""))).contains("Only the chair");
		assertThat(fixture.db.getCollection("partnerships").countDocuments()).isEqualTo(1);
	}

}
