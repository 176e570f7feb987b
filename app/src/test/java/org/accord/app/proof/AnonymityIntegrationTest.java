package org.accord.app.proof;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.accord.app.slack.FakeSlackApi;
import org.accord.app.slack.SlackMembers;
import org.accord.app.slack.SlackRequests;
import org.accord.app.slack.SlackTestProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
 * A board of four through round 1 (with evidence and comments), the consensus view, a consensus round and
 * the documents. Then two proofs. The whole database, read document by document, holds no person's Slack
 * id, handle or email in any response, and responses hold nothing but the fields the design names. And no
 * message, acknowledgement or file Accord produced shows the distribution of a criterion that fewer than
 * k = 3 members rated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymityIntegrationTest {

	static final String TEAM = "T0ANON";

	static final String ANNA = "U0ANNA";

	static final String BEN = "U0BEN";

	static final String CARA = "U0CARA";

	static final String DAN = "U0DAN";

	static final List<String> BOARD = List.of(ANNA, BEN, CARA, DAN);

	/** Handles and emails as Slack puts them in payloads; Accord has no reason to keep either. */
	static final Map<String, String[]> PEOPLE = Map.of(ANNA, new String[] { "anna.smith", "anna@example.org" }, BEN,
			new String[] { "ben.jones", "ben@example.org" }, CARA, new String[] { "cara.lee", "cara@example.org" }, DAN,
			new String[] { "dan.brown", "dan@example.org" });

	static final String GAP = "Gap identified";

	static final String WT = "Working towards";

	static final String SS = "Some success";

	static final String DW = "Doing well";

	static final String DK = "Don't know";

	/**
	 * Round 1, member by member (Anna, Ben, Cara, Dan). 1.1 is the criterion only two rate. No other criterion
	 * has one "Gap identified" and one "Working towards", so those words can only ever be 1.1's.
	 */
	static final Map<String, List<String>> ROUND_1 = Map.of(
			"1.1", List.of(GAP, WT, DK, DK),
			"1.2", List.of(SS, SS, SS, SS),
			"1.3", List.of(WT, WT, SS, SS),
			"1.4", List.of(DW, DW, DW, SS),
			"1.5", List.of(WT, SS, SS, DW),
			"1.6", List.of(DK, DK, DK, DK));

	/** Round 2 on 1.1, 1.3 and 1.5: "Keep" keeps the member's round-1 rating, so 1.1 stays at two ratings. */
	static final Map<String, List<String>> ROUND_2 = Map.of(
			"1.1", List.of("Keep", "Keep", DK, DK),
			"1.3", List.of(WT, WT, WT, WT),
			"1.5", List.of("Keep", "Keep", "Keep", "Keep"));

	/**
	 * What would reveal 1.1's distribution (Gap identified 1, Working towards 1): the counts as the view and
	 * the consensus-round prompt write them (PlainWords.counts), the start of that line, and the plain words
	 * the view would use for such a split (PlainWords.agreement).
	 */
	static final List<String> REVEALING = List.of("Gap identified 1 · Working towards 1",
			"Gap identified 1 · Working towards 1 · Some success 0 · Doing well 0",
			"split between Gap identified and Working towards");

	/** Counts as PlainWords writes them; any such line summing to fewer than k ratings is a leak. */
	static final Pattern COUNTS = Pattern
		.compile("Gap identified (\\d+) · Working towards (\\d+) · Some success (\\d+) · Doing well (\\d+)");

	static final Set<String> RESPONSE_FIELDS = Set.of("_id", "assessmentId", "round", "criterionId", "answer", "evidence");

	static final Set<String> PARTICIPATION_FIELDS = Set.of("_id", "assessmentId", "round", "place");

	/** What members wrote as evidence and comments: sealed in the store, never there in the clear. */
	static final List<String> WRITTEN = List.of("Board minutes, March", "Partners attend but rarely lead");

	static final ObjectMapper JSON = new ObjectMapper();

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

	SlackRequests requests;

	/** Every acknowledgement of a slash command: Slack shows its blocks to the person who typed it. */
	final List<String> acknowledgements = new ArrayList<>();

	private static final String TITLE_1_1 = "The partnership is well led with leaders of appropriate seniority who provide direction, motivation, and commitment.";

	@Test
	void givenABoardOfFourThroughTwoRounds_thenNoResponseNamesAnyoneAndNoSmallDistributionIsShown() throws Exception {
		requests = new SlackRequests(port, TEAM);
		PEOPLE.forEach((id, person) -> requests.person(id, person[0], person[1]));
		SlackMembers members = new SlackMembers(slack, requests);
		say(ANNA, "board add <@U0BEN|ben.jones> <@U0CARA|cara.lee> <@U0DAN|dan.brown> as member");
		long begin = slack.mark();
		assertThat(say(ANNA, "start cdrp-2002 due 2099-12-31 Annual self-assessment")).contains("4 people have been sent");

		List<String> ids = List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7");
		for (int u = 0; u < BOARD.size(); u++) {
			String user = BOARD.get(u);
			SlackMembers.Prompt prompt = members.promptFor(user, "1.1", begin);
			for (int i = 0; i < 6; i++) {
				String id = ids.get(i);
				if ((user.equals(ANNA) && id.equals("1.1")) || (user.equals(BEN) && id.equals("1.3"))) {
					long opened = members.click(user, prompt, "Add evidence / comment");
					String context = slack.awaitAfter(opened, "views.open", c -> true, SlackMembers.WAIT).json("view")
						.path("private_metadata").asText();
					assertThat(requests.submitForm(user, context, Map.of("evidence", "Board minutes, March " + id, "document",
							"Minutes", "page", "3", "comment", "Partners attend but rarely lead " + id)).statusCode()).isEqualTo(200);
				}
				prompt = members.promptFor(user, ids.get(i + 1), members.click(user, prompt, ROUND_1.get(id).get(u)));
			}
		}
		assertThat(say(ANNA, "close now")).contains("Round 1 is closed: 2 of 49 criteria agreed");
		long viewed = slack.mark();
		String view = members.consensusView(ANNA).words();
		assertThat(view).contains("• *1.1* %s — too few answers to show\n".formatted(TITLE_1_1), "Working towards 2 · Some success 2");
		assertThat(members.consensusView(ANNA, "consensus figures").words())
			.contains("• *1.1* %s — too few answers to show\n".formatted(TITLE_1_1), "median");
		awaitUpload("consensus-view.png", viewed);

		long round2 = slack.mark();
		assertThat(say(ANNA, "round 1.1 1.3 1.5 due 2099-01-31")).contains("Consensus round 2 is open on 3 criteria");
		List<String> disputed = List.of("1.1", "1.3", "1.5");
		for (int u = 0; u < BOARD.size(); u++) {
			String user = BOARD.get(u);
			SlackMembers.Prompt prompt = members.promptFor(user, "1.1", round2);
			// The member sees last round's distribution only when k rated: for 1.1, only that there were too few.
			assertThat(prompt.blocks()).contains("*How the board rated this in round 1* (anonymous): too few answers to show");
			for (int d = 0; d < disputed.size(); d++) {
				String choice = ROUND_2.get(disputed.get(d)).get(u);
				String label = choice.equals("Keep") ? prompt.buttons().keySet().stream()
					.filter(b -> b.startsWith("Keep my rating")).findFirst().orElseThrow() : choice;
				long mark = members.click(user, prompt, label);
				if (d + 1 < disputed.size()) {
					prompt = members.promptFor(user, disputed.get(d + 1), mark);
				}
			}
		}
		assertThat(say(ANNA, "close now")).contains("Round 2 is closed: 1 of 3 criteria agreed");
		long exported = slack.mark();
		assertThat(members.consensusView(ANNA).words()).contains("• *1.1* %s — too few answers to show\n".formatted(TITLE_1_1));
		assertThat(say(ANNA, "export")).contains("Here are the documents.");
		say(ANNA, "status");
		awaitUpload(".csv", exported);
		Thread.sleep(300);

		databaseHoldsNoIdentityInResponses();
		noSmallDistributionInAnyMessage();
		noSmallDistributionInAnyDocument();
	}

	/** The whole database, every collection and document, as JSON, read straight from the store. */
	private void databaseHoldsNoIdentityInResponses() {
		MongoDatabase db = mongo.getDatabase("accord");
		Map<String, List<Document>> dump = new HashMap<>();
		for (String name : db.listCollectionNames()) {
			dump.put(name, db.getCollection(name).find().into(new ArrayList<>()));
		}
		List<Document> responses = dump.get("responses");
		// Every member's response to each of the 49 criteria was made when round 1 opened, whoever answered what;
		// round 2 carried the 4 of each of its 3 criteria.
		assertThat(responses).hasSize(4 * 49 + 4 * 3);
		List<String> identities = new ArrayList<>(List.of(TEAM, "slack:"));
		PEOPLE.forEach((id, person) -> identities.addAll(List.of(id, id.toLowerCase(), person[0], person[1])));
		dump.get("members").forEach(m -> identities.add(m.getString("_id")));
		assertThat(dump.get("members")).hasSize(4);
		for (Document response : responses) {
			String json = response.toJson();
			assertThat(StoreSnapshot.withoutCiphertext(response).toJson()).doesNotContain(identities);
			assertThat(response.keySet()).as(json).isEqualTo(RESPONSE_FIELDS);
			assertThat(json).doesNotContain("gap-identified", "working-towards", "some-success", "doing-well", "don't know");
		}
		// Answered, carried or not, every sealed answer has one length.
		assertThat(responses.stream().map(r -> r.getString("answer").length()).distinct()).hasSize(1);
		// Who has finished is kept apart from what they answered.
		assertThat(dump.get("participation")).isNotEmpty().allSatisfy(p -> {
			assertThat(p.keySet()).as(p.toJson()).isSubsetOf(PARTICIPATION_FIELDS).doesNotContain("answer");
			assertThat(p.toJson()).doesNotContain("gap-identified", "working-towards", "some-success", "doing-well");
		});
		// Handles and emails reach Accord in every payload; it keeps them nowhere at all.
		String everything = dump.toString();
		PEOPLE.values().forEach(person -> assertThat(everything).doesNotContain(person[0], person[1]));
		// Evidence and comments are nowhere in the clear, in no collection at all.
		assertThat(everything).doesNotContain(WRITTEN);
	}

	/** Every message Accord posted, updated or showed ephemerally, every modal and Home tab, every ack. */
	private void noSmallDistributionInAnyMessage() {
		List<String> shown = new ArrayList<>(acknowledgements);
		for (FakeSlackApi.Call call : slack.calls()) {
			for (Map.Entry<String, String> param : call.params().entrySet()) {
				shown.add(call.method() + " " + param.getKey() + ": " + words(param.getValue()));
			}
		}
		assertThat(shown).filteredOn(s -> s.contains("too few answers to show")).isNotEmpty();
		for (String message : shown) {
			assertThat(message).doesNotContain(REVEALING);
			assertNoCountsUnderK(message);
			// Wherever 1.1 has a line of figures, it reads "too few", and nothing follows on that line.
			Matcher line = Pattern.compile("\\*1\\.1\\* [^\\n]*").matcher(message);
			while (line.find()) {
				assertThat(line.group()).isIn("*1.1* Disputed · too few answers to show",
						"*1.1* In round 2, open · too few answers to show", "*1.1* " + TITLE_1_1 + " — too few answers to show");
			}
		}
	}

	/** The form (DOCX), the figures (XLSX, CSV): 1.1 has its number of ratings and nothing of its spread. */
	private void noSmallDistributionInAnyDocument() throws IOException {
		List<FakeSlackApi.Upload> uploads = slack.uploads();
		byte[] docx = last(uploads, ".docx");
		byte[] xlsx = last(uploads, ".xlsx");
		byte[] csv = last(uploads, ".csv");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor words = new XWPFWordExtractor(document)) {
			String text = words.getText();
			assertThat(text).contains("1.1").doesNotContain(REVEALING);
			assertNoCountsUnderK(text);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet rounds = workbook.getSheet("Rounds");
			Map<String, Integer> column = headers(rounds);
			int checked = 0;
			for (Row row : rounds) {
				if (row.getRowNum() == 0 || number(row.getCell(column.get("Rated"))) >= 4) {
					continue;
				}
				String where = "Rounds row " + (row.getRowNum() + 1);
				for (String level : List.of(GAP, WT, SS, DW)) {
					assertThat(row.getCell(column.get(level)).getStringCellValue()).as(where).isEqualTo("too few to show");
				}
				for (String figure : List.of("Median", "IQR", "Modal share", "Cns")) {
					assertThat(blank(row.getCell(column.get(figure)))).as(where + " " + figure).isTrue();
				}
				if (row.getCell(0).getStringCellValue().equals("1.1")) {
					checked++;
				}
			}
			assertThat(checked).as("1.1's rows, rounds 1 and 2").isEqualTo(2);
			Sheet criteria = workbook.getSheet("Criteria");
			Map<String, Integer> criteriaColumn = headers(criteria);
			Row row11 = findRow(criteria, criteriaColumn.get("Criterion"), "1.1");
			assertThat(number(row11.getCell(criteriaColumn.get("Rated")))).isEqualTo(2);
			for (String figure : List.of("Median", "IQR", "Modal share", "Cns")) {
				assertThat(blank(row11.getCell(criteriaColumn.get(figure)))).as("Criteria 1.1 " + figure).isTrue();
			}
			DataFormatter format = new DataFormatter();
			StringBuilder all = new StringBuilder();
			workbook.forEach(sheet -> sheet.forEach(r -> r.forEach(c -> all.append(format.formatCellValue(c)).append('\t'))));
			assertThat(all.toString()).doesNotContain(REVEALING);
			// No figure carries more than two decimals: an exact alpha once gave away 1.1's only pair of ratings.
			workbook.forEach(sheet -> sheet.forEach(r -> r.forEach(c -> {
				if (c.getCellType() == CellType.NUMERIC) {
					double v = c.getNumericCellValue();
					assertThat(Math.abs(v * 100 - Math.rint(v * 100))).as("%s!%s = %s", sheet.getSheetName(),
							c.getAddress(), v).isLessThan(1e-9);
				}
			})));
		}
		String csvText = new String(csv, StandardCharsets.UTF_8);
		assertThat(csvText).doesNotContain(REVEALING);
		int checked = 0;
		for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csvText))) {
			if (record.get("Rated").isEmpty() || Integer.parseInt(record.get("Rated")) >= 4) {
				continue;
			}
			for (String column : List.of(GAP, WT, SS, DW, "Median", "IQR", "Modal share", "Cns")) {
				assertThat(record.get(column)).as("CSV line %d %s", record.getRecordNumber() + 1, column).isEmpty();
			}
			if (record.get("Criterion").equals("1.1")) {
				checked++;
			}
		}
		assertThat(checked).as("1.1's CSV rows, rounds 1 and 2").isEqualTo(2);
	}

	private static void assertNoCountsUnderK(String text) {
		Matcher counts = COUNTS.matcher(text);
		while (counts.find()) {
			int sum = 0;
			for (int g = 1; g <= 4; g++) {
				sum += Integer.parseInt(counts.group(g));
			}
			// k = 3 besides any one viewer's own.
			assertThat(sum).as("ratings behind '%s'", counts.group()).isGreaterThanOrEqualTo(4);
		}
	}

	private String say(String user, String text) {
		HttpResponse<String> response = requests.command(user, text);
		assertThat(response.statusCode()).isEqualTo(200);
		acknowledgements.add("ack of /assess " + text + ": " + words(response.body()));
		return SlackRequests.shown(response);
	}

	/** A parameter's words: every string inside it if it is JSON (so escapes are undone), else itself. */
	private static String words(String value) {
		if (value == null) {
			return "";
		}
		try {
			JsonNode node = JSON.readTree(value);
			if (node != null && (node.isObject() || node.isArray())) {
				StringBuilder text = new StringBuilder();
				collect(node, text);
				return text.toString();
			}
		}
		catch (IOException notJson) {
			// Plain text, as Slack's "text" parameter is.
		}
		return value;
	}

	private static void collect(JsonNode node, StringBuilder text) {
		if (node.isTextual()) {
			text.append(node.asText()).append('\n');
		}
		node.forEach(child -> collect(child, text));
	}

	private static Map<String, Integer> headers(Sheet sheet) {
		Map<String, Integer> columns = new HashMap<>();
		sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
		return columns;
	}

	private static Row findRow(Sheet sheet, int column, String value) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
				return row;
			}
		}
		throw new AssertionError("No row for " + value + " in " + sheet.getSheetName());
	}

	private static double number(Cell cell) {
		return cell == null || cell.getCellType() != CellType.NUMERIC ? Double.NaN : cell.getNumericCellValue();
	}

	private static boolean blank(Cell cell) {
		return cell == null || cell.getCellType() == CellType.BLANK
				|| cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
	}

	private static byte[] last(List<FakeSlackApi.Upload> uploads, String suffix) {
		return uploads.stream().filter(u -> u.fileName().endsWith(suffix)).reduce((a, b) -> b).orElseThrow().content();
	}

	private static void awaitUpload(String suffix, long since) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < end) {
			boolean done = slack.calls("files.completeUploadExternal").stream().anyMatch(c -> c.seq() > since)
					&& slack.uploads().stream().anyMatch(u -> u.fileName().endsWith(suffix) && u.content() != null);
			if (done) {
				return;
			}
			Thread.sleep(10);
		}
		throw new AssertionError("No upload of *" + suffix);
	}

}
