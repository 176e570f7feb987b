package org.accord.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load: request k is due at start + k / rate, and is sent then whatever happened to the
 * earlier ones, so a slow answer cannot hold back the next request and hide its own delay (coordinated
 * omission). Latency is measured from the time a request was due, not from when it was sent.
 */
final class OpenLoop {

	/** A request not sent because too many were already waiting: counted as an error. */
	static final int NOT_SENT = -2;

	/** No answer: the connection failed or the request timed out. */
	static final int NO_ANSWER = -1;

	private static final int MAX_IN_FLIGHT = 2_000;

	private static final Duration DRAIN = Duration.ofSeconds(40);

	/** What happened to each request, by index. Times are System.nanoTime(). */
	static final class Result {

		final long[] due;

		final long[] sent;

		final long[] done;

		final int[] status;

		Result(int n) {
			due = new long[n];
			sent = new long[n];
			done = new long[n];
			status = new int[n];
			Arrays.fill(status, NO_ANSWER);
		}

		boolean acked(int k) {
			return status[k] == 200;
		}

		long errors(int from) {
			long errors = 0;
			for (int k = from; k < status.length; k++) {
				if (status[k] != 200) {
					errors++;
				}
			}
			return errors;
		}

		/** One line per request: index, due time and latency in ms from the first request's due time, status. */
		void writeCsv(java.nio.file.Path file) throws java.io.IOException {
			StringBuilder csv = new StringBuilder("k,due_ms,latency_ms,status\n");
			for (int k = 0; k < status.length; k++) {
				csv.append(k).append(',').append(String.format("%.3f", (due[k] - due[0]) / 1e6)).append(',')
					.append(done[k] == 0 ? "" : String.format("%.3f", (done[k] - due[k]) / 1e6)).append(',').append(status[k])
					.append('\n');
			}
			java.nio.file.Files.writeString(file, csv);
		}

		/** Percentile (nearest rank) of the latencies, in ms, of the answered requests from index {@code from}. */
		double percentileMs(int from, double p) {
			long[] latencies = new long[status.length - from];
			int n = 0;
			for (int k = from; k < status.length; k++) {
				if (status[k] == 200) {
					latencies[n++] = done[k] - due[k];
				}
			}
			if (n == 0) {
				return Double.NaN;
			}
			Arrays.sort(latencies, 0, n);
			int rank = (int) Math.ceil(p / 100.0 * n);
			return latencies[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
		}

	}

	private OpenLoop() {
	}

	/**
	 * Sends {@code bodies[k]} (signed at send time) at the k-th tick of the rate; returns when every request
	 * has been answered or has failed, or after a bounded drain.
	 */
	static Result run(HttpClient http, SlackClicks clicks, URI endpoint, String[] bodies, int ratePerSecond)
			throws InterruptedException {
		int n = bodies.length;
		Result result = new Result(n);
		CountDownLatch finished = new CountDownLatch(n);
		AtomicInteger inFlight = new AtomicInteger();
		long interval = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
		for (int k = 0; k < n; k++) {
			long due = start + k * interval;
			result.due[k] = due;
			long now;
			while ((now = System.nanoTime()) < due) {
				long wait = due - now;
				if (wait > 200_000) {
					LockSupport.parkNanos(wait - 100_000);
				}
				else {
					Thread.onSpinWait();
				}
			}
			if (inFlight.get() >= MAX_IN_FLIGHT) {
				result.status[k] = NOT_SENT;
				finished.countDown();
				continue;
			}
			inFlight.incrementAndGet();
			int index = k;
			result.sent[k] = System.nanoTime();
			http.sendAsync(clicks.request(endpoint, bodies[k]), HttpResponse.BodyHandlers.discarding())
				.whenComplete((response, failure) -> {
					result.done[index] = System.nanoTime();
					result.status[index] = failure == null ? response.statusCode() : NO_ANSWER;
					inFlight.decrementAndGet();
					finished.countDown();
				});
		}
		if (!finished.await(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
			System.err.println("bench: " + finished.getCount() + " requests still unanswered after " + DRAIN.toSeconds()
					+ " s; counted as errors");
		}
		return result;
	}

}
