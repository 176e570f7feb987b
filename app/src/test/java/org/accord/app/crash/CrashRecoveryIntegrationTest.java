package org.accord.app.crash;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.accord.app.AccordApplication;
import org.accord.app.slack.FakeSlackApi;
import org.accord.app.slack.SlackMembers;
import org.accord.app.slack.SlackRequests;
import org.accord.core.card.ButtonAction;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Member;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.service.AnonymityKey;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * "A rating acknowledged is a rating kept, even through kill -9" (README, "The store"), tested as it would
 * happen: Accord runs as its own JVM on the embedded store, six members click through cdrp-2002 with
 * requests signed as Slack signs them, and the process is killed with SIGKILL in the middle of the stream.
 * After a restart on the same data folder every click that was answered 200 before the kill must be there,
 * once: seen by the member through {@code /assess mine}, and in the store file itself.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class CrashRecoveryIntegrationTest {

	static final String TEAM = "T0CRASH01";

	static final List<String> RATERS = List.of("U0CHAIR", "U0ALEX", "U0SAM", "U0KIM", "U0LEE", "U0RAY");

	/** About half of the ~370 clicks of the whole stream: the kill lands while every member is clicking. */
	static final int KILL_AFTER_ACKED_CLICKS = 180;

	static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	static final Duration PROMPT_TIMEOUT = Duration.ofSeconds(10);

	static final Framework CDRP = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow();

	@TempDir
	Path dir;

	FakeSlackApi slack;

	Process accord;

	/** One click as the member sent it: what it carried, and whether Accord answered it 200. */
	record Click(String user, int order, String criterion, String levelKey, int status) {

		boolean acked() {
			return status == 200;
		}

	}

	@AfterEach
	void stopEverything() {
		if (accord != null && accord.isAlive()) {
			accord.destroyForcibly();
		}
		if (slack != null) {
			slack.close();
		}
	}

	@Test
	void givenAKillDuringAStreamOfClicks_thenEveryAcknowledgedRatingIsKeptExactlyOnce() throws Exception {
		assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"),
				"kill -9 is a Unix signal");
		slack = new FakeSlackApi();
		Path dataDir = dir.resolve("data");
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		String anonymityKey = Base64.getEncoder().encodeToString(key);
		List<String> ids = CDRP.criteria().stream().map(Criterion::id).toList();

		int port = freePort();
		accord = start(port, dataDir, anonymityKey, dir.resolve("accord-1.log"));
		awaitUp(port, dir.resolve("accord-1.log"));
		SlackRequests requests = new SlackRequests(port, TEAM);
		long begin = slack.mark();
		String others = String.join(" ", RATERS.subList(1, RATERS.size()).stream().map(u -> "<@" + u + ">").toList());
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "board add " + others + " as member")))
			.contains("as member");
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "start cdrp-2002 due 2030-12-31 Crash check")))
			.contains("Started *Crash check*", "6 people have been sent");

		// The stream: every member answers prompt after prompt as Accord posts them, and on some prompts
		// changes their mind at once (a second click on the same prompt), so re-ratings are in it too.
		List<Click> clicks = new CopyOnWriteArrayList<>();
		AtomicInteger acked = new AtomicInteger();
		AtomicInteger unexpected = new AtomicInteger();
		List<String> levelKeys = CDRP.scale().levels().stream().map(Level::key).toList();
		Map<String, String> labelOf = new HashMap<>();
		CDRP.scale().levels().forEach(l -> labelOf.put(l.key(), l.label()));
		List<Thread> members = new ArrayList<>();
		for (int u = 0; u < RATERS.size(); u++) {
			String user = RATERS.get(u);
			int offset = u;
			Thread member = new Thread(() -> {
				try {
					SlackMembers.Prompt prompt = nextPrompt(user, ids.get(0), begin);
					int order = 0;
					for (int i = 0; i < ids.size() && prompt != null; i++) {
						String chosen = levelKeys.get((i + offset) % levelKeys.size());
						List<String> keys = i % 4 == 1 ? List.of(levelKeys.get((i + offset + 2) % levelKeys.size()), chosen)
								: List.of(chosen);
						long mark = slack.mark();
						for (String levelKey : keys) {
							String value = prompt.buttons().get(labelOf.get(levelKey));
							ButtonAction action = ButtonAction.decode(value.split("\u0000")[0]);
							int status = send(requests, user, prompt, value);
							clicks.add(new Click(user, order++, action.criterionId(), action.levelKey(), status));
							if (status == 200) {
								acked.incrementAndGet();
							}
							else if (status > 0) {
								unexpected.incrementAndGet();
							}
							else {
								return; // the connection broke: Accord is gone
							}
						}
						prompt = i + 1 < ids.size() ? nextPrompt(user, ids.get(i + 1), mark) : null;
					}
				}
				catch (RuntimeException e) {
					unexpected.incrementAndGet();
					e.printStackTrace();
				}
			}, "member-" + user);
			members.add(member);
		}
		members.forEach(Thread::start);

		long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
		while (acked.get() < KILL_AFTER_ACKED_CLICKS && System.nanoTime() < deadline) {
			Thread.sleep(2);
		}
		assertThat(acked.get()).as("acknowledged clicks before the kill").isGreaterThanOrEqualTo(KILL_AFTER_ACKED_CLICKS);
		// SIGKILL: no shutdown hook, no close of the store, nothing flushed on the way out.
		accord.destroyForcibly();
		assertThat(accord.waitFor(20, TimeUnit.SECONDS)).isTrue();
		assertThat(accord.exitValue()).as("exit status of a process killed by SIGKILL (128 + 9)").isEqualTo(137);
		for (Thread member : members) {
			member.join(Duration.ofSeconds(20).toMillis());
			assertThat(member.isAlive()).isFalse();
		}
		assertThat(unexpected.get()).as("clicks answered with another status than 200, or members stuck before the kill")
			.isZero();

		// What each member may find for a criterion: the level of their last acknowledged click on it, or of a
		// later click they sent (one in flight at the kill may have been stored without its answer arriving).
		Map<String, Set<String>> allowed = new LinkedHashMap<>();
		Set<String> sent = new HashSet<>();
		List<Click> all = new ArrayList<>(clicks);
		all.sort((a, b) -> a.user().equals(b.user()) ? Integer.compare(a.order(), b.order()) : a.user().compareTo(b.user()));
		for (Click click : all) {
			String pair = click.user() + " " + click.criterion();
			sent.add(pair);
			if (click.acked()) {
				allowed.put(pair, new HashSet<>(Set.of(click.levelKey())));
			}
			else if (allowed.containsKey(pair)) {
				allowed.get(pair).add(click.levelKey());
			}
		}
		long ackedClicks = all.stream().filter(Click::acked).count();
		assertThat(ackedClicks).isEqualTo(acked.get());
		assertThat(allowed).isNotEmpty();

		// Restart on the same data folder; each member asks Accord for their own answers.
		int port2 = freePort();
		accord = start(port2, dataDir, anonymityKey, dir.resolve("accord-2.log"));
		awaitUp(port2, dir.resolve("accord-2.log"));
		SlackRequests again = new SlackRequests(port2, TEAM);
		List<String> lostInChat = new ArrayList<>();
		Pattern line = Pattern.compile("^(\\d+\\.\\d+)  (.+?)(?: · evidence)?$", Pattern.MULTILINE);
		for (String user : RATERS) {
			HttpResponse<String> mine = again.command(user, "mine");
			assertThat(mine.statusCode()).isEqualTo(200);
			Map<String, String> shown = new HashMap<>();
			Matcher m = line.matcher(SlackRequests.shown(mine));
			while (m.find()) {
				shown.put(m.group(1), m.group(2));
			}
			assertThat(shown).as("%s's answers as /assess mine lists them", user).hasSize(ids.size());
			allowed.forEach((pair, keys) -> {
				if (pair.startsWith(user + " ")) {
					String criterion = pair.substring(user.length() + 1);
					if (keys.stream().map(labelOf::get).noneMatch(label -> label.equals(shown.get(criterion)))) {
						lostInChat.add(pair + " shows " + shown.get(criterion) + ", expected one of " + keys);
					}
				}
			});
		}
		assertThat(lostInChat).as("acknowledged ratings that /assess mine does not show after the restart").isEmpty();

		// Stop it cleanly, and read the store file itself: exactly one response per member and criterion.
		accord.destroy();
		assertThat(accord.waitFor(30, TimeUnit.SECONDS)).as("Accord stops on SIGTERM").isTrue();
		List<String> lostInStore = new ArrayList<>();
		MongoServer server = new MongoServer(new H2Backend(dataDir.resolve("accord.mv").toString()));
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			MongoDatabase db = client.getDatabase("accord");
			Map<String, String> personOf = new HashMap<>();
			db.getCollection("members").find().forEach(d -> personOf.put(d.getString("platformUserId"), d.getString("_id")));
			List<Document> assessments = db.getCollection("assessments").find().into(new ArrayList<>());
			assertThat(assessments).hasSize(1);
			Assessment.AssessmentId assessment = new Assessment.AssessmentId(assessments.get(0).getString("_id"));
			AnonymityKey anonymity = new AnonymityKey(key);
			// Only the key tells whose response is whose: work out each member's ids, then open the answers.
			Map<String, String> pairOf = new HashMap<>();
			List<String> criteria = db.getCollection("responses").distinct("criterionId", String.class).into(new ArrayList<>());
			RATERS.forEach(u -> criteria.forEach(c -> pairOf.put(anonymity.firstRound(assessment, c,
					new Member.PersonId(personOf.get(u))).value(), u + " " + c)));
			Map<String, List<String>> stored = new HashMap<>();
			for (Document response : db.getCollection("responses").find()) {
				assertThat(response.getInteger("round")).isEqualTo(1);
				String pair = pairOf.get(response.getString("_id"));
				assertThat(pair).as("a response under an id of none of the members").isNotNull();
				anonymity.answerCode(response.getString("_id"), response.getString("answer"))
					.ifPresent(answer -> stored.computeIfAbsent(pair, k -> new ArrayList<>()).add(answer));
			}
			assertThat(sent).as("every stored response comes from a click that was sent").containsAll(stored.keySet());
			stored.forEach((pair, answers) -> assertThat(answers).as("responses stored for %s", pair).hasSize(1));
			allowed.forEach((pair, keys) -> {
				List<String> answers = stored.getOrDefault(pair, List.of());
				if (answers.size() != 1 || !keys.contains(answers.get(0))) {
					lostInStore.add(pair + " stored as " + answers + ", expected one of " + keys);
				}
			});
		}
		finally {
			server.shutdown();
		}
		System.out.println("crash_acked_clicks = " + ackedClicks);
		System.out.println("crash_acked_ratings = " + allowed.size());
		System.out.println("crash_unacked_clicks = " + (all.size() - ackedClicks));
		System.out.println("crash_lost = " + lostInStore.size());
		assertThat(lostInStore).as("acknowledged ratings missing or wrong in the store after kill -9").isEmpty();
	}

	/** A real signed block_actions request for the button; 200, another status, or -1 if the connection broke. */
	private static int send(SlackRequests requests, String user, SlackMembers.Prompt prompt, String value) {
		try {
			return requests.click(user, prompt.channel(), prompt.ts(), value).statusCode();
		}
		catch (IllegalStateException e) {
			return -1;
		}
	}

	/** The prompt for a criterion posted to the member after {@code mark}; null if none comes (Accord was killed). */
	private SlackMembers.Prompt nextPrompt(String user, String criterionId, long mark) {
		long end = System.nanoTime() + PROMPT_TIMEOUT.toNanos();
		while (System.nanoTime() < end) {
			List<FakeSlackApi.Call> found = slack.calls("chat.postMessage").stream()
				.filter(c -> c.seq() > mark && user.equals(c.param("channel")) && c.param("text").startsWith(criterionId + " "))
				.toList();
			if (!found.isEmpty()) {
				FakeSlackApi.Call call = found.get(found.size() - 1);
				return new SlackMembers.Prompt(call.param("_channel"), call.param("_ts"),
						FakeSlackApi.buttons(call.json("blocks")), call.json("blocks").toString());
			}
			if (accord != null && !accord.isAlive()) {
				return null;
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
		throw new IllegalStateException("Accord never posted " + criterionId + " to " + user);
	}

	/** Accord as its own JVM, on the test's class path, with its settings in the environment as an operator sets them. */
	private Process start(int port, Path dataDir, String anonymityKey, Path log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				AccordApplication.class.getName());
		Map<String, String> env = builder.environment();
		env.put("PORT", Integer.toString(port));
		env.put("SERVER_ADDRESS", "127.0.0.1");
		env.put("ACCORD_DATA_DIR", dataDir.toString());
		env.put("ACCORD_ANONYMITY_KEY", anonymityKey);
		env.put("MONGODB_URI", "");
		env.put("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN);
		env.put("SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET);
		env.put("SLACK_API_URL", slack.url());
		env.remove("SLACK_APP_TOKEN");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		return builder.start();
	}

	private void awaitUp(int port, Path log) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long end = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < end && accord.isAlive()) {
			try {
				HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Accord did not come up on port " + port + "; its log ends:\n" + tail(log));
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
