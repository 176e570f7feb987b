package org.accord.app.slack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.accord.app.cli.AccordCommandLine;
import org.accord.core.domain.Criterion;
import org.accord.core.framework.FrameworkCatalog;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board of five, end to end through signed Slack requests: round 1, the consensus view, one consensus
 * round, the chair's settlement and agreed text, and every responsible authority endorsing; the chair
 * receives the DOCX, XLSX and CSV, and {@code analyse} gives the view's figures for the same ratings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackConsensusIntegrationTest {

	static final String TEAM = "T0FIVE";

	static final Duration WAIT = Duration.ofSeconds(10);

	static final List<String> BOARD = List.of("U0CHAIR", "U0ALEX", "U0SAM", "U0POL", "U0COU");

	static final String GAP = "Gap identified";

	static final String WT = "Working towards";

	static final String SS = "Some success";

	static final String DW = "Doing well";

	static final String DK = "Don't know";

	static FakeSlackApi slack;

	@DynamicPropertySource
	static void slack(DynamicPropertyRegistry registry) throws IOException {
		slack = new FakeSlackApi();
		SlackTestProperties.register(registry, slack);
	}

	@AfterAll
	static void stop() {
		slack.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	MongoClient mongo;

	/** The operator's key: this test checks the stored ratings against the chat's figures. */
	@Autowired
	org.accord.core.service.AnonymityKey key;

	/** Round 1: what each of the five says to each criterion (by index); the rest agree on Some success. */
	static List<String> round1(int i) {
		return switch (i) {
			case 2, 6 -> List.of(WT, WT, WT, SS, SS);
			case 3 -> List.of(GAP, GAP, DW, DW, DK);
			case 5 -> List.of(GAP, WT, DK, DK, DK);
			default -> i % 2 == 0 ? List.of(SS, SS, SS, SS, SS) : List.of(WT, WT, WT, WT, SS);
		};
	}

	/** Round 2, on 1.3, 1.4, 1.6, 1.7: "Keep" keeps the member's round-1 rating. */
	static List<String> round2(String id) {
		return switch (id) {
			case "1.3" -> List.of("Keep", "Keep", "Keep", WT, WT);
			case "1.4" -> List.of("Keep", "Keep", "Keep", "Keep", DK);
			case "1.6" -> List.of(GAP, GAP, GAP, GAP, GAP);
			case "1.7" -> List.of("Keep", "Keep", "Keep", WT, SS);
			default -> throw new IllegalArgumentException(id);
		};
	}

	@Test
	void givenABoardOfFive_thenRoundsSettlementAndEndorsementEndInTheEndorsedForm() throws Exception {
		SlackRequests requests = new SlackRequests(port, TEAM);
		SlackMembers members = new SlackMembers(slack, requests);
		MongoDatabase db = mongo.getDatabase("accord");
		requests.command("U0CHAIR", "board add <@U0ALEX> <@U0SAM> as member");
		requests.command("U0CHAIR", "board add <@U0POL> as authority police");
		requests.command("U0CHAIR", "board add <@U0COU> as authority council");
		long begin = slack.mark();
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "start cdrp-2002 Self-assessment 2026")))
			.contains("5 people have been sent");
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "consensus"))).contains("Round 1 is still open");

		List<String> ids = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow().criteria().stream()
			.map(Criterion::id).toList();
		for (int u = 0; u < BOARD.size(); u++) {
			String user = BOARD.get(u);
			SlackMembers.Prompt prompt = members.promptFor(user, ids.get(0), begin);
			for (int i = 0; i < ids.size(); i++) {
				long mark = members.click(user, prompt, round1(i).get(u));
				if (i + 1 < ids.size()) {
					prompt = members.promptFor(user, ids.get(i + 1), mark);
				}
			}
		}
		SlackMembers.Prompt stale = members.promptFor("U0ALEX", ids.get(48), begin);
		// One member writes at length on 1.3 and another briefly: in round 2 neither hides the other.
		String longComment = "Long start. " + "The strategy group has met but its minutes do not show decisions. ".repeat(44)
				+ "Long end.";
		for (Map.Entry<String, String> comment : Map.of("U0ALEX", longComment, "U0SAM", "Short and to the point").entrySet()) {
			SlackMembers.Prompt on13 = members.promptFor(comment.getKey(), "1.3", begin);
			long commenting = slack.mark();
			requests.click(comment.getKey(), on13.channel(), on13.ts(), on13.buttons().get("Add evidence / comment"));
			FakeSlackApi.Call commentForm = slack.awaitAfter(commenting, "views.open", c -> true, WAIT);
			requests.submitForm(comment.getKey(), commentForm.json("view").path("private_metadata").asText(),
					Map.of("comment", comment.getValue()));
		}
		// A member's evidence on 2.1, which the chair never edits: the form carries it, anonymously, all the same.
		SlackMembers.Prompt samOn21 = members.promptFor("U0SAM", "2.1", begin);
		long evidencing = slack.mark();
		requests.click("U0SAM", samOn21.channel(), samOn21.ts(), samOn21.buttons().get("Add evidence / comment"));
		FakeSlackApi.Call evidenceForm = slack.awaitAfter(evidencing, "views.open", c -> true, WAIT);
		assertThat(evidenceForm.json("view").toString()).contains("up to 3,000 characters");
		requests.submitForm("U0SAM", evidenceForm.json("view").path("private_metadata").asText(),
				Map.of("evidence", "Terms of reference reviewed by all partners", "document", "Board minutes", "page", "4"));

		assertThat(SlackRequests.shown(requests.command("U0ALEX", "close now"))).contains("Only the chair can close");
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "close now")))
			.contains("Round 1 is closed: 45 of 49 criteria agreed, 4 still to settle");
		long late = members.click("U0ALEX", stale, WT);
		assertThat(slack.awaitAfter(late, "chat.postEphemeral", c -> true, WAIT).json("blocks").toString())
			.contains("this round has closed");

		long viewed = slack.mark();
		// The view is a message of its own in the chair's DM, to keep and share: the disputed first, with their titles,
		// in plain words; the agreed folded by category; the figures only on request.
		SlackMembers.Message shown = members.consensusView("U0CHAIR");
		String view = shown.words();
		var cdrp = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow();
		assertThat(view).contains("45 agreed · 0 settled by the chair · 4 disputed, of 49", "*Disputed (4)*",
				"• *1.3* " + cdrp.criterion("1.3").orElseThrow().title() + " — split between Working towards and Some success",
				"Working towards 3 · Some success 2", "• *1.6* " + cdrp.criterion("1.6").orElseThrow().title()
						+ " — too few answers to show",
				"*Agreed in the rounds (45)*", "• Some success (", "• Working towards (")
			.doesNotContain("Krippendorff", "median", "Cns", "*1.1* Agreed in round 1", "Gap identified 1 · Working towards 1");
		assertThat(view.indexOf("*Disputed (4)*")).isLessThan(view.indexOf("*Agreed in the rounds (45)*"));
		FakeSlackApi.Upload chart = awaitUpload("consensus-view.png", viewed);
		assertThat(chart.content()).startsWith(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		// The figures on request turn that same message; and back.
		long turning = slack.mark();
		requests.click("U0CHAIR", shown.channel(), shown.ts(), shown.buttons().get("Every criterion, with figures"));
		FakeSlackApi.Call turned = slack.awaitAfter(turning, "chat.update", c -> shown.ts().equals(c.param("ts")), WAIT);
		assertThat(SlackRequests.words(turned.json("blocks"))).contains("Krippendorff's alpha (ordinal)",
				"*1.1* Agreed in round 1: *Some success* · strong agreement on Some success",
				"*1.2* Agreed in round 1: *Working towards* · agreement on Working towards", "median", "Cns")
			.doesNotContain("Gap identified 1 · Working towards 1");
		long back = slack.mark();
		requests.click("U0CHAIR", shown.channel(), shown.ts(),
				FakeSlackApi.buttons(turned.json("blocks")).get("Plain words, disputed first"));
		assertThat(SlackRequests.words(slack.awaitAfter(back, "chat.update", c -> shown.ts().equals(c.param("ts")), WAIT)
			.json("blocks"))).isEqualTo(view);
		assertThat(slack.calls().stream().filter(c -> c.seq() > turning && c.method().startsWith("files."))).isEmpty();
		// Typed in a channel, the view still goes to the DM only, and the channel's answer says where it went.
		long inChannel = slack.mark();
		assertThat(SlackRequests.shown(requests.commandIn("U0CHAIR", "C0BOARD", "consensus")))
			.contains("I have written to you in your messages with Accord.").doesNotContain("Disputed");
		members.viewPosted("U0CHAIR", inChannel);
		assertThat(SlackRequests.shown(requests.command("U0ALEX", "consensus"))).contains("for the chair and the facilitator");

		String round1Ratings = ratingsCsv(db, 1);
		// The chair opens the consensus round without typing: the view's button, then its form, every disputed
		// criterion chosen at first.
		Map<String, String> firstViewButtons = shown.buttons();
		long opening = slack.mark();
		requests.click("U0CHAIR", "D0CHAIR", "1700000000.000200", firstViewButtons.get("Consensus round…"));
		FakeSlackApi.Call roundForm = slack.awaitAfter(opening, "views.open", c -> true, WAIT);
		assertThat(roundForm.json("view").toString()).contains("multi_static_select", "initial_options", "\"value\":\"1.7\"");
		long round2 = slack.mark();
		requests.submitForm("U0CHAIR", roundForm.json("view").path("private_metadata").asText(),
				Map.of("criteria", "options:1.3,1.4,1.6,1.7", "due", "2099-01-31"));
		assertThat(slack.awaitAfter(round2, "chat.postMessage", c -> "U0CHAIR".equals(c.param("channel"))
				&& c.json("blocks").toString().contains("is open on"), WAIT).json("blocks").toString())
			.contains("Consensus round 2 is open on 4 criteria (1.3, 1.4, 1.6, 1.7), due 2099-01-31");
		// Submitted twice (a double click), the form opens nothing more, and says why in plain words.
		long again = slack.mark();
		requests.submitForm("U0CHAIR", roundForm.json("view").path("private_metadata").asText(),
				Map.of("criteria", "options:1.3,1.4,1.6,1.7", "due", "2099-01-31"));
		assertThat(slack.awaitAfter(again, "chat.postMessage", c -> "U0CHAIR".equals(c.param("channel"))
				&& c.json("blocks").toString().contains("open already"), WAIT).json("blocks").toString())
			.contains("Consensus round 2 is open already: it opened at the first press").doesNotContain("try again");
		List<String> disputed = List.of("1.3", "1.4", "1.6", "1.7");
		for (int u = 0; u < BOARD.size(); u++) {
			String user = BOARD.get(u);
			SlackMembers.Prompt prompt = members.promptFor(user, "1.3", round2);
			assertThat(prompt.blocks()).contains("How the board rated this in round 1", "Working towards 3 · Some success 2",
					"consensus round 2", "Short and to the point", "Long start.", "shortened: *Read in full* shows all of it")
				.doesNotContain("Long end.");
			if (user.equals("U0COU")) {
				long reading = slack.mark();
				requests.click(user, prompt.channel(), prompt.ts(), prompt.buttons().get("Read in full"));
				assertThat(slack.awaitAfter(reading, "chat.postEphemeral", c -> c.json("blocks").toString().contains("Long end."), WAIT)
					.json("blocks").toString()).contains("Long start.", "Short and to the point");
			}
			for (int d = 0; d < disputed.size(); d++) {
				if (disputed.get(d).equals("1.6")) {
					assertThat(prompt.blocks()).contains("too few answers to show").doesNotContain("Gap identified 1");
				}
				String choice = round2(disputed.get(d)).get(u);
				String label = choice.equals("Keep") ? prompt.buttons().keySet().stream()
					.filter(b -> b.startsWith("Keep my rating")).findFirst().orElseThrow() : choice;
				long mark = members.click(user, prompt, label);
				if (d + 1 < disputed.size()) {
					prompt = members.promptFor(user, disputed.get(d + 1), mark);
				}
			}
		}
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "close now")))
			.contains("Round 2 is closed: 3 of 4 criteria agreed, 1 still to settle");
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "endorse"))).contains("1 criterion is still disputed (1.4)");
		// The chair settles 1.4 without typing: the view's button, then its form.
		Map<String, String> viewButtons = members.consensusView("U0CHAIR").buttons();
		assertThat(viewButtons).containsKeys("Settle a criterion…", "Consensus round…", "Documents");
		long settling = slack.mark();
		assertThat(requests.click("U0CHAIR", "D0CHAIR", "1700000000.000100", viewButtons.get("Settle a criterion…")).statusCode()).isEqualTo(200);
		FakeSlackApi.Call settleForm = slack.awaitAfter(settling, "views.open", c -> true, WAIT);
		Criterion c14 = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow().criterion("1.4").orElseThrow();
		assertThat(settleForm.json("view").toString()).contains("Disputed criterion", "static_select",
				("1.4 " + c14.title()).substring(0, 40));
		String wt = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow().scale().levels().stream()
			.filter(l -> l.label().equals(WT)).findFirst().orElseThrow().key();
		long settled = slack.mark();
		requests.submitForm("U0CHAIR", settleForm.json("view").path("private_metadata").asText(),
				Map.of("criterion", "option:1.4", "level", "option:" + wt, "note", "Evidence is thin on both sides"));
		assertThat(slack.awaitAfter(settled, "chat.postMessage", c -> "U0CHAIR".equals(c.param("channel"))
				&& c.json("blocks").toString().contains("settled by the chair"), WAIT)
			.json("blocks").toString()).contains("1.4 settled by the chair: *Working towards* (Evidence is thin on both sides)");
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "settle 1.1 doing well")))
			.contains("was agreed by the members in round 1");

		long text = slack.mark();
		requests.command("U0CHAIR", "text 1.1");
		FakeSlackApi.Call form = slack.awaitAfter(text, "views.open", c -> true, WAIT);
		requests.submitForm("U0CHAIR", form.json("view").path("private_metadata").asText(),
				Map.of("evidence", "Chair elected annually (minutes, May)", "comment", "Leadership is strong and shared"));

		long endorse = slack.mark();
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "endorse"))).contains("Asked 2 responsible-authority representatives");
		for (String authority : List.of("U0POL", "U0COU")) {
			FakeSlackApi.Call ask = slack.awaitAfter(endorse, "chat.postMessage",
					c -> authority.equals(c.param("channel")) && c.param("text").startsWith("Please endorse"), WAIT);
			Map<String, String> buttons = FakeSlackApi.buttons(ask.json("blocks"));
			String endorseLabel = buttons.keySet().stream().filter(b -> b.startsWith("Endorse for")).findFirst().orElseThrow();
			requests.click(authority, ask.param("_channel"), ask.param("_ts"), buttons.get(endorseLabel));
		}
		awaitUpload(".csv", endorse);
		List<FakeSlackApi.Upload> finals = slack.uploads().stream().filter(f -> !f.fileName().endsWith("-draft.docx")).toList();
		byte[] docx = finals.stream().filter(f -> f.fileName().endsWith(".docx")).reduce((a, b) -> b).orElseThrow().content();
		byte[] xlsx = finals.stream().filter(f -> f.fileName().endsWith(".xlsx")).reduce((a, b) -> b).orElseThrow().content();
		byte[] csv = finals.stream().filter(f -> f.fileName().endsWith(".csv")).reduce((a, b) -> b).orElseThrow().content();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor words = new XWPFWordExtractor(document)) {
			assertThat(words.getText()).contains("Terms of reference reviewed by all partners (Board minutes, p. 4)")
				.doesNotContain("U0SAM");
			assertThat(words.getText()).contains("Leadership is strong and shared", "Settled by the chair",
					"Evidence is thin on both sides", "police", "council", "Endorsed", "the police representative")
				.doesNotContain("DRAFT", "slack user", "U0POL", "U0COU");
		}
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("1.4");
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "endorsements"))).contains("police: <@U0POL> endorsed",
				"council: <@U0COU> endorsed", "final");
		assertThat(db.getCollection("assessments").find().first().getString("state")).isEqualTo("FINAL");

		// analyse on the same round-1 ratings gives the figures the workbook carries for round 1.
		JsonNode analysed = analyse(round1Ratings);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var rounds = workbook.getSheet("Rounds");
			List<String> headers = new ArrayList<>();
			rounds.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			int median = headers.indexOf("Median");
			int cns = headers.indexOf("Cns");
			for (JsonNode criterion : analysed.get("criteria")) {
				String id = criterion.get("id").asText();
				var row = findRow(rounds, id, 1);
				if (criterion.get("shown").asBoolean()) {
					// The workbook carries two decimals: an exact figure is where arithmetic on a document starts.
					assertThat(row.getCell(median).getNumericCellValue()).as(id)
						.isEqualTo(Math.round(criterion.get("median").asDouble() * 100) / 100.0);
					assertThat(row.getCell(cns).getNumericCellValue()).as(id)
						.isEqualTo(Math.round(criterion.get("consensus").asDouble() * 100) / 100.0);
				}
			}
		}
		for (Document response : db.getCollection("responses").find()) {
			assertThat(org.accord.app.proof.StoreSnapshot.withoutCiphertext(response).toJson())
				.doesNotContain("U0CHAIR", "U0ALEX", "U0SAM", "U0POL", "U0COU");
		}
	}

	@Test
	void givenADisputedCriterion_thenTheChairEditsItsSharedTextFromItsButton_andTheFormCarriesIt() throws Exception {
		SlackRequests requests = new SlackRequests(port, "T0TEXT");
		requests.command("U1CHAIR", "board add <@U1ALEX> as member");
		requests.command("U1CHAIR", "start cdrp-2002 Shared text 2026");
		// Nobody rated: every one of the 49 is disputed, each with its own buttons, and the view still fits Slack.
		assertThat(SlackRequests.shown(requests.command("U1CHAIR", "close now"))).contains("49 still to settle");
		Map<String, String> buttons = new SlackMembers(slack, requests).consensusView("U1CHAIR").buttons();
		assertThat(buttons).containsKeys("Settle 9.4…", "Edit shared text 9.4…", "Consensus round…", "Documents");

		long pressed = slack.mark();
		requests.click("U1CHAIR", "D1CHAIR", "1700000000.000300", buttons.get("Edit shared text 2.3…"));
		FakeSlackApi.Call form = slack.awaitAfter(pressed, "views.open", c -> true, WAIT);
		assertThat(form.json("view").path("title").path("text").asText()).isEqualTo("Agreed text 2.3");
		long saved = slack.mark();
		requests.submitForm("U1CHAIR", form.json("view").path("private_metadata").asText(),
				Map.of("evidence", "Audit & strategy refreshed each April", "comment", "Partners own the strategy"));
		assertThat(slack.awaitAfter(saved, "chat.postMessage", c -> "U1CHAIR".equals(c.param("channel"))
				&& c.json("blocks").toString().contains("Saved the board's text"), WAIT).json("blocks").toString())
			.contains("Saved the board's text for 2.3.");

		// Pressed again, the form opens on what the board saved.
		long again = slack.mark();
		requests.click("U1CHAIR", "D1CHAIR", "1700000000.000300", buttons.get("Edit shared text 2.3…"));
		assertThat(slack.awaitAfter(again, "views.open", c -> true, WAIT).json("view").toString())
			.contains("Audit & strategy refreshed each April", "Partners own the strategy");

		long exported = slack.mark();
		assertThat(SlackRequests.shown(requests.command("U1CHAIR", "export"))).contains("Here are the documents");
		FakeSlackApi.Upload docx = awaitUpload("shared-text-2026-draft.docx", exported);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
				XWPFWordExtractor words = new XWPFWordExtractor(document)) {
			assertThat(words.getText()).contains("Audit & strategy refreshed each April", "Partners own the strategy", "DRAFT");
		}
		// A member presses the chair's button: nothing opens.
		long member = slack.mark();
		requests.click("U1ALEX", "D1ALEX", "1700000000.000400", buttons.get("Edit shared text 2.3…"));
		assertThat(slack.awaitAfter(member, "chat.postEphemeral", c -> "U1ALEX".equals(c.param("user")), WAIT)
			.json("blocks").toString()).contains("Only the chair edits the board's agreed text.");
	}

	private static org.apache.poi.ss.usermodel.Row findRow(org.apache.poi.ss.usermodel.Sheet sheet, String id, int round) {
		for (var row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(id)
					&& (int) row.getCell(1).getNumericCellValue() == round) {
				return row;
			}
		}
		throw new AssertionError("No row for " + id + " round " + round);
	}

	/** The round's ratings as a file: response id, criterion, category; what `analyse` reads. */
	private String ratingsCsv(MongoDatabase db, int round) {
		StringBuilder csv = new StringBuilder("rater,criterion,rating\n");
		var levels = Map.of("gap-identified", GAP, "working-towards", WT, "some-success", SS, "doing-well", DW);
		for (Document r : db.getCollection("responses").find(new Document("round", round))) {
			String answer = key.answerCode(r.getString("_id"), r.getString("answer")).orElse(null);
			csv.append(r.getString("_id")).append(',').append(r.getString("criterionId")).append(',')
				.append(levels.getOrDefault(answer, "don't know")).append('\n');
		}
		return csv.toString();
	}

	private static JsonNode analyse(String csv) throws IOException {
		Path file = Files.createTempFile("ratings", ".csv");
		Files.writeString(file, csv);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = AccordCommandLine.run(new String[] { "analyse", file.toString(), "--json" },
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(exit).isZero();
		return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
	}

	private FakeSlackApi.Upload awaitUpload(String suffix, long since) throws InterruptedException {
		long end = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < end) {
			var found = slack.uploads().stream().filter(u -> u.fileName().endsWith(suffix))
				.filter(u -> slack.calls("files.completeUploadExternal").stream().anyMatch(c -> c.seq() > since))
				.reduce((a, b) -> b);
			if (found.isPresent()) {
				return found.get();
			}
			Thread.sleep(10);
		}
		throw new AssertionError("No upload of *" + suffix);
	}


}
