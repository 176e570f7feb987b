package org.accord.app;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.tomcat.ConnectorStartFailedException;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * What Accord says when it cannot start because of a setting (registered in META-INF/spring.factories).
 * Ordered first, so that Spring Boot's own analyzers of the same failures (a box of several lines about
 * "the connector" or "this application") do not speak instead.
 */
final class StartupFailureAnalyzers {

	private StartupFailureAnalyzers() {
	}

	/** A setting read and found wrong: its own sentences. */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static final class Setting extends AbstractFailureAnalyzer<StartupProblem> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, StartupProblem cause) {
			return new FailureAnalysis(cause.problem(), cause.action(), cause);
		}

	}

	/** Spring Boot's own word for a port that another program holds. */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static final class PortInUse extends AbstractFailureAnalyzer<PortInUseException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
			return portInUse(cause.getPort(), cause);
		}

	}

	/** How Tomcat reports a port it could not bind: its connector did not start. */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static final class ConnectorStartFailed extends AbstractFailureAnalyzer<ConnectorStartFailedException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, ConnectorStartFailedException cause) {
			return portInUse(cause.getPort(), cause);
		}

	}

	private static FailureAnalysis portInUse(int port, Throwable cause) {
		return new FailureAnalysis("PORT " + port + " is already in use: another program (or another Accord) listens on it.",
				"Stop that program, or set PORT to a free port.", cause);
	}

}
