package org.accord.app.store;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server has no authentication of its own and listens on a loopback port that every local process
 * can reach. This gate stands between its wire protocol and its storage: a connection is served only once its
 * first command, the driver's handshake ({@code isMaster}/{@code hello}), names this start's random secret as
 * the client's application name (Accord's MongoClient sends it as {@code applicationName} on every connection,
 * its monitors' included). Any other first command, or a handshake without the secret, is answered
 * "Unauthorized" and the connection is closed: nothing is read or written for it.
 * <p>
 * It also answers a failed command itself, as the server's own handler would, so that the server never logs
 * the failed command (which holds the document being written).
 */
final class ChannelGate implements MongoBackend {

	private static final Logger log = LoggerFactory.getLogger(ChannelGate.class);

	private static final AttributeKey<Boolean> ADMITTED = AttributeKey.valueOf(ChannelGate.class.getName() + ".admitted");

	private static final int UNAUTHORIZED = 13;

	private final MongoBackend backend;

	private final String secret;

	ChannelGate(MongoBackend backend, String secret) {
		this.backend = backend;
		this.secret = secret;
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		if (!admitted(channel, command, query)) {
			return refuse(channel);
		}
		return answered(() -> backend.handleCommand(channel, database, command, query));
	}

	@Override
	public Document handleMessage(MongoMessage message) {
		Document body = message.getDocument();
		String command = body.isEmpty() ? "" : body.keySet().iterator().next();
		if (!admitted(message.getChannel(), command, body)) {
			return refuse(message.getChannel());
		}
		return answered(() -> backend.handleMessage(message));
	}

	@Override
	public QueryResult handleQuery(MongoQuery query) {
		if (!admitted(query.getChannel(), "", query.getQuery())) {
			refuse(query.getChannel());
			return new QueryResult();
		}
		return backend.handleQuery(query);
	}

	@Override
	public Collection<Document> getCurrentOperations(MongoQuery query) {
		if (!admitted(query.getChannel(), "", query.getQuery())) {
			refuse(query.getChannel());
			return List.of();
		}
		return backend.getCurrentOperations(query);
	}

	/**
	 * The server asks for this without saying for which connection (an OP_QUERY serverStatus): it tells the host
	 * name, process id and uptime, so it is refused to everyone. Accord never asks for it.
	 */
	@Override
	public Document getServerStatus() {
		return unauthorized();
	}

	@Override
	public void handleClose(Channel channel) {
		backend.handleClose(channel);
	}

	@Override
	public void dropDatabase(String database) {
		backend.dropDatabase(database);
	}

	@Override
	public void close() {
		backend.close();
	}

	@Override
	public void closeCursors(List<Long> cursorIds) {
		backend.closeCursors(cursorIds);
	}

	@Override
	public Clock getClock() {
		return backend.getClock();
	}

	@Override
	public void enableOplog() {
		backend.enableOplog();
	}

	@Override
	public void disableOplog() {
		backend.disableOplog();
	}

	@Override
	public MongoDatabase resolveDatabase(String database) {
		return backend.resolveDatabase(database);
	}

	@Override
	public MongoBackend version(MongoVersion version) {
		backend.version(version);
		return this;
	}

	/** Admits a connection on a handshake that carries the secret; after that, everything it sends. */
	private boolean admitted(Channel channel, String command, Document query) {
		if (Boolean.TRUE.equals(channel.attr(ADMITTED).get())) {
			return true;
		}
		boolean handshake = command.equalsIgnoreCase("isMaster") || command.equalsIgnoreCase("hello");
		if (handshake && secret.equals(applicationName(query))) {
			channel.attr(ADMITTED).set(Boolean.TRUE);
			return true;
		}
		return false;
	}

	private static Object applicationName(Document query) {
		if (query != null && query.get("client") instanceof Document client
				&& client.get("application") instanceof Document application) {
			return application.get("name");
		}
		return null;
	}

	/** Answers "Unauthorized", then closes the connection once that answer is written. */
	private Document refuse(Channel channel) {
		log.warn("Refused a connection to the embedded store from {}: it did not open with this start's secret",
				channel.remoteAddress());
		// Queued behind the handler that writes the answer, which runs in this same event-loop task.
		channel.eventLoop().execute(channel::close);
		return unauthorized();
	}

	private static Document unauthorized() {
		Document refused = new Document();
		refused.put("errmsg", "Unauthorized: this store serves only the Accord that started it");
		refused.put("code", UNAUTHORIZED);
		refused.put("codeName", "Unauthorized");
		refused.put("ok", 0);
		return refused;
	}

	/** The error answer the server's handler would send, without the handler's log line of the whole command. */
	private static Document answered(java.util.function.Supplier<Document> command) {
		try {
			return command.get();
		}
		catch (MongoServerException e) {
			Document error = new Document();
			error.put("$err", e.getMessageWithoutErrorCode());
			error.put("errmsg", e.getMessageWithoutErrorCode());
			if (e instanceof MongoServerError serverError) {
				error.put("code", serverError.getCode());
				error.putIfNotNull("codeName", serverError.getCodeName());
			}
			error.put("ok", 0);
			return error;
		}
	}

}
