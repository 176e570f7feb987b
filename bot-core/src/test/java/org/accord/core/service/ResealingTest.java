package org.accord.core.service;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Partnership;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;

/** A store written by an earlier Accord, answers in the clear under one pseudonym a member: sealed at start, none lost. */
class ResealingTest {

	private final CoreFixture fixture = new CoreFixture();

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenResponsesStoredInTheClear_thenEachIsSealedUnderItsOwnIdAndStillCounts() throws Exception {
		fixture.say("UCHAIR", "board add <@UALEX> <@USAM> <@UPOL> as member");
		fixture.say("UCHAIR", "start tiny");
		String assessment = fixture.db.getCollection("assessments").find().first().getString("_id");
		Partnership.PartnershipId board = new Partnership.PartnershipId(
				fixture.db.getCollection("partnerships").find().first().getString("_id"));
		// As the earlier version wrote them: Alex's answer with evidence, and one of someone who has since left.
		String alex = Boards.personIdFor(board, new PlatformUser("slack", CoreFixture.WORKSPACE, "UALEX")).value();
		old("1.1", pseudonym(assessment, alex), "high", new Document("text", "Minutes of May").append("comment", "Mostly"));
		old("1.1", pseudonym(assessment, "someone-who-left"), "low", null);
		fixture.db.getCollection("participation").insertOne(new Document("_id", assessment + "|1|" + alex)
			.append("assessmentId", assessment).append("round", 1).append("personId", alex).append("position", 1)
			.append("finished", false));

		assertThat(fixture.core.sealEarlierResponses()).containsExactly(2, 1);
		assertThat(fixture.core.sealEarlierResponses()).containsExactly(0, 0);
		for (Document d : fixture.db.getCollection("responses").find()) {
			assertThat(d.keySet()).containsOnly("_id", "assessmentId", "round", "criterionId", "answer", "evidence");
			assertThat(d.toJson()).doesNotContain("Minutes", "high", alex);
		}
		assertThat(fixture.answers()).containsExactly("1 1.1 high", "1 1.1 low");
		// Alex finds his own answer and his place again; the leaver's answer still counts, as nobody's.
		assertThat(replyText(fixture.core.commands().handle(caller("UALEX"), TypedText.of("mine")))).contains("1.1  High · evidence");
		assertThat(replyText(fixture.say("UALEX", "status"))).contains("You are on 2 of 3");
	}

	private void old(String criterion, String pseudonym, String answer, Document evidence) {
		String assessment = fixture.db.getCollection("assessments").find().first().getString("_id");
		Document d = new Document("_id", assessment + "|1|" + criterion + "|" + pseudonym).append("assessmentId", assessment)
			.append("round", 1).append("pseudonym", pseudonym).append("criterionId", criterion).append("answer", answer);
		if (evidence != null) {
			d.append("evidence", evidence);
		}
		fixture.db.getCollection("responses").insertOne(d);
	}

	/** The earlier pseudonym: HMAC-SHA256(anonymity key, assessment id, NUL, person id). */
	private String pseudonym(String assessment, String person) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(fixture.keyBytes, "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal((assessment + "\u0000" + person).getBytes(StandardCharsets.UTF_8)));
	}

}
