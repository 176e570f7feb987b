package org.accord.app.logging;

import ch.qos.logback.classic.LoggerContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemFactory;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.ClassUtils;

/**
 * Spring Boot's Logback logging system, which resets the Logback context (and so drops every turbo filter)
 * each time it configures logging: from its defaults, from a configuration file (an operator's
 * {@code logging.config} included) or again after a context restart. The {@link LogGuard} is put back each time,
 * while Boot still holds every line back, so no line is written without it.
 */
public class GuardedLoggingSystem extends LogbackLoggingSystem {

	public GuardedLoggingSystem(ClassLoader classLoader) {
		super(classLoader);
	}

	@Override
	public void initialize(LoggingInitializationContext initializationContext, @Nullable String configLocation,
			@Nullable LogFile logFile) {
		super.initialize(initializationContext, configLocation, logFile);
		guard();
	}

	@Override
	protected void loadDefaults(LoggingInitializationContext initializationContext, @Nullable LogFile logFile) {
		super.loadDefaults(initializationContext, logFile);
		guard();
	}

	@Override
	protected void loadConfiguration(LoggingInitializationContext initializationContext, String location,
			@Nullable LogFile logFile) {
		super.loadConfiguration(initializationContext, location, logFile);
		guard();
	}

	private static void guard() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			LogGuard.install(context);
		}
	}

	/** Chosen before Boot's own Logback factory, when Logback is there. */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public static class Factory implements LoggingSystemFactory {

		private static final boolean PRESENT = ClassUtils.isPresent("ch.qos.logback.classic.LoggerContext",
				Factory.class.getClassLoader());

		@Override
		public @Nullable LoggingSystem getLoggingSystem(ClassLoader classLoader) {
			return PRESENT ? new GuardedLoggingSystem(classLoader) : null;
		}

	}

}
