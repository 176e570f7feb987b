package org.accord.bench;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.accord.core.domain.Action;
import org.accord.core.domain.Nudge;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.NudgeSweepUseCase;
import org.accord.core.service.CoreServices;
import org.accord.core.service.AnonymityKey;
import org.accord.core.store.mongo.MongoStore;
import org.accord.core.store.mongo.WriteBarrier;

/**
 * The nudge sweep over a plan of N actions (default 100,000) of which 1 % are due now: the time of the
 * sweep that sends them, and of the next, idle one. The store is the embedded one, whose only fast
 * lookups are by key: the sweep must cost what is due, not what is stored.
 */
public final class SweepBench {

	record Figures(int actions, int due, int sent, double busyMs, double idleMs) {

		/** The sweep's own cost per due nudge: what the busy sweep took beyond an idle one, shared out. */
		double perDueMs() {
			return (busyMs - idleMs) / due;
		}

	}

	public static void main(String[] args) {
		boolean quick = List.of(args).contains("--quick");
		List<Integer> sizes = quick ? List.of(1_000, 10_000, 20_000) : List.of(1_000, 10_000, 100_000);
		Figures largest = null;
		for (int actions : sizes) {
			Figures f = measure(actions);
			String n = name(actions);
			if (actions != 20_000) {
				System.out.printf("sweep_idle_%s_ms = %.2f ms (median of 5 sweeps with nothing due; goal <= 5)%n", n, f.idleMs());
			}
			largest = f;
		}
		String n = name(largest.actions());
		System.out.printf("sweep_%s_ms = %.1f ms%n", n, largest.busyMs());
		System.out.printf("sweep_%s_sent = %d nudges%n", n, largest.sent());
		System.out.printf("sweep_%s_due = %d nudges%n", n, largest.due());
		System.out.printf("sweep_%s_idle_ms = %.2f ms%n", n, largest.idleMs());
		System.out.printf("sweep_per_due_ms = %.3f ms (of %s actions, delivery to a counting stand-in; goal <= 0.5)%n",
				largest.perDueMs(), n);
		if (quick) {
			System.out.println("sweep_idle_100k_ms = n/a (--quick stores 20,000 actions at most: see sweep_idle_20k_ms)");
			System.out.printf("sweep_idle_20k_ms = %.2f ms%n", largest.idleMs());
		}
	}

	private static String name(int actions) {
		return actions % 1000 == 0 ? (actions / 1000) + "k" : Integer.toString(actions);
	}

	private static Figures measure(int actions) {
		Instant now = Instant.parse("2027-03-03T10:00:30Z");
		MongoServer server = new MongoServer(H2Backend.inMemory());
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			MongoStore store = MongoStore.open(client.getDatabase("accord"), WriteBarrier.NONE);
			Partnership board = new Partnership(new Partnership.PartnershipId("bench"), "slack:TBENCH", ZoneOffset.UTC,
					org.accord.core.domain.QuietHours.off(false));
			store.partnerships().found(board, new org.accord.core.domain.Member(new org.accord.core.domain.Member.PersonId("chair"),
					board.id(), new PlatformUser("slack", "TBENCH", "UCHAIR"), org.accord.core.domain.Role.CHAIR, null));
			long setup = System.nanoTime();
			SecureRandom random = new SecureRandom();
			int due = 0;
			for (int i = 0; i < actions; i++) {
				boolean dueNow = i % 100 == 0;
				LocalDate dueDate = dueNow ? LocalDate.of(2027, 3, 3) : LocalDate.of(2027, 3, 4).plusDays(random.nextInt(365));
				Action action = store.actions().create(new Action(new Action.ActionId(UUID.randomUUID().toString()), board.id(), 0,
						null, "Action " + i, List.of(), null, new PlatformUser("slack", "TBENCH", "U" + (i % 500)), dueDate, null,
						Action.Status.OPEN, List.of(), null, 0));
				Instant at = dueNow ? now.minusSeconds(30) : dueDate.atTime(9, 0).toInstant(ZoneOffset.UTC);
				store.nudges().schedule(Nudge.of(Nudge.Kind.ACTION_DUE_TODAY, "action:" + action.id().value() + "|" + dueDate,
						board.id(), at, at, 0), now.minus(Duration.ofMinutes(1)));
				due += dueNow ? 1 : 0;
				if (i % 20_000 == 19_999) {
					System.err.printf("sweep bench: %d of %d actions stored%n", i + 1, actions);
				}
			}
			store.nudges().sweptTo(now.minus(Duration.ofSeconds(60)));
			System.err.printf("sweep bench: %d actions, setup %.1f s%n", actions, (System.nanoTime() - setup) / 1e9);
			AtomicInteger delivered = new AtomicInteger();
			CoreServices core = new CoreServices(new CoreServices.Ports(store.partnerships(), store.members(), store.assessments(),
					store.responses(), store.participation(), store.actions(), store.nudges(), store.checklists(),
					store.invitations(), store.regions(), outcome -> {
						delivered.incrementAndGet();
						return true;
					}, store.unsealed(), store.meetingLinks()), FrameworkCatalog.builtIn(), new AnonymityKey(new byte[32]), Clock.fixed(now, ZoneOffset.UTC));
			long start = System.nanoTime();
			NudgeSweepUseCase.Sweep sweep = core.nudges().sweep();
			double busy = (System.nanoTime() - start) / 1e6;
			double[] idle = new double[5];
			for (int i = 0; i < idle.length; i++) {
				long idleStart = System.nanoTime();
				core.nudges().sweep();
				idle[i] = (System.nanoTime() - idleStart) / 1e6;
			}
			java.util.Arrays.sort(idle);
			if (sweep.sent() != due || delivered.get() != due) {
				System.err.println("sweep bench: sent " + sweep.sent() + " of " + due + " due");
				System.exit(1);
			}
			return new Figures(actions, due, sweep.sent(), busy, idle[idle.length / 2]);
		}
		finally {
			server.shutdownNow();
		}
	}

}
