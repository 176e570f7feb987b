package org.accord.app.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Run by Logback itself when it first configures (found through META-INF/services), before Spring Boot or any
 * command of the jar logs a line: it adds the {@link LogGuard} and lets Logback's usual configuration follow.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_TOP_PRIORITY)
public final class GuardConfigurator extends ContextAwareBase implements Configurator {

	@Override
	public ExecutionStatus configure(LoggerContext context) {
		LogGuard.install(context);
		return ExecutionStatus.INVOKE_NEXT_IF_ANY;
	}

}
