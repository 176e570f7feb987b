package org.accord.app.slack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code POST /slack/events} refuses before Bolt reads a byte, and what it does once only:
 * <ul>
 * <li>a body over 1 MB: 413, without reading it when its Content-Length says so, never a 5xx;</li>
 * <li>a timestamp more than five minutes from Accord's clock, either way (Bolt bounds only the past): 401;</li>
 * <li>a replay of a signed command, click or submission inside those five minutes: 200, and nothing changes
 * or is posted.</li>
 * </ul>
 * Accord runs on a fixed clock an hour ahead of the wall clock, so the window is provably its own: a
 * request signed at the wall clock's time is an hour behind it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackRequestGuardsIntegrationTest {

	static final String TEAM = "T0GUARD";

	/** Read once, never waited on: every request below is signed relative to it. */
	static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	static final String FORM = "application/x-www-form-urlencoded";

	static FakeSlackApi slack;

	@DynamicPropertySource
	static void slack(DynamicPropertyRegistry registry) throws IOException {
		slack = new FakeSlackApi();
		SlackTestProperties.register(registry, slack);
		registry.add("accord.nudge-sweep-seconds", () -> "0");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return CLOCK;
		}

	}

	@AfterAll
	static void stop() {
		slack.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	MongoClient mongo;

	MongoDatabase db;

	SlackRequests requests;

	@BeforeEach
	void setUp() {
		db = mongo.getDatabase("accord");
		requests = new SlackRequests(port, TEAM).at(CLOCK);
	}

	// --- the body's size ---------------------------------------------------------------------------------

	/** 50 MB announced, a few bytes sent: answered at once, so nothing waited for (or buffered) the rest. */
	@Test
	void givenAContentLengthOverTheCap_then413WithoutReadingTheBody() throws Exception {
		String ts = Long.toString(NOW.getEpochSecond());
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + FORM + "\r\n"
					+ "Content-Length: 52428800\r\nX-Slack-Request-Timestamp: " + ts + "\r\n"
					+ "X-Slack-Signature: v0=" + "0".repeat(64) + "\r\n\r\npayload=").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			long started = System.nanoTime();

			String answer = readAnswer(socket.getInputStream());

			assertThat(answer).startsWith("HTTP/1.1 413").endsWith("Too large.");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		}
	}

	/** No Content-Length (chunked): read up to one byte past the cap, then refused; signed, so only the size says no. */
	@Test
	void givenAChunkedBodyOverTheCap_then413() throws Exception {
		String body = requests.commandBody("U0CHAIR", "status " + "x".repeat(1 << 20));
		String ts = Long.toString(NOW.getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", FORM)
			.header("X-Slack-Request-Timestamp", ts)
			.header("X-Slack-Signature", SlackRequests.sign(SlackRequests.SIGNING_SECRET, ts, body))
			.POST(HttpRequest.BodyPublishers.ofInputStream(
					() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
			.build();

		long partnerships = db.getCollection("partnerships").countDocuments();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).isEqualTo("Too large.");
		assertThat(db.getCollection("partnerships").countDocuments()).isEqualTo(partnerships);
	}

	@Test
	void givenASignedBodyJustUnderTheCap_thenItIsHandled() {
		String text = "help " + "x".repeat(900_000);
		HttpResponse<String> response = requests.command("U0CHAIR", text);

		assertThat(response.statusCode()).isEqualTo(200);
	}

	// --- the timestamp -----------------------------------------------------------------------------------

	@Test
	void givenATimestampOutsideFiveMinutesOfAccordsClock_then401EvenWhereBoltWouldAccept() {
		// A workspace of its own: a request that got through would found its board.
		SlackRequests requests = new SlackRequests(port, "T0STALE").at(CLOCK);
		String body = requests.commandBody("U0STALE", "help");
		long mark = slack.mark();
		long now = NOW.getEpochSecond();
		for (long offset : new long[] { 301, 3_600, 10L * 365 * 24 * 3600, -301, -3_600 }) {
			String ts = Long.toString(now + offset);
			HttpResponse<String> response = requests.post(body, FORM, ts,
					SlackRequests.sign(SlackRequests.SIGNING_SECRET, ts, body), Map.of());
			assertThat(response.statusCode()).as("signed %+d s from Accord's clock", offset).isEqualTo(401);
			assertThat(response.body()).isEqualTo("A Slack request must be signed within five minutes of now.");
		}
		for (String ts : new String[] { "", "abc", "1e9", "99999999999999999999", "-9223372036854775808", " " + now }) {
			assertThat(requests.post(body, FORM, ts.isEmpty() ? null : ts, SlackRequests.sign(SlackRequests.SIGNING_SECRET,
					ts, body), Map.of()).statusCode()).as("timestamp '%s'", ts).isEqualTo(401);
		}
		assertThat(slack.calls().stream().filter(c -> c.seq() > mark)).isEmpty();
		assertThat(db.getCollection("members").find().map(Document::toJson).into(new java.util.ArrayList<>()))
			.noneMatch(member -> member.contains("U0STALE"));
	}

	@Test
	void givenATimestampWithinFiveMinutesEitherWay_thenHandled() {
		long now = NOW.getEpochSecond();
		for (long offset : new long[] { 0, 299, -299 }) {
			String body = requests.commandBody("U0CHAIR", "help");
			String ts = Long.toString(now + offset);
			HttpResponse<String> response = requests.post(body, FORM, ts,
					SlackRequests.sign(SlackRequests.SIGNING_SECRET, ts, body), Map.of());
			assertThat(response.statusCode()).as("signed %+d s from Accord's clock", offset).isEqualTo(200);
			assertThat(SlackRequests.shown(response)).contains("/assess");
		}
	}

	// --- replays ------------------------------------------------------------------------------------------

	/** Byte for byte what was signed, with the same timestamp and signature: what an eavesdropper could resend. */
	private HttpResponse<String> replay(String body) {
		String ts = Long.toString(NOW.getEpochSecond());
		return requests.post(body, FORM, ts, SlackRequests.sign(SlackRequests.SIGNING_SECRET, ts, body), Map.of());
	}

	@Test
	void givenASlashCommandReplayed_thenTheReplayIsAcknowledgedAndChangesNothingPostsNothing() throws Exception {
		SlackRequests requests = new SlackRequests(port, "T0REPLAY").at(CLOCK);
		assertThat(requests.command("U0RCHAIR", "board add <@U0ROWNER> as member").statusCode()).isEqualTo(200);
		String add = requests.commandBody("U0RCHAIR", "action add \"Publish the minutes\" <@U0ROWNER> due 2099-01-31");
		long mark = slack.mark();
		HttpResponse<String> first = replay(add);
		assertThat(SlackRequests.shown(first)).contains("Added action 1: Publish the minutes");
		slack.awaitAfter(mark, "chat.postMessage", c -> "U0ROWNER".equals(c.param("channel")), SlackMembers.WAIT);
		quiet();
		StoreSnapshot before = StoreSnapshot.of(db);
		long replayed = slack.mark();

		HttpResponse<String> second = replay(add);

		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEmpty();
		quiet();
		assertThat(slack.calls().stream().filter(c -> c.seq() > replayed)).as("posted after the replay").isEmpty();
		assertThat(StoreSnapshot.of(db)).isEqualTo(before);
		assertThat(db.getCollection("actions").countDocuments()).isEqualTo(1);
	}

	@Test
	void givenAClickAndAFormReplayed_thenEachReplayIsAcknowledgedAndChangesNothingPostsNothing() throws Exception {
		SlackRequests requests = new SlackRequests(port, "T0CLICKS").at(CLOCK);
		SlackMembers members = new SlackMembers(slack, requests);
		requests.command("U0CCHAIR", "board add <@U0CALEX> as member");
		long begin = slack.mark();
		assertThat(SlackRequests.shown(requests.command("U0CCHAIR", "start cdrp-2002 due 2099-12-31 Replays")))
			.contains("2 people have been sent");
		SlackMembers.Prompt prompt = members.promptFor("U0CALEX", "1.1", begin);

		String click = requests.clickBody("U0CALEX", prompt.channel(), prompt.ts(), prompt.buttons().get("Some success"));
		long clicked = slack.mark();
		assertThat(replay(click).statusCode()).isEqualTo(200);
		members.promptFor("U0CALEX", "1.2", clicked);
		quiet();
		StoreSnapshot afterClick = StoreSnapshot.of(db);
		long replayed = slack.mark();
		assertThat(replay(click).statusCode()).isEqualTo(200);
		quiet();
		assertThat(slack.calls().stream().filter(c -> c.seq() > replayed)).as("posted after the replayed click").isEmpty();
		assertThat(StoreSnapshot.of(db)).isEqualTo(afterClick);

		long opened = members.click("U0CALEX", prompt, "Add evidence / comment");
		String context = slack.awaitAfter(opened, "views.open", c -> true, SlackMembers.WAIT).json("view")
			.path("private_metadata").asText();
		String form = requests.formBody("U0CALEX", context, Map.of("evidence", "Minutes of the March board"));
		assertThat(replay(form).statusCode()).isEqualTo(200);
		quiet();
		StoreSnapshot afterForm = StoreSnapshot.of(db);
		assertThat(afterForm).isNotEqualTo(afterClick);
		long resubmitted = slack.mark();
		assertThat(replay(form).statusCode()).isEqualTo(200);
		quiet();
		assertThat(slack.calls().stream().filter(c -> c.seq() > resubmitted)).as("posted after the replayed form").isEmpty();
		assertThat(StoreSnapshot.of(db)).isEqualTo(afterForm);
	}

	/** The board's documents, the receipts of handled requests left out (a replay must find its receipt there). */
	record StoreSnapshot(Map<String, java.util.List<String>> documents) {

		static StoreSnapshot of(MongoDatabase db) {
			Map<String, java.util.List<String>> documents = new java.util.TreeMap<>();
			for (String name : db.listCollectionNames()) {
				if (!name.equals("receipts")) {
					documents.put(name, db.getCollection(name).find().map(Document::toJson).into(new java.util.ArrayList<>())
						.stream().sorted().toList());
				}
			}
			return new StoreSnapshot(documents);
		}

	}

	/** Deliveries run after the acknowledgement: waits until what earlier steps caused has reached Slack. */
	private static void quiet() throws InterruptedException {
		long last = slack.mark();
		for (int quietFor = 0; quietFor < 5; quietFor++) {
			Thread.sleep(100);
			if (slack.mark() != last) {
				last = slack.mark();
				quietFor = -1;
			}
		}
	}

	private static String readAnswer(InputStream in) throws IOException {
		StringBuilder answer = new StringBuilder();
		byte[] buffer = new byte[4096];
		int contentLength = -1;
		int headerEnd = -1;
		while (true) {
			int n = in.read(buffer);
			if (n < 0) {
				break;
			}
			answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
			if (headerEnd < 0 && answer.indexOf("\r\n\r\n") >= 0) {
				headerEnd = answer.indexOf("\r\n\r\n") + 4;
				java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer);
				contentLength = m.find() ? Integer.parseInt(m.group(1)) : 0;
			}
			if (headerEnd >= 0 && answer.length() >= headerEnd + contentLength) {
				break;
			}
		}
		return answer.toString().strip();
	}

}
