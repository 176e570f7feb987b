package org.accord.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Decides, before any appender, what may be logged at all, whatever level an operator sets
 * ({@code logging.level.x=DEBUG} cannot undo it):
 * <ul>
 * <li>DEBUG and TRACE only from Accord's own loggers ({@code org.accord…}), whose lines never put a person beside
 * an answer or hold a secret. The libraries' debug logging writes what passes through them: the embedded store's
 * wire protocol every document read and written (a member looked up, then their pseudonym and rating), Spring
 * MVC the OAuth redirect's code and state, the SDKs request bodies and tokens. None of it is let through.</li>
 * <li>At INFO and above, no library line that carries a stored document as an argument (the embedded server
 * logs a failed command with the whole command): such a line is withheld and replaced by one that names the
 * logger, its message pattern and the error's type, nothing of the document.</li>
 * <li>The driver's line on creating a client, at INFO: it prints the client's application name, which for the
 * embedded store is the secret that admits a connection to it ({@code ChannelGate}). It is replaced by one that
 * says a client was made.</li>
 * </ul>
 * Installed from the first line Logback writes ({@link GuardConfigurator}) and again after every time Spring
 * Boot configures logging ({@link GuardedLoggingSystem}), since each configuration starts from a reset context.
 */
public final class LogGuard extends TurboFilter {

	static final String NAME = "accord-log-guard";

	private static final String ACCORD = "org.accord.";

	/** Types whose toString is a stored document or a whole wire-protocol message. */
	private static final String[] STORED_DATA = { "de.bwaldvogel.mongo.bson.", "de.bwaldvogel.mongo.wire.message.",
			"org.bson.", "com.mongodb.client.model." };

	private static final String DRIVER_CLIENT = "org.mongodb.driver.client";

	private static final String CLIENT_CREATED = "MongoClient with metadata";

	public LogGuard() {
		setName(NAME);
	}

	/** Adds the guard to the context unless it is there already; true when added. */
	public static boolean install(LoggerContext context) {
		boolean present = context.getTurboFilterList().stream().anyMatch(LogGuard.class::isInstance);
		if (present) {
			return false;
		}
		LogGuard guard = new LogGuard();
		guard.setContext(context);
		guard.start();
		// First in the list: a filter before it could ACCEPT what this one would deny.
		context.getTurboFilterList().add(0, guard);
		return true;
	}

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (logger == null || level == null || logger.getName().startsWith(ACCORD)) {
			return FilterReply.NEUTRAL;
		}
		if (!level.isGreaterOrEqual(Level.INFO)) {
			return FilterReply.DENY;
		}
		if (format != null && logger.getName().equals(DRIVER_CLIENT) && format.startsWith(CLIENT_CREATED)) {
			own(logger).info("{} logged \"{} …\": withheld, as it names the store's secret", DRIVER_CLIENT, CLIENT_CREATED);
			return FilterReply.DENY;
		}
		if (format != null && carriesStoredData(params)) {
			withhold(logger, level, format, t, params);
			return FilterReply.DENY;
		}
		return FilterReply.NEUTRAL;
	}

	/** The guard's own logger, in the context of the line it stands in for. */
	private static Logger own(Logger logger) {
		return logger.getLoggerContext().getLogger(LogGuard.class);
	}

	private static boolean carriesStoredData(Object[] params) {
		if (params == null) {
			return false;
		}
		for (Object param : params) {
			if (param != null) {
				String type = param.getClass().getName();
				for (String prefix : STORED_DATA) {
					if (type.startsWith(prefix)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static void withhold(Logger logger, Level level, String format, Throwable t, Object[] params) {
		Throwable error = t != null ? t : params[params.length - 1] instanceof Throwable last ? last : null;
		String pattern = format.length() > 120 ? format.substring(0, 120) + "…" : format;
		String errorType = error == null ? "" : " (" + error.getClass().getName() + ")";
		String line = "{} logged \"{}\"{} with stored data in it; withheld";
		Logger log = own(logger);
		if (level.isGreaterOrEqual(Level.ERROR)) {
			log.error(line, logger.getName(), pattern, errorType);
		}
		else if (level.isGreaterOrEqual(Level.WARN)) {
			log.warn(line, logger.getName(), pattern, errorType);
		}
		else {
			log.info(line, logger.getName(), pattern, errorType);
		}
	}

}
