package org.accord.app;

import java.util.Map;

import org.accord.app.cli.AccordCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * With no arguments: the server. With a command (frameworks, analyse): that command, without starting
 * the server or the store, so that it runs in a second and can be used in scripts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AccordApplication {

	/**
	 * Why a start failed is said once, in one line on stderr ({@link OneLineFailureReporter}): Spring Boot's own
	 * box in the log would say it again in many, and its hint to re-run with 'debug' is for developers. Defaults
	 * only: any logging level an operator sets still wins.
	 */
	static final Map<String, Object> DEFAULTS = Map.of(
			"logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "off",
			"logging.level.org.springframework.boot.autoconfigure.logging.ConditionEvaluationReportLogger", "warn");

	public static void main(String[] args) {
		if (AccordCommandLine.handles(args)) {
			System.exit(AccordCommandLine.run(args, System.out, System.err));
		}
		SpringApplication application = new SpringApplication(AccordApplication.class);
		application.setDefaultProperties(DEFAULTS);
		try {
			application.run(args);
		}
		catch (RuntimeException startFailed) {
			// Spring Boot has reported it (a bad setting as one line on stderr) and closed what had started. Let
			// out of main, the JVM's default handler would print its stack trace as well.
			System.exit(1);
		}
	}

}
