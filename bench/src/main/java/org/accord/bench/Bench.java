package org.accord.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.accord.core.card.ButtonAction;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Member;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.service.AnonymityKey;
import org.bson.Document;

/**
 * The click benchmark. Starts a fake Slack Web API and Accord's jar (embedded store, fresh data folder),
 * sets up a board (30 members; 10 with --quick) who start cdrp-2002, walks every member through all 49 prompts once (answering
 * "Don't know") to collect the buttons Accord posted, then sends signed rating clicks open-loop at a fixed
 * rate, cycling over members x criteria x categories. Accord is then killed with SIGKILL and its store file
 * read directly: every (member, criterion) whose rating click was acknowledged must hold that rating. The
 * same clicks then go, at the same rate, to a bare Bolt app that only acknowledges. Figures go to stdout,
 * one per line, {@code name = value unit}; progress goes to stderr.
 */
public final class Bench {

	static final String TEAM = "T0BENCH01";


	static final String BOT_TOKEN = "xoxb-bench-token";

	static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	static final Duration PROMPT_TIMEOUT = Duration.ofSeconds(20);

	private final List<Process> children = new CopyOnWriteArrayList<>();

	private final Path root;

	private final Path work;

	private final int rate;

	private final int seconds;

	private final int warmUpSeconds;

	private final int members;

	private final String signingSecret;

	private final byte[] anonymityKey = new byte[32];

	private final Framework framework = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow();

	private final List<String> criteria = framework.criteria().stream().map(Criterion::id).toList();

	private final List<Level> levels = framework.scale().levels();

	private final List<String> users = new ArrayList<>();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private Bench(Path root, int rate, int seconds, int warmUpSeconds, int members) {
		this.root = root;
		this.work = root.resolve("bench/target/run");
		this.rate = rate;
		this.seconds = seconds;
		this.warmUpSeconds = warmUpSeconds;
		this.members = members;
		SecureRandom random = new SecureRandom();
		random.nextBytes(anonymityKey);
		byte[] secret = new byte[16];
		random.nextBytes(secret);
		this.signingSecret = java.util.HexFormat.of().formatHex(secret);
		for (int m = 0; m < members; m++) {
			users.add(String.format("U0BENCH%02d", m));
		}
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(".").toAbsolutePath().normalize();
		boolean quick = false;
		Integer rate = null;
		Integer seconds = null;
		Integer warmUp = null;
		Integer members = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--quick" -> quick = true;
				case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
				case "--rate" -> rate = Integer.parseInt(args[++i]);
				case "--seconds" -> seconds = Integer.parseInt(args[++i]);
				case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
				case "--members" -> members = Integer.parseInt(args[++i]);
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		Bench bench = new Bench(root, rate != null ? rate : quick ? 100 : 200, seconds != null ? seconds : quick ? 10 : 60,
				warmUp != null ? warmUp : 0, members != null ? members : quick ? 10 : 30);
		if (bench.members < 2 || bench.members > 99) {
			throw new IllegalArgumentException("--members must be 2 to 99");
		}
		Runtime.getRuntime().addShutdownHook(new Thread(bench::killChildren));
		try {
			bench.run();
		}
		finally {
			bench.killChildren();
		}
		System.exit(0);
	}

