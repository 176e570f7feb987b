package org.accord.slack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack takes about one message a second in a conversation and answers more with 429 and a Retry-After. Here each
 * conversation has a line of its own: its messages go one at a time, each a second after Slack answered the one
 * before, or once the Retry-After Slack gave has passed; a line that waits holds up no other, and no thread sleeps.
 * A message that could not begin before its deadline is not sent at all, so that whoever gave it (a nudge held
 * under a lease) can let another send it instead.
 */
final class SlackPace implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SlackPace.class);

	/** What Slack said to one try: took it, refused it, or "too many", with how long to wait before the next. */
	record Answer(boolean took, Duration retryAfter) {

		static final Answer TOOK = new Answer(true, null);

		static final Answer REFUSED = new Answer(false, null);

		static Answer tooMany(Duration retryAfter) {
			return new Answer(false, retryAfter);
		}

	}

	/** One try at one message; it may block for as long as Slack takes to answer. */
	@FunctionalInterface
	interface Post {

		Answer post();

	}

	/** The passing of time: the real one, or a test's, moved by hand. */
	interface Timer {

		long nanos();

		void after(long delayNanos, Runnable task);

	}

	private final Timer timer;

	/** Where the tries run: Slack's answers are waited for here, never on the timer's thread. */
	private final Executor senders;

	private final long gap;

	private final Runnable stop;

	private final Map<String, Line> lines = new ConcurrentHashMap<>();

	private volatile boolean closed;

	SlackPace(Timer timer, Executor senders, Duration gap, Runnable stop) {
		this.timer = timer;
		this.senders = senders;
		this.gap = gap.toNanos();
		this.stop = stop;
	}

	/**
	 * A pace on real time, with threads of its own: a burst of nudges does not queue behind the replies to clicks,
	 * nor they behind it.
	 */
	static SlackPace start(int senders) {
		AtomicInteger n = new AtomicInteger();
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "slack-pace"));
		ExecutorService pool = Executors.newFixedThreadPool(senders, r -> daemon(r, "slack-pace-send-" + n.incrementAndGet()));
		Timer real = new Timer() {

			@Override
			public long nanos() {
				return System.nanoTime();
			}

			@Override
			public void after(long delayNanos, Runnable task) {
				clock.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
			}

		};
		return new SlackPace(real, pool, Duration.ofSeconds(1), () -> {
			clock.shutdownNow();
			pool.shutdown();
		});
	}

	private static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		return t;
	}

	/**
	 * Sends in the conversation's turn.
	 *
	 * @param within how long from now it may still begin; what would begin later ends false, unsent
	 * @return whether Slack took it
	 */
	CompletableFuture<Boolean> send(String conversation, Duration within, Post post) {
		long now = timer.nanos();
		Waiting message = new Waiting(post, now + within.toNanos(), new CompletableFuture<>());
		if (closed) {
			message.done.complete(false);
			return message.done;
		}
		while (true) {
			Line line = lines.computeIfAbsent(conversation, c -> new Line(c, now));
			List<Waiting> late;
			boolean first;
			synchronized (line) {
				if (line.retired) {
					continue;
				}
				line.waiting.add(message);
				late = line.late(now);
				first = !line.started;
				line.started = true;
			}
			refuse(late);
			if (first) {
				run(line);
			}
			return message.done;
		}
	}

	/** One message of the line goes; the line's next turn is set by Slack's answer. */
	private void turn(Line line) {
		Waiting next;
		List<Waiting> late;
		synchronized (line) {
			late = line.late(timer.nanos());
			next = line.waiting.poll();
			if (next == null) {
				// A second has passed since the last answer: nothing of this line is owed any more wait.
				line.retired = true;
				lines.remove(line.conversation, line);
			}
			else {
				line.free = timer.nanos() + gap;
				line.current = next;
			}
		}
		refuse(late);
		if (next == null) {
			return;
		}
		Answer answer = attempt(next);
		long answered = timer.nanos();
		long wait;
		synchronized (line) {
			line.current = null;
			if (answer.retryAfter() != null) {
				line.waiting.addFirst(next);
			}
			wait = answer.retryAfter() == null ? gap : Math.max(gap, answer.retryAfter().toNanos());
			line.free = answered + wait;
			// What the wait would now carry past its deadline is given back at once, not when its turn comes.
			late = line.late(answered);
		}
		if (answer.retryAfter() != null) {
			log.info("Slack asked to wait {} s before the next message in a conversation", answer.retryAfter().toSeconds());
		}
		else {
			next.done.complete(answer.took());
		}
		refuse(late);
		later(line, wait);
	}

	private Answer attempt(Waiting message) {
		try {
			return message.post.post();
		}
		catch (RuntimeException e) {
			log.warn("Could not send to Slack: {}", e.toString());
			return Answer.REFUSED;
		}
	}

	private void later(Line line, long delay) {
		if (closed) {
			close(line);
			return;
		}
		try {
			timer.after(delay, () -> run(line));
		}
		catch (RejectedExecutionException stopping) {
			close(line);
		}
	}

	private void run(Line line) {
		try {
			senders.execute(() -> turn(line));
		}
		catch (RejectedExecutionException stopping) {
			close(line);
		}
	}

	private static void refuse(List<Waiting> late) {
		if (!late.isEmpty()) {
			log.info("{} message(s) for Slack given back unsent: the conversation's pace would have held them past their time",
					late.size());
			late.forEach(w -> w.done.complete(false));
		}
	}

	/** What still waits is given back unsent; what is on its way ends as Slack answers it. */
	@Override
	public void close() {
		closed = true;
		stop.run();
		lines.values().forEach(this::close);
	}

	private void close(Line line) {
		List<Waiting> left;
		synchronized (line) {
			left = new ArrayList<>(line.waiting);
			line.waiting.clear();
			line.retired = true;
			lines.remove(line.conversation, line);
		}
		if (!left.isEmpty()) {
			log.info("{} message(s) for Slack given back unsent: Accord is stopping", left.size());
			left.forEach(w -> w.done.complete(false));
		}
	}

	private record Waiting(Post post, long deadline, CompletableFuture<Boolean> done) {
	}

	/** One conversation's messages, in order, and when the next may begin. Guarded by itself. */
	private final class Line {

		private final String conversation;

		private final Deque<Waiting> waiting = new ArrayDeque<>();

		/** The earliest moment (timer nanos) the next message may begin. */
		private long free;

		/** On its way to Slack now. */
		private Waiting current;

		private boolean started;

		/** Out of the map: a message for the conversation starts a new line. */
		private boolean retired;

		Line(String conversation, long free) {
			this.conversation = conversation;
			this.free = free;
		}

		/**
		 * Takes out each waiting message that could not begin before its deadline, with a second for each one ahead
		 * of it, so it is given back now rather than when its turn would have come.
		 */
		List<Waiting> late(long now) {
			List<Waiting> late = new ArrayList<>();
			long begin = Math.max(now, free);
			if (current != null) {
				begin = Math.max(begin, now + gap);
			}
			for (Iterator<Waiting> it = waiting.iterator(); it.hasNext();) {
				Waiting w = it.next();
				if (begin - w.deadline > 0) {
					it.remove();
					late.add(w);
				}
				else {
					begin += gap;
				}
			}
			return late;
		}

	}

}
