package org.accord.app.proof;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.accord.app.slack.FakeSlackApi;
import org.accord.app.slack.SlackMembers;
import org.accord.app.slack.SlackRequests;
import org.accord.core.card.ButtonAction;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten thousand hostile or broken requests, from a fixed seed so that a failure can be replayed, against
 * {@code POST /slack/events} and {@code POST /api/messages}, after a real board has state worth damaging:
 * nothing answers 5xx, no answer carries a stack trace, and not one stored document changes.
 *
 * <p>Two things legitimately change and are left out: the "receipts" collection records the id of every
 * signed event so that a retry is handled once; and no signed command comes from a workspace without a
 * board, because the first person to use Accord in a workspace founds its board by design.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
// One instance, so the boards are built once: the fuzz test proves it changed nothing from its own start, and the
// encoding test's one answer lands on board B, which the fuzz test never lets its own requests answer.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzIntegrationTest {

	static final long SEED = 20_021_107L;

	static final int REQUESTS = 10_000;

	static final int THREADS = 4;

	static final String TEAM_A = "T0FUZZA";

	static final String TEAM_B = "T0FUZZB";

	/** A workspace with no board: its people can press buttons but never found a board by a click. */
	static final String TEAM_NONE = "T0NOBOARD";

	static final String CHAIR = "U0CHAIR";

	static final String ALEX = "U0ALEX";

	static final String SAM = "U0SAM";

	static final String POL = "U0POL";

	static final String FAC = "U0FAC";

	static final String STRANGER = "U0STRANGER";

	static final String B_CHAIR = "U0BCHAIR";

	static final String B_MEMBER = "U0BMEM";

	static final String B_STRANGER = "U0BSTRANGER";

	static final String NOBODY = "U0NOBODY";

	/** What a stack trace leaks into a body; the generator never writes these, so an echo cannot trip them. */
	static final List<String> STACK_TRACE = List.of("Exception", "\tat ", "at org.", "at com.", "at java.");

	static final List<String> VERBS = List.of("help", "board", "start", "status", "resume", "continue", "mine", "close",
			"consensus", "round", "settle", "text", "export", "endorse", "endorsements");

	static final ObjectMapper JSON = new ObjectMapper();

	static FakeSlackApi slack;

	@DynamicPropertySource
	static void slack(DynamicPropertyRegistry registry) throws IOException {
		slack = new FakeSlackApi();
		String dataDir = Files.createTempDirectory("accord-fuzz-it").toString();
		// Teams as in production: with an app id every request to /api/messages needs the Bot Framework's
		// token. (Emulator mode, for local development, takes unauthenticated activities by design.)
		registry.add("accord.teams.app-id", () -> "00000000-0000-0000-0000-00000000f022");
		registry.add("accord.slack.bot-token", () -> FakeSlackApi.BOT_TOKEN);
		registry.add("accord.slack.signing-secret", () -> SlackRequests.SIGNING_SECRET);
		registry.add("accord.slack.api-url", slack::url);
		registry.add("accord.data-dir", () -> dataDir);
		registry.add("accord.mongodb-uri", () -> "");
		// Nothing here may hang on the wall clock: a Quartz sweep in the middle of the fuzzing once moved the
		// sweep's counter and failed "nothing stored changes". The sweep is off; no request starts one.
		registry.add("accord.nudge-sweep-seconds", () -> "0");
	}

	@AfterAll
	static void stop() {
		slack.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	MongoClient mongo;

	/** The operator's key: what the sealed store is read with here. */
	@Autowired
	org.accord.core.service.AnonymityKey key;

	MongoDatabase db;

	World world;

	/** What the set-up leaves to replay: real buttons and form contexts of a closed round and of another board. */
	record World(String assessmentA, String assessmentB, List<String> buttonsA, List<String> buttonsB, String startRoundA,
			String evidenceFormA, String agreedTextFormA, String evidenceFormB, SlackMembers.Prompt promptOfBMember,
			List<String> prompts) {

		List<String> contexts() {
			return List.of(evidenceFormA, agreedTextFormA, evidenceFormB,
					ButtonAction.of(ButtonAction.Kind.DECLINE, assessmentA, 1, null).encode(),
					ButtonAction.of(ButtonAction.Kind.DECLINE, assessmentB, 1, null).encode());
		}

	}

	@BeforeAll
	void setUp() throws Exception {
		db = mongo.getDatabase("accord");
		for (String collection : db.listCollectionNames()) {
			db.getCollection(collection).deleteMany(new Document());
		}
		slack.clear();
		world = buildWorld();
	}

	/**
	 * Board A (a chair, two members, an authority, a facilitator) has answered three prompts each and closed
	 * round 1; board B, in another workspace, has round 1 open. Both leave real buttons to replay.
	 */
	World buildWorld() throws Exception {
		SlackRequests a = new SlackRequests(port, TEAM_A);
		SlackRequests b = new SlackRequests(port, TEAM_B);
		SlackMembers membersA = new SlackMembers(slack, a);
		SlackMembers membersB = new SlackMembers(slack, b);
		a.command(CHAIR, "board add <@U0ALEX> <@U0SAM> as member");
		a.command(CHAIR, "board add <@U0POL> as authority police");
		a.command(CHAIR, "board add <@U0FAC> as facilitator");
		long begin = slack.mark();
		assertThat(SlackRequests.shown(a.command(CHAIR, "start cdrp-2002 due 2099-12-31 Fuzz board")))
			.contains("4 people have been sent");
		List<String> buttonsA = new ArrayList<>();
		// Where real prompts are (channel and ts), so that a click can come from someone else's prompt.
		List<String> prompts = new ArrayList<>();
		List<String> levels = List.of("Gap identified", "Working towards", "Some success", "Doing well");
		List<String> ids = List.of("1.1", "1.2", "1.3", "1.4");
		String evidenceFormA = null;
		List<String> raters = List.of(CHAIR, ALEX, SAM, POL);
		for (int u = 0; u < raters.size(); u++) {
			String user = raters.get(u);
			SlackMembers.Prompt prompt = membersA.promptFor(user, ids.get(0), begin);
			for (int i = 0; i < 3; i++) {
				buttonsA.addAll(prompt.buttons().values());
				prompts.add(prompt.channel() + "\u0000" + prompt.ts());
				if (user.equals(ALEX) && i == 0) {
					long opened = membersA.click(user, prompt, "Add evidence / comment");
					evidenceFormA = slack.awaitAfter(opened, "views.open", c -> true, SlackMembers.WAIT).json("view")
						.path("private_metadata").asText();
					assertThat(a.submitForm(user, evidenceFormA, Map.of("evidence", "Minutes, March board", "comment",
							"Chair rotates yearly")).statusCode()).isEqualTo(200);
				}
				prompt = membersA.promptFor(user, ids.get(i + 1), membersA.click(user, prompt, levels.get((i + u) % 4)));
			}
			buttonsA.addAll(prompt.buttons().values());
		}
		assertThat(SlackRequests.shown(a.command(CHAIR, "close now"))).contains("Round 1 is closed");
		String startRoundA = membersA.consensusView(CHAIR).buttons().entrySet().stream()
			.filter(e -> e.getKey().startsWith("Consensus round")).map(Map.Entry::getValue).findFirst().orElseThrow();
		long text = slack.mark();
		a.command(CHAIR, "text 1.1");
		String agreedTextFormA = slack.awaitAfter(text, "views.open", c -> true, SlackMembers.WAIT).json("view")
			.path("private_metadata").asText();
		// Endorsement cannot begin while criteria are disputed, so a replayed "endorse" has nothing to change either.
		assertThat(SlackRequests.shown(a.command(CHAIR, "endorse"))).contains("still disputed");

		b.command(B_CHAIR, "board add <@U0BMEM> as member");
		long beginB = slack.mark();
		assertThat(SlackRequests.shown(b.command(B_CHAIR, "start cdrp-2002 Other board"))).contains("2 people");
		SlackMembers.Prompt promptB = membersB.promptFor(B_CHAIR, "1.1", beginB);
		List<String> buttonsB = new ArrayList<>(promptB.buttons().values());
		SlackMembers.Prompt promptOfBMember = membersB.promptFor(B_MEMBER, "1.1", beginB);
		prompts.add(promptB.channel() + "\u0000" + promptB.ts());
		prompts.add(promptOfBMember.channel() + "\u0000" + promptOfBMember.ts());
		long opened = membersB.click(B_CHAIR, promptB, "Add evidence / comment");
		String evidenceFormB = slack.awaitAfter(opened, "views.open", c -> true, SlackMembers.WAIT).json("view")
			.path("private_metadata").asText();
		String assessmentA = ButtonAction.decode(buttonsA.get(0).split("\u0000")[0]).assessmentId();
		String assessmentB = ButtonAction.decode(buttonsB.get(0).split("\u0000")[0]).assessmentId();
		return new World(assessmentA, assessmentB, List.copyOf(buttonsA), List.copyOf(buttonsB), startRoundA,
				evidenceFormA, agreedTextFormA, evidenceFormB, promptOfBMember, List.copyOf(prompts));
	}

	@Test
	void givenTenThousandHostileRequests_thenNo5xxNoStackTraceAndNothingStoredChanges(CapturedOutput output)
			throws Exception {
		StoreSnapshot before = StoreSnapshot.of(db, Set.of("receipts"));
		// There must be state to damage: every collection of the board's state holds documents (actions and
		// nudges, kept for the action plan, are empty at this stage but are compared all the same).
		StoreSnapshot.STATE.forEach(name -> assertThat(before.counts().get(name)).as(name).isPositive());
		List<Planned> plan = new Generator(new Random(SEED), world).plan(REQUESTS);
		long mark = slack.mark();

		Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
		Map<String, LongAdder> nanosByCategory = new ConcurrentHashMap<>();
		long started = System.nanoTime();
		List<String> problems = Collections.synchronizedList(new ArrayList<>());
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();
		AtomicInteger next = new AtomicInteger();
		ExecutorService senders = Executors.newFixedThreadPool(THREADS);
		for (int t = 0; t < THREADS; t++) {
			senders.submit(() -> {
				for (int i = next.getAndIncrement(); i < plan.size(); i = next.getAndIncrement()) {
					Planned p = plan.get(i);
					try {
						long t0 = System.nanoTime();
						HttpResponse<String> response = http.send(p.request(port), HttpResponse.BodyHandlers.ofString());
						nanosByCategory.computeIfAbsent(p.category(), c -> new LongAdder()).add(System.nanoTime() - t0);
						statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
						check(i, p, response, problems);
					}
					catch (Exception e) {
						statuses.computeIfAbsent(-1, s -> new LongAdder()).increment();
						problems.add("#" + i + " " + p.describe() + ": no answer: " + e);
					}
				}
			});
		}
		senders.shutdown();
		assertThat(senders.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
		long sent = System.nanoTime();
		quiesce();
		System.out.println("fuzz_seconds_sending = " + (sent - started) / 1_000_000_000.0);
		System.out.println("fuzz_seconds_quiescing = " + (System.nanoTime() - sent) / 1_000_000_000.0);
		new TreeMap<>(nanosByCategory).forEach((c, n) -> System.out.println("fuzz_ms_" + c + " = " + n.sum() / 1_000_000));

		new TreeMap<>(statuses).forEach((status, n) -> System.out.println("fuzz_status_" + status + " = " + n.sum()));
		assertThat(problems.size()).as("requests answered wrongly; the first 20: %s",
				problems.subList(0, Math.min(20, problems.size()))).isZero();
		// What Accord said in Slack after a refused request must not carry a stack trace either.
		for (FakeSlackApi.Call call : slack.calls()) {
			if (call.seq() > mark) {
				assertThat(call.params().toString()).as(call.method()).doesNotContain(STACK_TRACE);
			}
		}
		// Nobody can write an unsigned body into the log: the megabyte bodies above would show as megabyte lines.
		assertThat(output.getAll().lines().mapToInt(String::length).max().orElse(0)).as("longest log line")
			.isLessThan(20_000);
		StoreSnapshot after = StoreSnapshot.of(db, Set.of("receipts"));
		assertThat(after.counts()).isEqualTo(before.counts());
		assertThat(after.digests()).as("documents changed: %s", after.changesSince(before)).isEqualTo(before.digests());
	}

	/**
	 * Slack percent-encodes '*' as %2A in the form body of an interaction, and sends the clicked message's
	 * blocks back in it; Accord's prompts are full of *bold*. The signature covers those exact bytes, so a
	 * body rebuilt from decoded parameters (Java writes '*' back unencoded) no longer matches it.
	 */
	@Test
	void givenAClickEncodedAsSlackEncodesIt_thenTheSignatureHoldsAndTheAnswerIsKept() throws Exception {
		SlackMembers.Prompt prompt = world.promptOfBMember();
		assertThat(prompt.blocks()).contains("*");
		String[] button = prompt.buttons().get("Some success").split("\u0000");
		ObjectNode payload = (ObjectNode) SlackRequests.fixture("block_actions.json");
		((ObjectNode) payload.get("team")).put("id", TEAM_B);
		((ObjectNode) payload.get("user")).put("id", B_MEMBER).put("team_id", TEAM_B).put("username", "bmem");
		ObjectNode container = (ObjectNode) payload.get("container");
		container.removeAll();
		container.put("type", "message").put("message_ts", prompt.ts()).put("channel_id", prompt.channel())
			.put("is_ephemeral", false);
		((ObjectNode) payload.get("channel")).put("id", prompt.channel()).put("name", "directmessage");
		ObjectNode message = (ObjectNode) payload.get("message");
		message.put("ts", prompt.ts()).put("text", "1.1 *Leadership*");
		message.set("blocks", JSON.readTree(prompt.blocks()));
		((ObjectNode) payload.get("actions").get(0)).put("action_id", button[1]).put("value", button[0]).put("block_id", "b")
			.put("action_ts", "1700000000.424242");
		// Ids of its own: the fuzzing's clicks may have used the fixture's, and a repeat of those is a replay.
		payload.put("trigger_id", "398738663015.47445629121.0123456789abcdef0123456789abcdef");
		String body = "payload=" + slackEncode(payload.toString());
		assertThat(body).contains("%2A");
		long mark = slack.mark();
		String now = Long.toString(System.currentTimeMillis() / 1000);
		HttpResponse<String> response = new SlackRequests(port, TEAM_B).post(body, "application/x-www-form-urlencoded",
				now, SlackRequests.sign(SlackRequests.SIGNING_SECRET, now, body), Map.of());
		assertThat(response.statusCode()).isEqualTo(200);
		slack.awaitAfter(mark, "chat.update", c -> prompt.ts().equals(c.param("ts"))
				&& c.json("blocks").toString().contains("You answered: *Some success*"), SlackMembers.WAIT);
		// Every response was made when the round opened; this click's answer is the one answered.
		assertThat(db.getCollection("responses").find(new Document("assessmentId", world.assessmentB())).into(new java.util.ArrayList<>())
			.stream().filter(r -> key.answerCode(r.getString("_id"), r.getString("answer")).isPresent())).hasSize(1);
	}

	/** PHP's urlencode, as Slack's form bodies are written: all but letters, digits and "-_." escaped, space as '+'. */
	static String slackEncode(String text) {
		StringBuilder out = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
				out.append((char) c);
			}
			else if (c == ' ') {
				out.append('+');
			}
			else {
				out.append('%').append(String.format("%02X", c));
			}
		}
		return out.toString();
	}

	private static void check(int i, Planned p, HttpResponse<String> response, List<String> problems) {
		String body = response.body() == null ? "" : response.body();
		if (response.statusCode() >= 500) {
			problems.add("#" + i + " " + p.describe() + ": " + response.statusCode() + " " + clip(body));
		}
		for (String marker : STACK_TRACE) {
			if (body.contains(marker)) {
				problems.add("#" + i + " " + p.describe() + ": stack trace (" + marker.strip() + ") in " + clip(body));
			}
		}
		// A request that is not signed as Slack signs it is refused: 401, or 400 when Bolt could not even parse it
		// (Bolt parses before it verifies), never acted on.
		if (p.path().equals("/slack/events") && p.signing() != Signing.VALID
				&& (response.statusCode() < 400 || response.statusCode() > 499)) {
			problems.add("#" + i + " " + p.describe() + ": answered " + response.statusCode() + " without a valid signature");
		}
	}

	/** Deliveries run after the acknowledgement; wait until the fake Slack has heard nothing new for a second. */
	private static void quiesce() throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		long last = slack.mark();
		long quietSince = System.nanoTime();
		while (System.nanoTime() < end && System.nanoTime() - quietSince < Duration.ofSeconds(1).toNanos()) {
			Thread.sleep(100);
			long now = slack.mark();
			if (now != last) {
				last = now;
				quietSince = System.nanoTime();
			}
		}
	}

	private static String clip(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

	/** How a request is signed, decided at plan time and carried out at send time (timestamps must be fresh). */
	enum Signing {

		VALID, NONE, STALE, OTHER_SECRET, RANDOM_HEX, WRONG_VERSION, GARBAGE_TIMESTAMP, TIMESTAMP_ONLY,
		SIGNATURE_ONLY, SIGNED_THEN_TRUNCATED, BODY_CHANGED_AFTER_SIGNING

	}

	/** One request of the plan. */
	record Planned(String category, String path, byte[] body, String contentType, Signing signing, long offset,
			Map<String, String> headers) {

		String describe() {
			return category + " " + path + " " + signing + " " + contentType + " (" + body.length + " bytes) "
					+ clip(new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
		}

		HttpRequest request(int port) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(30));
			if (contentType != null) {
				request.header("Content-Type", contentType);
			}
			headers.forEach(request::header);
			byte[] sent = body;
			long now = System.currentTimeMillis() / 1000;
			String ts = Long.toString(now);
			switch (signing) {
				case VALID -> signed(request, ts, sign(SlackRequests.SIGNING_SECRET, ts, body));
				case NONE -> {
				}
				case STALE -> {
					String when = Long.toString(now - offset);
					signed(request, when, sign(SlackRequests.SIGNING_SECRET, when, body));
				}
				case OTHER_SECRET -> signed(request, ts, sign("a-secret-that-is-not-accords", ts, body));
				case RANDOM_HEX -> signed(request, ts, "v0=" + HexFormat.of().formatHex(longToBytes(offset, 32)));
				case WRONG_VERSION -> signed(request, ts, sign(SlackRequests.SIGNING_SECRET, ts, body).replace("v0=", "v1="));
				case GARBAGE_TIMESTAMP -> {
					String garbage = List.of("", "abc", "-1", "1e9", "99999999999999999999", " " + ts, ts + ".5")
						.get((int) (offset % 7));
					signed(request, garbage.isEmpty() ? " " : garbage, sign(SlackRequests.SIGNING_SECRET, garbage, body));
				}
				case TIMESTAMP_ONLY -> request.header("X-Slack-Request-Timestamp", ts);
				case SIGNATURE_ONLY -> request.header("X-Slack-Signature", sign(SlackRequests.SIGNING_SECRET, ts, body));
				case SIGNED_THEN_TRUNCATED -> {
					signed(request, ts, sign(SlackRequests.SIGNING_SECRET, ts, body));
					sent = Arrays.copyOf(body, (int) Math.min(offset, body.length - 1));
				}
				case BODY_CHANGED_AFTER_SIGNING -> {
					signed(request, ts, sign(SlackRequests.SIGNING_SECRET, ts, body));
					sent = body.clone();
					int at = (int) (offset % sent.length);
					sent[at] = (byte) (sent[at] == 'x' ? 'y' : 'x');
				}
			}
			return request.POST(HttpRequest.BodyPublishers.ofByteArray(sent)).build();
		}

		private static void signed(HttpRequest.Builder request, String ts, String signature) {
			request.header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature);
		}

		private static byte[] longToBytes(long seed, int n) {
			byte[] bytes = new byte[n];
			new Random(seed).nextBytes(bytes);
			return bytes;
		}

	}

	/** Slack's signature over the exact bytes sent, which need not be valid UTF-8. */
	static String sign(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
			return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A person who sends requests, and what they may do without it being a legitimate change. */
	record Actor(String team, String user, boolean chairOfA, boolean onBoardB) {
	}

	/**
	 * Writes the plan. Requests with a valid signature are "safe": nothing in them is something their sender
	 * may legitimately do (the chair of A never sends a real command or the real start-round button; people on
	 * board B never touch B's open round). Requests without a valid signature may carry anything, including
	 * the chair's most damaging commands, because they must be refused before anything reads them.
	 */
	static final class Generator {

		private final Random rnd;

		private final World world;

		private final List<Actor> clickers;

		private final List<Actor> typists;

		/** "consensus" and "export" draw a chart and write documents: a few of each prove as much as hundreds. */
		private final Map<String, Integer> heavyLeft = new java.util.HashMap<>(Map.of("consensus", 5, "export", 5));

		Generator(Random rnd, World world) {
			this.rnd = rnd;
			this.world = world;
			Actor chair = new Actor(TEAM_A, CHAIR, true, false);
			List<Actor> boardA = List.of(chair, new Actor(TEAM_A, ALEX, false, false), new Actor(TEAM_A, SAM, false, false),
					new Actor(TEAM_A, POL, false, false), new Actor(TEAM_A, FAC, false, false));
			List<Actor> strangers = List.of(new Actor(TEAM_A, STRANGER, false, false),
					new Actor(TEAM_B, B_STRANGER, false, false));
			this.typists = concat(boardA, strangers);
			this.clickers = concat(typists, List.of(new Actor(TEAM_NONE, NOBODY, false, false),
					new Actor(TEAM_B, B_CHAIR, false, true), new Actor(TEAM_B, B_MEMBER, false, true)));
		}

		List<Planned> plan(int n) {
			List<Planned> plan = new ArrayList<>(n);
			while (plan.size() < n) {
				int pick = rnd.nextInt(100);
				if (pick < 8) {
					plan.add(badlySigned(Signing.NONE));
				}
				else if (pick < 14) {
					plan.add(badlySigned(Signing.STALE));
				}
				else if (pick < 22) {
					Signing[] wrong = { Signing.OTHER_SECRET, Signing.RANDOM_HEX, Signing.WRONG_VERSION,
							Signing.GARBAGE_TIMESTAMP, Signing.TIMESTAMP_ONLY, Signing.SIGNATURE_ONLY,
							Signing.BODY_CHANGED_AFTER_SIGNING };
					plan.add(badlySigned(wrong[rnd.nextInt(wrong.length)]));
				}
				else if (pick < 28) {
					plan.add(truncated());
				}
				else if (pick < 29) {
					plan.add(oversized());
				}
				else if (pick < 34) {
					plan.add(wrongContentType());
				}
				else if (pick < 41) {
					plan.add(signed("nonsense-json", "application/json", randomJson(3).toString()));
				}
				else if (pick < 47) {
					plan.add(signed("nonsense-form", "application/x-www-form-urlencoded", nonsenseForm()));
				}
				else if (pick < 53) {
					plan.add(signed("payload-garbage", "application/x-www-form-urlencoded", payloadGarbage()));
				}
				else if (pick < 71) {
					plan.add(signed("block_actions", "application/x-www-form-urlencoded", click()));
				}
				else if (pick < 80) {
					plan.add(signed("view_submission", "application/x-www-form-urlencoded", formSubmission()));
				}
				else if (pick < 91) {
					Actor typist = pickFrom(typists);
					plan.add(signed("slash", "application/x-www-form-urlencoded", slash(typist, text(typist))));
				}
				else if (pick < 96) {
					plan.add(signed("event", "application/json", event()));
				}
				else {
					plan.add(teams());
				}
			}
			return plan;
		}

		private Planned signed(String category, String contentType, String body) {
			return new Planned(category, "/slack/events", body.getBytes(StandardCharsets.UTF_8), contentType, Signing.VALID,
					0, Map.of());
		}

		/** The chair's most damaging requests, and safe ones, without a valid signature: all must be refused. */
		private Planned badlySigned(Signing signing) {
			String body;
			String contentType = "application/x-www-form-urlencoded";
			switch (rnd.nextInt(6)) {
				case 0 -> body = slash(new Actor(TEAM_A, CHAIR, true, false), pickFrom(List.of("round all", "close",
						"board add <@U0EVIL> as chair", "board remove <@U0ALEX>", "settle 1.1 gap identified forged",
						"start cdrp-2002 Forged", "endorse", "round 1.1 due 2099-01-01")));
				case 1 -> body = clickBody(new Actor(TEAM_A, CHAIR, true, false), world.startRoundA(), rnd.nextBoolean());
				case 2 -> body = formBody(new Actor(TEAM_A, CHAIR, true, false), world.agreedTextFormA(),
						Map.of("evidence", "forged", "comment", "forged"));
				case 3 -> body = formBody(new Actor(TEAM_B, B_MEMBER, false, true), world.evidenceFormB(),
						Map.of("evidence", "forged"));
				case 4 -> {
					body = event();
					contentType = "application/json";
				}
				default -> body = click();
			}
			long offset = switch (signing) {
				case STALE -> 301 + rnd.nextInt(24 * 3600);
				default -> rnd.nextInt(1 << 30);
			};
			return new Planned("badly-signed", "/slack/events", body.getBytes(StandardCharsets.UTF_8), contentType, signing,
					offset, Map.of());
		}

		/** Half cut after signing (the signature no longer fits); half signed over the cut, which is nonsense. */
		private Planned truncated() {
			boolean json = rnd.nextBoolean();
			String whole = json ? event() : rnd.nextBoolean() ? click() : formSubmission();
			byte[] bytes = whole.getBytes(StandardCharsets.UTF_8);
			int cut = 1 + rnd.nextInt(bytes.length - 1);
			String contentType = json ? "application/json" : "application/x-www-form-urlencoded";
			if (rnd.nextBoolean()) {
				return new Planned("truncated-after-signing", "/slack/events", bytes, contentType,
						Signing.SIGNED_THEN_TRUNCATED, cut, Map.of());
			}
			return new Planned("truncated-then-signed", "/slack/events", Arrays.copyOf(bytes, cut), contentType,
					Signing.VALID, 0, Map.of());
		}

		/** 1 to 2 MB: a huge signed payload, a huge command from a member, huge garbage to either endpoint. */
		private Planned oversized() {
			int size = 1_000_000 + rnd.nextInt(1_000_000);
			String filler = words(size);
			return switch (rnd.nextInt(4)) {
				case 0 -> signed("oversized-payload", "application/x-www-form-urlencoded", "payload="
						+ java.net.URLEncoder.encode("{\"type\":\"block_actions\",\"x\":\"" + filler + "\"}", StandardCharsets.UTF_8));
				case 1 -> signed("oversized-command", "application/x-www-form-urlencoded",
						slash(new Actor(TEAM_A, ALEX, false, false), "status " + filler));
				case 2 -> new Planned("oversized-unsigned", "/slack/events", filler.getBytes(StandardCharsets.UTF_8),
						"application/json", Signing.NONE, 0, Map.of());
				default -> new Planned("oversized-teams", "/api/messages", ("{\"type\":\"message\",\"text\":\"" + filler + "\"}")
					.getBytes(StandardCharsets.UTF_8), "application/json", Signing.NONE, 0, Map.of());
			};
		}

		/** Safe bodies, validly signed, under a content type that does not describe them. */
		private Planned wrongContentType() {
			String[] types = { "text/plain", "application/xml", "multipart/form-data; boundary=xyz", "application/octet-stream",
					null, "application/json", "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1",
					"*/*", "garbage", "text/html; charset=utf-8", "application/x-www-form-urlencoded; charset=UTF-16" };
			String type = types[rnd.nextInt(types.length)];
			// A form body under a JSON type and a JSON body under a form type; the rest at random.
			String body = "application/json".equals(type) ? click() : "application/x-www-form-urlencoded".equals(type)
					? event() : rnd.nextBoolean() ? click() : event();
			return new Planned("wrong-content-type", "/slack/events", body.getBytes(StandardCharsets.UTF_8), type,
					Signing.VALID, 0, Map.of());
		}

		/** {@code POST /api/messages}: activity-shaped JSON and garbage, with and without a made-up bearer token. */
		private Planned teams() {
			// Header values must be visible ASCII, or the client refuses to send them.
			Map<String, String> headers = rnd.nextBoolean() ? Map.of()
					: Map.of("Authorization", "Bearer " + garbage(40).replaceAll("[^\\x21-\\x7e]", "x"));
			String body;
			if (rnd.nextBoolean()) {
				ObjectNode activity = JSON.createObjectNode();
				activity.put("type", pickFrom(List.of("message", "conversationUpdate", "invoke", garbage(8))));
				activity.put("id", garbage(10)).put("text", text(pickFrom(typists))).put("channelId", "msteams")
					.put("serviceUrl", "http://127.0.0.1:9/");
				activity.putObject("from").put("id", garbage(12)).put("name", "anna.smith");
				activity.putObject("conversation").put("id", garbage(12));
				activity.putObject("channelData").putObject("tenant").put("id", garbage(12));
				if (rnd.nextBoolean()) {
					activity.putObject("value").put("action", garbage(30));
				}
				body = activity.toString();
			}
			else {
				body = rnd.nextBoolean() ? randomJson(3).toString() : garbage(rnd.nextInt(500));
			}
			String type = rnd.nextInt(5) == 0 ? pickFrom(List.of("text/plain", "application/x-www-form-urlencoded", "garbage"))
					: "application/json";
			byte[] bytes = rnd.nextInt(20) == 0 ? randomBytes(200) : body.getBytes(StandardCharsets.UTF_8);
			return new Planned("teams", "/api/messages", bytes, type, Signing.NONE, 0, headers);
		}

		// --- Slack payloads -------------------------------------------------------------------------------

		/** A button press by someone, with a real, altered or invented button value. */
		private String click() {
			Actor actor = pickFrom(clickers);
			for (;;) {
				String[] button = switch (rnd.nextInt(7)) {
					case 0, 1 -> split(pickFrom(world.buttonsA()));
					case 2 -> split(pickFrom(world.buttonsB()));
					case 3, 4 -> mutate(split(pickFrom(rnd.nextBoolean() ? world.buttonsA() : world.buttonsB())));
					case 5 -> split(world.startRoundA());
					default -> new String[] { garbage(rnd.nextInt(80)), pickFrom(List.of("accord.0", "accord.7", "x", "")) };
				};
				if (rnd.nextInt(10) == 0) {
					button[1] = pickFrom(List.of("accord." + garbage(5), "other.1", "", garbage(20)));
				}
				if (harmlessClick(actor, button[0])) {
					return clickBody(actor, button[0] + "\u0000" + button[1], rnd.nextInt(8) == 0);
				}
			}
		}

		/** Only a button that its presser may not press is worth sending with a valid signature. */
		private boolean harmlessClick(Actor actor, String value) {
			ButtonAction action;
			try {
				action = ButtonAction.decode(value);
			}
			catch (IllegalArgumentException notAnAction) {
				return true;
			}
			if (actor.chairOfA() && action.kind() == ButtonAction.Kind.START_ROUND) {
				return false;
			}
			return !(actor.onBoardB() && world.assessmentB().equals(action.assessmentId()));
		}

		private String clickBody(Actor actor, String valueAndActionId, boolean damaged) {
			String[] parts = split(valueAndActionId);
			ObjectNode payload = (ObjectNode) SlackRequests.fixture("block_actions.json");
			((ObjectNode) payload.get("team")).put("id", actor.team());
			((ObjectNode) payload.get("user")).put("id", actor.user()).put("team_id", actor.team())
				.put("username", actor.user().toLowerCase());
			ObjectNode container = (ObjectNode) payload.get("container");
			container.removeAll();
			// Half the time the click comes from a real prompt, most often someone else's.
			String[] where = rnd.nextBoolean() ? split(pickFrom(world.prompts()))
					: new String[] { "D" + actor.user().substring(1), "1700000000.000001" };
			String channel = where[0];
			container.put("type", "message").put("message_ts", where[1]).put("channel_id", channel)
				.put("is_ephemeral", false);
			((ObjectNode) payload.get("channel")).put("id", channel).put("name", "directmessage");
			ObjectNode action = (ObjectNode) payload.get("actions").get(0);
			action.put("action_id", parts[1]).put("value", parts[0]).put("block_id", "b").put("action_ts", actionTs());
			// Slack's ids for each interaction are new; a repeat of them would be a replay, handled once.
			payload.put("trigger_id", triggerId());
			if (damaged) {
				switch (rnd.nextInt(8)) {
					case 0 -> payload.remove("user");
					case 1 -> payload.remove("team");
					case 2 -> payload.putArray("actions");
					case 3 -> action.remove("value");
					case 4 -> action.put("value", rnd.nextInt());
					case 5 -> action.set("value", randomJson(2));
					case 6 -> payload.remove("container");
					default -> payload.put("type", pickFrom(List.of("block_suggestion", "interactive_message", garbage(6))));
				}
			}
			return "payload=" + java.net.URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
		}

		/** A modal submitted with a real, altered or invented context. */
		private String formSubmission() {
			Actor actor = pickFrom(clickers);
			for (;;) {
				String context = switch (rnd.nextInt(6)) {
					case 0, 1 -> pickFrom(world.contexts());
					case 2 -> mutate(new String[] { pickFrom(world.contexts()), "" })[0];
					case 3 -> split(pickFrom(world.buttonsA()))[0];
					case 4 -> rnd.nextBoolean() ? "" : "null";
					default -> garbage(rnd.nextInt(120));
				};
				if (!harmlessForm(actor, context)) {
					continue;
				}
				Map<String, String> inputs = new LinkedHashMap<>();
				for (String id : List.of("evidence", "document", "page", "paragraph", "comment", "reason", garbage(4))) {
					if (rnd.nextBoolean()) {
						inputs.put(id, rnd.nextInt(30) == 0 ? words(5_000 + rnd.nextInt(20_000)) : garbage(rnd.nextInt(60)));
					}
				}
				return formBody(actor, context, inputs);
			}
		}

		private boolean harmlessForm(Actor actor, String context) {
			ButtonAction action;
			try {
				action = ButtonAction.decode(context);
			}
			catch (IllegalArgumentException notAnAction) {
				return true;
			}
			if (actor.chairOfA() && action.kind() == ButtonAction.Kind.AGREED_TEXT && world.assessmentA().equals(action.assessmentId())) {
				return false;
			}
			return !(actor.onBoardB() && world.assessmentB().equals(action.assessmentId()));
		}

		private String formBody(Actor actor, String context, Map<String, String> inputs) {
			ObjectNode payload = (ObjectNode) SlackRequests.fixture("view_submission.json");
			((ObjectNode) payload.get("team")).put("id", actor.team());
			((ObjectNode) payload.get("user")).put("id", actor.user()).put("team_id", actor.team());
			ObjectNode view = (ObjectNode) payload.get("view");
			view.put("callback_id", rnd.nextInt(10) == 0 ? garbage(10) : "accord.form").put("private_metadata", context)
				.put("team_id", actor.team()).put("id", "V" + rnd.nextInt(1 << 30)).put("hash", actionTs());
			payload.put("trigger_id", triggerId());
			ObjectNode values = JSON.createObjectNode();
			inputs.forEach((block, value) -> values.putObject(block).putObject("value").put("type", "plain_text_input")
				.put("value", value));
			ObjectNode state = (ObjectNode) view.get("state");
			state.set("values", values);
			switch (rnd.nextInt(12)) {
				case 0 -> state.put("values", garbage(10));
				case 1 -> view.remove("state");
				case 2 -> payload.remove("team");
				case 3 -> payload.remove("user");
				case 4 -> view.remove("private_metadata");
				case 5 -> values.putObject(garbage(5)).put("value", garbage(5));
				default -> {
				}
			}
			return "payload=" + java.net.URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
		}

		private String slash(Actor actor, String text) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("token", "xyzz0WbapA4vBCDEFasx0q6G");
			fields.put("team_id", actor.team());
			fields.put("team_domain", "fuzz");
			fields.put("channel_id", "D" + actor.user().substring(1));
			fields.put("channel_name", "directmessage");
			fields.put("user_id", actor.user());
			fields.put("user_name", actor.user().toLowerCase());
			fields.put("command", rnd.nextInt(20) == 0 ? "/" + garbage(6) : "/assess");
			fields.put("text", text);
			fields.put("response_url", "https://hooks.slack.com/commands/" + actor.team() + "/1/x");
			fields.put("trigger_id", triggerId());
			return SlackRequests.form(fields);
		}

		/** Shaped like Slack's, "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"; from the seed. */
		private String triggerId() {
			return "398738663015." + (40_000_000_000L + rnd.nextInt(Integer.MAX_VALUE)) + "."
					+ HexFormat.of().formatHex(longToBytes(rnd.nextLong(), 16));
		}

		private String actionTs() {
			return (1_700_000_000L + rnd.nextInt(100_000_000)) + "." + String.format("%06d", rnd.nextInt(1_000_000));
		}

		private static byte[] longToBytes(long seed, int n) {
			byte[] bytes = new byte[n];
			new Random(seed).nextBytes(bytes);
			return bytes;
		}

		/**
		 * What someone types. The chair of A types a command word and then only words that are nothing to
		 * Accord (they begin with '~'), so no real command of theirs runs; everyone else types anything.
		 */
		private String text(Actor actor) {
			if (actor.chairOfA()) {
				StringBuilder text = new StringBuilder(rnd.nextInt(8) == 0 ? "~" + garbage(6) : verb());
				int n = 1 + rnd.nextInt(4);
				for (int i = 0; i < n; i++) {
					// No spaces, and no '<', '@' or '>' that could make a mention: a word of the chair's is never an argument.
					text.append(' ').append('~').append(garbage(1 + rnd.nextInt(12)).replaceAll("[\\s<>@]", "_"));
				}
				return text.toString();
			}
			List<String> tokens = List.of("add", "remove", "as", "member", "chair", "authority", "police", "facilitator",
					"all", "due", "2099-01-31", "1999-01-01", "1.1", "1.4", "9.9", "cdrp-2002", "hallmarks-2007", "gap",
					"identified", "working", "towards", "some", "success", "doing", "well", "1", "4", "<@U0ALEX>",
					"<@U0CHAIR|chair>", "<@U0EVIL>", "<!channel>", "*bold*", "&amp;", "${jndi:ldap://x/a}", "{\"$ne\":null}",
					"'; drop table members; --", "\u202Eevil", "\u0000", "🙂");
			if (rnd.nextInt(6) == 0) {
				return garbage(rnd.nextInt(200));
			}
			StringBuilder text = new StringBuilder(rnd.nextInt(6) == 0 ? garbage(5) : verb());
			int n = rnd.nextInt(6);
			for (int i = 0; i < n; i++) {
				text.append(' ').append(rnd.nextInt(4) == 0 ? garbage(8) : pickFrom(tokens));
			}
			return text.toString();
		}

		private String verb() {
			String verb = pickFrom(VERBS);
			if (heavyLeft.containsKey(verb)) {
				if (heavyLeft.get(verb) == 0) {
					return "status";
				}
				heavyLeft.merge(verb, -1, Integer::sum);
			}
			return verb;
		}

		private String event() {
			ObjectNode event;
			switch (rnd.nextInt(6)) {
				case 0, 1 -> {
					event = (ObjectNode) SlackRequests.fixture("app_home_opened.json");
					Actor actor = pickFrom(clickers);
					event.put("team_id", rnd.nextInt(10) == 0 ? garbage(8) : actor.team());
					((ObjectNode) event.get("event")).put("user", actor.user())
						.put("tab", pickFrom(List.of("home", "home", "messages", garbage(4))));
				}
				case 2, 3 -> {
					event = (ObjectNode) SlackRequests.fixture("message_im.json");
					Actor actor = pickFrom(typists);
					event.put("team_id", actor.team());
					ObjectNode message = (ObjectNode) event.get("event");
					message.put("user", actor.user()).put("text", text(actor));
					switch (rnd.nextInt(6)) {
						case 0 -> message.put("subtype", pickFrom(List.of("message_changed", "message_deleted", "bot_message")));
						case 1 -> message.put("bot_id", "B0" + garbage(4));
						case 2 -> message.put("channel_type", pickFrom(List.of("channel", "group", garbage(3))));
						default -> {
						}
					}
				}
				case 4 -> {
					event = (ObjectNode) SlackRequests.fixture("url_verification.json");
					event.put("challenge", garbage(rnd.nextInt(60)));
				}
				default -> {
					event = JSON.createObjectNode();
					event.put("type", pickFrom(List.of("event_callback", "app_rate_limited", garbage(8))));
					event.put("team_id", pickFrom(List.of(TEAM_A, TEAM_B, TEAM_NONE)));
					event.set("event", randomJson(2));
					if (rnd.nextBoolean()) {
						if (!event.get("event").isObject()) {
							event.putObject("event");
						}
						((ObjectNode) event.get("event")).put("type", pickFrom(List.of("app_mention", "member_joined_channel",
								"app_uninstalled", "tokens_revoked", "message", garbage(6))));
					}
				}
			}
			event.put("event_id", "Ev" + garbage(10).replaceAll("[^A-Za-z0-9]", "x"));
			return event.toString();
		}

		private String nonsenseForm() {
			StringBuilder body = new StringBuilder();
			int n = rnd.nextInt(8);
			for (int i = 0; i < n; i++) {
				if (i > 0) {
					body.append(pickFrom(List.of("&", "&&", ";", "&=")));
				}
				switch (rnd.nextInt(5)) {
					case 0 -> body.append(pickFrom(List.of("%zz", "%", "%E2%82", "=", "==", "a=b=c", "+", "%00")));
					case 1 -> body.append(pickFrom(List.of("command", "team_id", "user_id", "type", "payload", "text")))
						.append('=').append(java.net.URLEncoder.encode(garbage(20), StandardCharsets.UTF_8));
					default -> body.append(java.net.URLEncoder.encode(garbage(8), StandardCharsets.UTF_8)).append('=')
						.append(java.net.URLEncoder.encode(garbage(20), StandardCharsets.UTF_8));
				}
			}
			return body.toString();
		}

		private String payloadGarbage() {
			return switch (rnd.nextInt(5)) {
				case 0 -> "payload=" + garbage(rnd.nextInt(100));
				case 1 -> "payload=" + java.net.URLEncoder.encode(randomJson(3).toString(), StandardCharsets.UTF_8);
				case 2 -> "payload=" + java.net.URLEncoder.encode("{\"type\":\"" + pickFrom(List.of("block_actions",
						"view_submission", "view_closed", "shortcut", "message_action", "block_suggestion")) + "\""
						+ (rnd.nextBoolean() ? ",\"user\":" + randomJson(1) : "") + "}", StandardCharsets.UTF_8);
				case 3 -> "payload=";
				default -> "payload=" + java.net.URLEncoder.encode("[1,2,3]", StandardCharsets.UTF_8) + "&payload=x";
			};
		}

		/** A real button value with one part replaced: other boards, other rounds, nonsense. */
		private String[] mutate(String[] button) {
			String[] parts = button[0].split("\\|", -1);
			if (parts.length != 5) {
				return new String[] { garbage(30), button[1] };
			}
			int field = rnd.nextInt(5);
			parts[field] = switch (field) {
				case 0 -> pickFrom(List.of("RATE", "START_ROUND", "ENDORSE", "DECLINE", "AGREED_TEXT", "CONTINUE", "KEEP",
						"rate", "DELETE", garbage(6)));
				case 1 -> pickFrom(List.of(world.assessmentA(), world.assessmentB(), "", "{\"$ne\":null}", "$where",
						java.util.UUID.randomUUID().toString(), garbage(40)));
				case 2 -> pickFrom(List.of("0", "-1", "2", "3", "2147483647", "99999999999", "x", ""));
				case 3 -> pickFrom(List.of("9.9", "", "../1.1", "1.1\u0000", "1.1 ", garbage(5), "x".repeat(2000)));
				default -> pickFrom(List.of("gap-identified", "doing-well", "dont-know", "", "DOING-WELL", garbage(8)));
			};
			return new String[] { String.join("|", parts), button[1] };
		}

		// --- randomness -----------------------------------------------------------------------------------

		private JsonNode randomJson(int depth) {
			switch (depth <= 0 ? rnd.nextInt(4) : rnd.nextInt(7)) {
				case 0:
					return JSON.getNodeFactory().textNode(garbage(rnd.nextInt(30)));
				case 1:
					return JSON.getNodeFactory().numberNode(rnd.nextLong());
				case 2:
					return JSON.getNodeFactory().booleanNode(rnd.nextBoolean());
				case 3:
					return JSON.getNodeFactory().nullNode();
				case 4: {
					ArrayNode array = JSON.createArrayNode();
					int n = rnd.nextInt(4);
					for (int i = 0; i < n; i++) {
						array.add(randomJson(depth - 1));
					}
					return array;
				}
				default: {
					ObjectNode object = JSON.createObjectNode();
					int n = rnd.nextInt(5);
					for (int i = 0; i < n; i++) {
						object.set(pickFrom(List.of("type", "payload", "event", "team_id", "user", "actions", "view", "token",
								"challenge", garbage(6))), randomJson(depth - 1));
					}
					return object;
				}
			}
		}

		/** Printable and unprintable, ASCII and not, never one of the stack trace's words. */
		String garbage(int length) {
			for (;;) {
				StringBuilder s = new StringBuilder(length);
				for (int i = 0; i < length; i++) {
					int kind = rnd.nextInt(20);
					if (kind < 14) {
						s.append((char) (0x20 + rnd.nextInt(0x5f)));
					}
					else if (kind < 16) {
						s.append(pickFrom(List.of("|", "\"", "\\", "<", ">", "&", "%", "\n", "\t", "\u0000")));
					}
					else if (kind < 19) {
						s.append((char) (0xa0 + rnd.nextInt(0x2000)));
					}
					else {
						s.appendCodePoint(0x1f300 + rnd.nextInt(0x300));
					}
				}
				String text = s.toString();
				if (STACK_TRACE.stream().noneMatch(text::contains)) {
					return text;
				}
			}
		}

		/** Letters and spaces only: big enough to be oversized, plain enough that no parser spends minutes on it. */
		private String words(int length) {
			char[] chars = new char[length];
			for (int i = 0; i < length; i++) {
				chars[i] = rnd.nextInt(6) == 0 ? ' ' : (char) ('a' + rnd.nextInt(26));
			}
			String text = new String(chars);
			return text.replace("at org.", "at_org").replace("at com.", "at_com").replace("at java.", "at_java");
		}

		private byte[] randomBytes(int n) {
			byte[] bytes = new byte[n];
			rnd.nextBytes(bytes);
			return bytes;
		}

		private <T> T pickFrom(List<T> list) {
			return list.get(rnd.nextInt(list.size()));
		}

		private static String[] split(String valueAndActionId) {
			String[] parts = valueAndActionId.split("\u0000", -1);
			return new String[] { parts[0], parts.length > 1 ? parts[1] : "" };
		}

		private static <T> List<T> concat(List<T> a, List<T> b) {
			List<T> all = new ArrayList<>(a);
			all.addAll(b);
			return List.copyOf(all);
		}

	}

}
