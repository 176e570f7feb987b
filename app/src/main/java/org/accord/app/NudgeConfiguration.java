package org.accord.app;

import org.accord.core.service.CoreServices;
import org.accord.scheduler.NudgeScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Quartz sweep, every ACCORD_NUDGE_SWEEP_SECONDS (60 by default). 0 turns it off on this instance: one
 * of several instances can leave the sweeping to the others (claims keep them from sending twice anyway),
 * and a test that sweeps by itself, at the times it sets, has no sweep of the wall clock's running beside it.
 */
@Configuration(proxyBeanMethods = false)
class NudgeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NudgeConfiguration.class);

	@Bean(destroyMethod = "close")
	NudgeSweep nudgeSweep(CoreServices core, @Value("${accord.nudge-sweep-seconds:60}") int seconds) throws Exception {
		if (seconds == 0) {
			log.info("The nudge sweep is off on this instance (ACCORD_NUDGE_SWEEP_SECONDS=0): it sends no nudges");
			return new NudgeSweep(null);
		}
		if (seconds < 0) {
			throw new StartupProblem("ACCORD_NUDGE_SWEEP_SECONDS is " + seconds + ".",
					"Set it to how often the nudge sweep runs, in seconds (60 by default), or to 0 to turn the sweep off.");
		}
		NudgeScheduler scheduler = new NudgeScheduler(core.nudges(), seconds);
		scheduler.start();
		return new NudgeSweep(scheduler);
	}

	/** The running sweep, or none when it is off; closes with the application. */
	record NudgeSweep(NudgeScheduler scheduler) implements AutoCloseable {

		boolean running() {
			return scheduler != null;
		}

		@Override
		public void close() throws Exception {
			if (scheduler != null) {
				scheduler.close();
			}
		}

	}

}
