package org.accord.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.accord.core.store.mongo.WriteBarrier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MongoDB-compatible server (mongo-java-server over an H2 file) that Accord uses when no
 * MONGODB_URI is given. It speaks the wire protocol on a loopback port, so the code talks to it through
 * the real driver exactly as it would to MongoDB.
 */
public final class EmbeddedMongo implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	private static final long SHUTDOWN_SECONDS = 10;

	private final H2Backend backend;

	private final MongoServer server;

	private final String connectionString;

	private final Path file;

	private EmbeddedMongo(Path file) {
		this.file = file;
		this.backend = new H2Backend(file.toString());
		this.server = new MongoServer(backend);
		this.connectionString = server.bindAndGetConnectionString();
	}

	public static EmbeddedMongo start(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
		}
		return new EmbeddedMongo(dataDir.toAbsolutePath().normalize().resolve("accord.mv"));
	}

	public String connectionString() {
		return connectionString;
	}

	public Path file() {
		return file;
	}

	/**
	 * H2 commits in the background about once a second, so a write acknowledged before that would be lost
	 * by a hard kill; committing before the acknowledgement closes that window.
	 */
	public WriteBarrier commitBarrier() {
		return backend::commit;
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
			Future<?> done = executor.submit(server::shutdown);
			done.get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException e) {
			log.warn("The embedded store did not shut down within {} s; committing and stopping it now", SHUTDOWN_SECONDS);
			backend.commit();
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
