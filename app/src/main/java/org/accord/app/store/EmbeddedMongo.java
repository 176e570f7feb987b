package org.accord.app.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.MVStoreTool;
import org.accord.core.store.mongo.WriteBarrier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MongoDB-compatible server (mongo-java-server over an H2 file) that Accord uses when no
 * MONGODB_URI is given. It speaks the wire protocol on a loopback port, so the code talks to it through
 * the real driver exactly as it would to MongoDB. The server has no authentication of its own, so a gate in
 * front of its storage serves only connections that open with this start's secret (see {@link ChannelGate}).
 */
public final class EmbeddedMongo implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	private static final long SHUTDOWN_SECONDS = 10;

	/**
	 * A file larger than this at start was not compacted when it was last closed (a kill, a power cut): it is
	 * compacted before it opens. Every commit before an acknowledgement appends a chunk, and H2 keeps freed
	 * chunks for a while before it reuses them, so a busy round grows the file to many times its data.
	 */
	static final long COMPACT_AT_START_BYTES = 8L << 20;

	private final H2Backend backend;

	/** Writes that arrive together share one commit. */
	private final GroupCommit commits;

	private final MongoServer server;

	private final String connectionString;

	private final String secret;

	private final Path file;

	private EmbeddedMongo(Path file) {
		this.file = file;
		// H2 would create its file with the process's umask (0644): made owner-only first, it keeps that mode.
		if (!DataFolder.createPrivate(file, new byte[0])) {
			DataFolder.tighten(file);
		}
		compactClosed(file, "before opening it");
		try {
			this.backend = new H2Backend(file.toString());
		}
		catch (MVStoreException e) {
			if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
				throw new InUseException(file);
			}
			throw e;
		}
		this.commits = new GroupCommit(backend::commit);
		this.secret = newSecret();
		this.server = new MongoServer(new ChannelGate(backend, secret));
		this.connectionString = server.bindAndGetConnectionString();
	}

	/**
	 * Rewrites a closed store file with its live data only. H2 does it through a new file renamed over the old one;
	 * a compaction cut short by a kill is put right by H2's clean-up, so nothing is lost either way. (H2 2.4's
	 * compaction of an open file failed its own assertions when run twice, so it is done only on a closed one.)
	 */
	private static void compactClosed(Path file, String when) {
		MVStoreTool.compactCleanUp(file.toString());
		long before = size(file);
		if (when.startsWith("before") && before < COMPACT_AT_START_BYTES) {
			return;
		}
		long start = System.nanoTime();
		try {
			MVStoreTool.compact(file.toString(), false);
			DataFolder.tighten(file);
			log.info("Compacted the embedded store {}: {} KB to {} KB in {} ms", when, before / 1024, size(file) / 1024,
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException e) {
			// Only room on disk is at stake: the file is as it was.
			log.warn("Could not compact the embedded store {}: {}", when, e.toString());
		}
	}

	private static long size(Path file) {
		try {
			return java.nio.file.Files.size(file);
		}
		catch (java.io.IOException e) {
			return -1;
		}
	}

	public static EmbeddedMongo start(Path dataDir) {
		DataFolder.prepare(dataDir);
		return new EmbeddedMongo(dataDir.toAbsolutePath().normalize().resolve("accord.mv"));
	}

	/** The store file is held by another process (or another store in this one): a running Accord. */
	public static final class InUseException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		InUseException(Path file) {
			super("The embedded store " + file + " is in use by a running Accord");
		}

	}

	public String connectionString() {
		return connectionString;
	}

	/**
	 * What a client must send as its application name (MongoClientSettings.applicationName) to be served: new
	 * at every start, held only in this process's memory. Never logged.
	 */
	public String secret() {
		return secret;
	}

	private static String newSecret() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public Path file() {
		return file;
	}

	/**
	 * H2 commits in the background about once a second, so a write acknowledged before that would be lost
	 * by a hard kill; committing before the acknowledgement closes that window.
	 */
	public WriteBarrier commitBarrier() {
		return commits;
	}

	/** Shuts down with a bound: a hung shutdown must not keep the process alive. */
	@Override
	public void close() {
		ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "embedded-mongo-shutdown");
			t.setDaemon(true);
			return t;
		});
		try {
			Future<?> done = executor.submit(() -> {
				server.shutdown();
				compactClosed(file, "at shutdown");
			});
			done.get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException e) {
			log.warn("The embedded store did not shut down within {} s; committing and stopping it now", SHUTDOWN_SECONDS);
			try {
				backend.commit();
			}
			catch (RuntimeException closed) {
				// Closed already, and compacting when the time ran out: what was committed is in the file.
				log.warn("The embedded store could not commit at shutdown: {}", closed.toString());
			}
			server.shutdownNow();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (Exception e) {
			log.warn("The embedded store reported a problem while shutting down: {}", e.toString());
		}
		finally {
			executor.shutdownNow();
		}
	}

}