	private void run() throws Exception {
		double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		deleteTree(work);
		Files.createDirectories(work);
		Path dataDir = work.resolve("data");
		SlackClicks clicks = new SlackClicks(root.resolve("app/src/test/resources/slack/block_actions.json"), TEAM,
				signingSecret);
		try (FakeSlack slack = new FakeSlack()) {
			// Accord, as an operator runs it.
			int accordPort = freePort();
			Map<String, String> accordEnv = Map.of("PORT", Integer.toString(accordPort), "SERVER_ADDRESS", "127.0.0.1",
					"ACCORD_DATA_DIR", dataDir.toString(), "ACCORD_ANONYMITY_KEY", Base64.getEncoder().encodeToString(anonymityKey),
					"MONGODB_URI", "", "SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", signingSecret,
					"SLACK_API_URL", slack.url());
			URI accordHealth = URI.create("http://127.0.0.1:" + accordPort + "/actuator/health");
			long starting = System.nanoTime();
			Process accord = start(accordCommand(), accordEnv, work.resolve("accord.log"));
			log("starting Accord (" + String.join(" ", accordCommand()) + ") on port " + accordPort);
			awaitUp(accord, accordHealth, "\"status\":\"UP\"", work.resolve("accord.log"));
			double startToHealth = (System.nanoTime() - starting) / 1e9;
			log(String.format("Accord is up after %.2f s", startToHealth));
			URI accordEvents = URI.create("http://127.0.0.1:" + accordPort + "/slack/events");
			setUpBoard(clicks, accordEvents);
			log("walking " + members + " members through " + criteria.size() + " prompts to collect Accord's buttons");
			List<Long> accordWalk = new java.util.concurrent.CopyOnWriteArrayList<>();
			Map<String, FakeSlack.Prompt> prompts = walk(slack, clicks, accordEvents, accordWalk);
			log("walk done: " + prompts.size() + " prompts");

			// The load: click k rates criterion (k / members) of member (k % members), in a category that
			// changes on every pass over the board, so every click is a genuine rating or re-rating.
			int total = rate * (warmUpSeconds + seconds);
			int warm = rate * warmUpSeconds;
			String[] bodies = new String[total];
			String[] levelOf = new String[total];
			for (int k = 0; k < total; k++) {
				int m = k % members;
				int c = (k / members) % criteria.size();
				int pass = k / (members * criteria.size());
				Level level = levels.get((pass + m + c) % levels.size());
				String user = users.get(m);
				FakeSlack.Prompt prompt = prompts.get(user + "|" + criteria.get(c));
				FakeSlack.Button button = prompt.buttons().get(level.label());
				ButtonAction action = ButtonAction.decode(button.value());
				if (action.kind() != ButtonAction.Kind.RATE || !action.criterionId().equals(criteria.get(c))
						|| !level.key().equals(action.levelKey())) {
					throw new IllegalStateException("Accord's " + level.label() + " button on " + criteria.get(c) + " says "
							+ button.value());
				}
				levelOf[k] = level.key();
				// A body of its own per click: Slack's ids (trigger_id, action_ts) are new for every click, and Accord
				// handles a repeat of them once, as a replay.
				bodies[k] = clicks.body(user, prompt, button);
			}
			log("Accord: " + warmUpSeconds + " s warm-up and " + seconds + " s measured at " + rate + " clicks/s");
			OpenLoop.Result onAccord = OpenLoop.run(http, clicks, accordEvents, bodies, rate);
			onAccord.writeCsv(work.resolve("accord-latencies.csv"));
			double exportAck = exportAck(clicks, accordEvents);

			// SIGKILL: only what Accord committed before acknowledging can be in the file.
			accord.destroyForcibly();
			if (!accord.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Accord did not die on SIGKILL");
			}
			log("Accord killed with SIGKILL (exit " + accord.exitValue() + "); reading its store file");
			Check check = check(dataDir.resolve("accord.mv"), onAccord, levelOf);
			double killedMb = Files.size(dataDir.resolve("accord.mv")) / 1048576.0;
			// Started again on the killed store and stopped as an operator stops it: the file the next start finds.
			Process again = start(accordCommand(), accordEnv, work.resolve("accord-again.log"));
			awaitUp(again, accordHealth, "\"status\":\"UP\"", work.resolve("accord-again.log"));
			again.destroy();
			if (!again.waitFor(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Accord did not stop on SIGTERM");
			}
			double dataMb = Files.size(dataDir.resolve("accord.mv")) / 1048576.0;
			log("store checked and Accord restarted and stopped; starting the Bolt baseline");

			// The baseline: a bare Bolt app, the same clicks, the same rate.
			int boltPort = freePort();
			Process bolt = start(List.of(java(), "-cp", System.getProperty("java.class.path"), BoltBaseline.class.getName(),
					Integer.toString(boltPort), signingSecret, BOT_TOKEN, slack.url()), Map.of(), work.resolve("bolt.log"));
			awaitUp(bolt, URI.create("http://127.0.0.1:" + boltPort + "/health"), "UP", work.resolve("bolt.log"));
			URI boltEvents = URI.create("http://127.0.0.1:" + boltPort + "/slack/events");
			log("Bolt: as many clicks as the walk, then " + warmUpSeconds + " s warm-up and " + seconds + " s measured at "
					+ rate + " clicks/s");
			List<Long> boltWalk = new java.util.concurrent.CopyOnWriteArrayList<>();
			warmUp(clicks, boltEvents, bodies, members * criteria.size(), boltWalk);
			OpenLoop.Result onBolt = OpenLoop.run(http, clicks, boltEvents, bodies, rate);
			onBolt.writeCsv(work.resolve("bolt-latencies.csv"));
			bolt.destroy();
			bolt.waitFor(10, TimeUnit.SECONDS);
			log("done");

			long errorsAccord = onAccord.errors(0);
			long errorsBolt = onBolt.errors(0);
			// From the first click after health is UP: the walk's clicks, then the load's (less any --warm-up seconds).
			long[] accordAll = latencies(accordWalk, onAccord, warm);
			long[] boltAll = latencies(boltWalk, onBolt, warm);
			double p50Accord = percentileMs(accordAll, 50);
			double p50Bolt = percentileMs(boltAll, 50);
			double p99Accord = percentileMs(accordAll, 99);
			double p99Bolt = percentileMs(boltAll, 99);
			figure("machine_cpus", Runtime.getRuntime().availableProcessors(), "cpus");
			figure("machine_load_1m", String.format("%.1f", loadBefore), "(load average when the bench started; other work skews every figure)");
			figure("load_rate", rate, "clicks/s");
			figure("load_seconds", seconds, "s (after " + warmUpSeconds + " s not counted; the walk's "
					+ accordWalk.size() + " clicks before it are)");
			figure("load_pairs", members + " x " + criteria.size(), "members x criteria");
			figure("ack_p50_ms_accord", ms(p50Accord), "ms");
			figure("ack_p95_ms_accord", ms(percentileMs(accordAll, 95)), "ms");
			figure("ack_p99_ms_accord", ms(p99Accord), "ms");
			figure("ack_p50_ms_bolt", ms(p50Bolt), "ms");
			figure("ack_p95_ms_bolt", ms(percentileMs(boltAll, 95)), "ms");
			figure("ack_p99_ms_bolt", ms(p99Bolt), "ms");
			figure("ack_p50_ratio", String.format("%.2f", p50Accord / p50Bolt), "x (goal <= 1.5)");
			figure("ack_p99_ratio", String.format("%.2f", p99Accord / p99Bolt), "x (goal <= 2)");
			figure("load_ack_p50_ms_accord", ms(onAccord.percentileMs(warm, 50)), "ms (the load alone, after the walk)");
			figure("load_ack_p99_ms_accord", ms(onAccord.percentileMs(warm, 99)), "ms (the load alone, after the walk)");
			figure("load_ack_p99_ms_bolt", ms(onBolt.percentileMs(warm, 99)), "ms (the load alone, after the walk)");
			figure("start_to_health_s", String.format("%.2f", startToHealth), "s (goal <= 4; empty data folder)");
			figure("export_ack_ms", ms(exportAck), "ms (median of 5 /assess export, board of " + members + ")");
			figure("datafile_mb_killed", String.format("%.1f", killedMb), "MB (as kill -9 left it)");
			figure("datafile_mb", String.format("%.1f", dataMb), "MB (after a start and a stop on it)");
			figure("acked_clicks", check.ackedClicks(), "clicks");
			figure("acked_ratings", check.ackedRatings(), "member x criterion");
			figure("lost_ratings", check.lost(), "ratings");
			figure("errors", errorsAccord + errorsBolt, "requests (accord " + errorsAccord + ", bolt " + errorsBolt + ")");
		}
	}

	/** The command the README gives an operator: the flat jar with its class data sharing archive, when built. */
	private List<String> accordCommand() {
		Path flat = root.resolve("app/target/accord");
		if (Files.exists(flat.resolve("accord.jsa"))) {
			return List.of(java(), "-XX:SharedArchiveFile=" + flat.resolve("accord.jsa"), "-jar", flat.resolve("accord.jar").toString());
		}
		return List.of(java(), "-jar", root.resolve("app/target/accord.jar").toString());
	}

	/**
	 * The chair closes the round and asks for the documents five times; the median time to Slack's 200. The
	 * documents themselves are made after the acknowledgement.
	 */
	private double exportAck(SlackClicks clicks, URI events) throws IOException, InterruptedException {
		String chair = users.get(0);
		HttpResponse<String> closed = SlackClicks.send(http, clicks.command(events, chair, "close now"));
		if (closed.statusCode() != 200 || !closed.body().contains("closed")) {
			throw new IllegalStateException("close now was answered " + closed.statusCode() + ": " + closed.body());
		}
		long[] times = new long[5];
		for (int i = 0; i < times.length; i++) {
			long sent = System.nanoTime();
			HttpResponse<String> exported = SlackClicks.send(http, clicks.command(events, chair, "export"));
			times[i] = System.nanoTime() - sent;
			if (exported.statusCode() != 200 || !exported.body().contains("documents")) {
				throw new IllegalStateException("export was answered " + exported.statusCode() + ": " + exported.body());
			}
		}
		return percentileMs(times, 50);
	}

	/** The walk's latencies, then the load's answered ones from {@code from}. */
	private static long[] latencies(List<Long> walk, OpenLoop.Result load, int from) {
		List<Long> all = new ArrayList<>(walk);
		for (int k = from; k < load.status.length; k++) {
			if (load.acked(k)) {
				all.add(load.done[k] - load.due[k]);
			}
		}
		return all.stream().mapToLong(Long::longValue).toArray();
	}

	/** Nearest-rank percentile, in ms. */
	private static double percentileMs(long[] nanos, double p) {
		if (nanos.length == 0) {
			return Double.NaN;
		}
		long[] sorted = nanos.clone();
		java.util.Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}

	private void setUpBoard(SlackClicks clicks, URI events) throws IOException, InterruptedException {
		String chair = users.get(0);
		StringBuilder mentions = new StringBuilder();
		users.subList(1, users.size()).forEach(u -> mentions.append("<@").append(u).append("> "));
		HttpResponse<String> added = SlackClicks.send(http, clicks.command(events, chair, "board add " + mentions + "as member"));
		if (added.statusCode() != 200 || !added.body().contains("as member")) {
			throw new IllegalStateException("board add was answered " + added.statusCode() + ": " + added.body());
		}
		HttpResponse<String> started = SlackClicks.send(http,
				clicks.command(events, chair, "start cdrp-2002 due 2030-12-31 Benchmark"));
		if (started.statusCode() != 200 || !started.body().contains(members + " people have been sent")) {
			throw new IllegalStateException("start was answered " + started.statusCode() + ": " + started.body());
		}
	}

	/**
	 * Every member answers "Don't know" to each prompt as Accord posts it, one after another, as a person
	 * would; returns every prompt by member and criterion. It also warms Accord up.
	 */
	private Map<String, FakeSlack.Prompt> walk(FakeSlack slack, SlackClicks clicks, URI events, List<Long> latencies)
			throws Exception {
		Map<String, FakeSlack.Prompt> prompts = new java.util.concurrent.ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(members);
		try {
			List<Future<?>> walks = new ArrayList<>();
			for (String user : users) {
				walks.add(pool.submit(() -> {
					for (String criterion : criteria) {
						FakeSlack.Prompt prompt = slack.awaitPrompt(user, criterion, PROMPT_TIMEOUT);
						prompts.put(user + "|" + criterion, prompt);
						long sent = System.nanoTime();
						HttpResponse<String> answered = SlackClicks.send(http,
								clicks.request(events, clicks.body(user, prompt, prompt.buttons().get("Don't know"))));
						latencies.add(System.nanoTime() - sent);
						if (answered.statusCode() != 200) {
							throw new IllegalStateException("Don't know on " + criterion + " was answered " + answered.statusCode());
						}
					}
					return null;
				}));
			}
			for (Future<?> walk : walks) {
				walk.get(5, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (slack.posted("You have been through every criterion") < members && System.nanoTime() < end) {
			Thread.sleep(10);
		}
		if (slack.posted("You have been through every criterion") < members) {
			throw new IllegalStateException("not every member got to the end of the walk");
		}
		return prompts;
	}

	/**
	 * For the baseline: as many clicks as Accord's walk, sent the same way (each member one after another), so that
	 * both are measured from their first click after health is UP.
	 */
	private void warmUp(SlackClicks clicks, URI events, String[] bodies, int count, List<Long> latencies) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(members);
		try {
			List<Future<?>> senders = new ArrayList<>();
			for (int m = 0; m < members; m++) {
				int first = m;
				senders.add(pool.submit(() -> {
					for (int k = first; k < count && k < bodies.length; k += members) {
						long sent = System.nanoTime();
						SlackClicks.send(http, clicks.request(events, bodies[k]));
						latencies.add(System.nanoTime() - sent);
					}
					return null;
				}));
			}
			for (Future<?> sender : senders) {
				sender.get(5, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	record Check(long ackedClicks, long ackedRatings, long lost) {
	}

	/**
	 * Opens the killed Accord's store file and checks every (member, criterion) with an acknowledged rating
	 * click: exactly one response, holding the category of its last acknowledged click, or of a click that
	 * may have been handled after that one (sent before it was answered, or never answered).
	 */
	private Check check(Path file, OpenLoop.Result result, String[] levelOf) {
		int pairs = members * criteria.size();
		int n = levelOf.length;
		long ackedClicks = 0;
		int[] last = new int[pairs];
		java.util.Arrays.fill(last, -1);
		for (int k = 0; k < n; k++) {
			if (result.acked(k)) {
				ackedClicks++;
				last[k % pairs] = k; // sent in order of k, so the highest k is the last one sent
			}
		}
		List<Set<String>> allowed = new ArrayList<>();
		for (int p = 0; p < pairs; p++) {
			Set<String> keys = new HashSet<>();
			if (last[p] >= 0) {
				int l = last[p];
				keys.add(levelOf[l]);
				for (int k = p; k < n; k += pairs) {
					boolean mayBeLater = result.status[k] != OpenLoop.NOT_SENT
							&& (!result.acked(k) || result.done[k] > result.sent[l]);
					if (k != l && mayBeLater) {
						keys.add(levelOf[k]);
					}
				}
			}
			allowed.add(keys);
		}
		long ackedRatings = allowed.stream().filter(s -> !s.isEmpty()).count();
		long lost = 0;
		MongoServer server = new MongoServer(new H2Backend(file.toString()));
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			MongoDatabase db = client.getDatabase("accord");
			Map<String, String> personOf = new HashMap<>();
			db.getCollection("members").find().forEach(d -> personOf.put(d.getString("platformUserId"), d.getString("_id")));
			List<Document> assessments = db.getCollection("assessments").find().into(new ArrayList<>());
			if (assessments.size() != 1) {
				throw new IllegalStateException(assessments.size() + " assessments in the store, expected 1");
			}
			Assessment.AssessmentId assessment = new Assessment.AssessmentId(assessments.get(0).getString("_id"));
			AnonymityKey key = new AnonymityKey(anonymityKey);
			// Each member's response to each criterion has an id only the key gives: work them out, then open the answers.
			Map<String, Integer> pairOf = new HashMap<>();
			for (int m = 0; m < members; m++) {
				Member.PersonId person = new Member.PersonId(personOf.get(users.get(m)));
				for (int c = 0; c < criteria.size(); c++) {
					// Pair index as the load numbers it: k % pairs == m + members * c.
					pairOf.put(key.firstRound(assessment, criteria.get(c), person).value(), m + members * c);
				}
			}
			Map<Integer, List<String>> stored = new HashMap<>();
			long strangers = 0;
			for (Document response : db.getCollection("responses").find()) {
				Integer pair = pairOf.get(response.getString("_id"));
				if (pair == null || response.getInteger("round") != 1) {
					strangers++;
					continue;
				}
				java.util.Optional<String> answer = key.answerCode(response.getString("_id"), response.getString("answer"));
				if (answer.isPresent()) {
					stored.computeIfAbsent(pair, x -> new ArrayList<>()).add(answer.get());
				}
			}
			long duplicates = stored.values().stream().filter(a -> a.size() > 1).count();
			if (strangers > 0 || duplicates > 0 || stored.size() != pairs) {
				log("store: " + stored.size() + " of " + pairs + " member x criterion answered, " + duplicates
						+ " with more than one response, " + strangers + " responses of no member");
			}
			for (int p = 0; p < pairs; p++) {
				if (allowed.get(p).isEmpty()) {
					continue;
				}
				List<String> answers = stored.getOrDefault(p, List.of());
				if (answers.size() != 1 || !allowed.get(p).contains(answers.get(0))) {
					lost++;
					if (lost <= 10) {
						log("lost: " + users.get(p % members) + " " + criteria.get(p / members) + " stored as " + answers
								+ ", acknowledged " + allowed.get(p));
					}
				}
			}
		}
		finally {
			server.shutdown();
		}
		return new Check(ackedClicks, ackedRatings, lost);
	}

	private Process start(List<String> command, Map<String, String> env, Path log) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(env);
		builder.environment().remove("SLACK_APP_TOKEN");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		Process process = builder.start();
		children.add(process);
		return process;
	}

	private void awaitUp(Process process, URI health, String up, Path log) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build();
		long end = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < end && process.isAlive()) {
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains(up)) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException(health + " did not come up; see " + log);
	}

	private void killChildren() {
		for (Process child : children) {
			if (child.isAlive()) {
				child.destroyForcibly();
			}
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String ms(double value) {
		return String.format("%.2f", value);
	}

	private static void figure(String name, Object value, String unit) {
		System.out.println(name + " = " + value + " " + unit);
	}

	private static final long STARTED = System.nanoTime();

	static void log(String message) {
		System.err.printf("bench [%5.1f s]: %s%n", (System.nanoTime() - STARTED) / 1e9, message);
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
