package org.accord.app;

import org.accord.core.service.CoreServices;
import org.accord.scheduler.NudgeScheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Quartz sweep, every ACCORD_NUDGE_SWEEP_SECONDS (60 by default). */
@Configuration(proxyBeanMethods = false)
class NudgeConfiguration {

	@Bean(destroyMethod = "close")
	NudgeScheduler nudgeScheduler(CoreServices core, @Value("${accord.nudge-sweep-seconds:60}") int seconds)
			throws Exception {
		NudgeScheduler scheduler = new NudgeScheduler(core.nudges(), seconds);
		scheduler.start();
		return scheduler;
	}

}
