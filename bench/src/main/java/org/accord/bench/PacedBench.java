package org.accord.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.accord.core.domain.Action;
import org.accord.core.domain.Member;
import org.accord.core.domain.Nudge;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.QuietHours;
import org.accord.core.domain.Role;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.NudgeSweepUseCase;
import org.accord.core.service.AnonymityKey;
import org.accord.core.service.CoreServices;
import org.accord.core.store.mongo.MongoStore;
import org.accord.core.store.mongo.WriteBarrier;
import org.accord.slack.BlockKitCardRenderer;
import org.accord.slack.SlackClients;
import org.accord.slack.SlackDeliverer;
import org.accord.slack.SlackNudgeDelivery;

/**
 * One sweep of 1,000 owners' due nudges (and four more for each of ten of them, in the same channel) through Accord's
 * Slack nudge delivery, against a Slack that refuses more than a message a second per channel, and the first message
 * to every hundredth owner whatever the pace (Retry-After: 2). Every nudge must be taken once, and no channel sent
 * to more than once in any second.
 */
public final class PacedBench {

	private static final String TEAM = "TPACE";

	private static final long SECOND = 1_000_000_000L;

	public static void main(String[] args) throws Exception {
		boolean quick = List.of(args).contains("--quick");
		int owners = quick ? 200 : 1_000;
		int busy = quick ? 5 : 10;
		int extra = 4;
		Instant now = Instant.parse("2027-03-03T10:00:30Z");
		Map<String, Integer> refuseFirst = new HashMap<>();
		for (int i = 0; i < owners; i += 100) {
			refuseFirst.put(owner(i), 2);
		}
		MongoServer server = new MongoServer(H2Backend.inMemory());
		ExecutorService replies = Executors.newSingleThreadExecutor();
		SlackNudgeDelivery slackNudges = null;
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
				PacedSlack slack = new PacedSlack(refuseFirst)) {
			MongoStore store = MongoStore.open(client.getDatabase("accord"), WriteBarrier.NONE);
			Partnership board = new Partnership(new Partnership.PartnershipId("paced"), "slack:" + TEAM, ZoneOffset.UTC,
					QuietHours.off(false));
			store.partnerships().found(board, new Member(new Member.PersonId("chair"), board.id(),
					new PlatformUser("slack", TEAM, "UCHAIR"), Role.CHAIR, null));
			LocalDate today = LocalDate.of(2027, 3, 3);
			Instant at = now.minusSeconds(30);
			List<String> due = new ArrayList<>();
			for (int i = 0; i < owners + busy * extra; i++) {
				String owner = owner(i < owners ? i : (i - owners) % busy);
				Action action = store.actions().create(new Action(new Action.ActionId(UUID.randomUUID().toString()), board.id(), 0,
						null, "Action " + i, List.of(), null, new PlatformUser("slack", TEAM, owner), today, null,
						Action.Status.OPEN, List.of(), null, 0));
				Nudge nudge = Nudge.of(Nudge.Kind.ACTION_DUE_TODAY, "action:" + action.id().value() + "|" + today, board.id(), at,
						at, 0);
				store.nudges().schedule(nudge, now.minus(Duration.ofMinutes(1)));
				due.add(nudge.id());
			}
			store.nudges().sweptTo(now.minus(Duration.ofSeconds(60)));
			SlackConfig config = new SlackConfig();
			config.setMethodsEndpointUrlPrefix(slack.url());
			slackNudges = new SlackNudgeDelivery(new SlackClients(Slack.getInstance(config)).forToken("xoxb-paced-bench", null),
					new SlackDeliverer(new BlockKitCardRenderer(), replies, outcome -> false));
			CoreServices core = new CoreServices(new CoreServices.Ports(store.partnerships(), store.members(), store.assessments(),
					store.responses(), store.participation(), store.actions(), store.nudges(), store.checklists(),
					store.invitations(), store.regions(), slackNudges, store.unsealed(), store.meetingLinks()),
					FrameworkCatalog.builtIn(), new AnonymityKey(new byte[32]), Clock.fixed(now, ZoneOffset.UTC));
			System.err.printf("paced bench: %d due nudges to %d owners, %d of them with %d more each%n", due.size(), owners, busy,
					extra);

			long start = System.nanoTime();
			NudgeSweepUseCase.Sweep sweep = core.nudges().sweep();
			long swept = System.nanoTime();
			System.err.printf("paced bench: the sweep returned with %s%n", sweep);
			// Every nudge ends sent or given back within its lease; wait for that, and a little longer.
			long end = start + Duration.ofMinutes(5).toNanos();
			while (System.nanoTime() < end && claimed(store, due) > 0) {
				Thread.sleep(50);
			}
			long settled = System.nanoTime();

			List<PacedSlack.Post> posts = slack.posts();
			long sent = due.stream().filter(id -> store.nudges().find(id).map(n -> n.state() == Nudge.State.SENT).orElse(false)).count();
			Map<String, Long> taken = posts.stream().filter(PacedSlack.Post::taken)
				.collect(Collectors.groupingBy(p -> p.channel() + " " + p.text(), Collectors.counting()));
			long doubles = taken.values().stream().filter(n -> n > 1).count();
			long lastTaken = posts.stream().filter(PacedSlack.Post::taken).mapToLong(PacedSlack.Post::nanos).max().orElse(start);
			long drops = due.size() - Math.min(sent, taken.size());
			System.out.printf("paced_due = %d nudges%n", due.size());
			System.out.printf("paced_sent = %d nudges%n", sent);
			System.out.printf("paced_drops = %d nudges%n", drops);
			System.out.printf("paced_max_per_channel_per_s = %d messages%n", maxInASecond(posts));
			System.out.printf("paced_429 = %d answers%n", posts.stream().filter(p -> !p.taken()).count());
			System.out.printf("paced_sweep_ms = %.1f ms%n", (swept - start) / 1e6);
			System.out.printf("paced_total_s = %.2f s%n", (lastTaken - start) / 1e9);
			System.err.printf("paced bench: every nudge answered for after %.2f s%n", (settled - start) / 1e9);
			if (drops > 0 || doubles > 0 || taken.size() != due.size()) {
				System.err.printf("paced bench: %d of %d due nudges dropped, %d taken twice, %d distinct messages taken%n", drops,
						due.size(), doubles, taken.size());
				System.exit(1);
			}
		}
		finally {
			if (slackNudges != null) {
				slackNudges.close();
			}
			replies.shutdownNow();
			server.shutdownNow();
		}
	}

	private static String owner(int i) {
		return String.format("U%04d", i);
	}

	private static long claimed(MongoStore store, List<String> due) {
		return due.stream().filter(id -> store.nudges().find(id).map(n -> n.state() == Nudge.State.CLAIMED).orElse(true)).count();
	}

	/** The most chat.postMessage calls, taken or refused, that reached one channel within one second. */
	private static int maxInASecond(List<PacedSlack.Post> posts) {
		int max = 0;
		Map<String, List<Long>> byChannel = posts.stream()
			.collect(Collectors.groupingBy(PacedSlack.Post::channel, Collectors.mapping(PacedSlack.Post::nanos, Collectors.toList())));
		for (List<Long> times : byChannel.values()) {
			times.sort(null);
			for (int first = 0, last = 0; last < times.size(); last++) {
				while (times.get(last) - times.get(first) >= SECOND) {
					first++;
				}
				max = Math.max(max, last - first + 1);
			}
		}
		return max;
	}

}
