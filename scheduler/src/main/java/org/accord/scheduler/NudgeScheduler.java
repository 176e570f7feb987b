package org.accord.scheduler;

import java.util.Properties;

import org.accord.core.port.in.NudgeSweepUseCase;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Quartz, firing the nudge sweep every so many seconds. Quartz keeps its own job store in memory: what
 * is due, claimed and sent lives in MongoDB, so an instance can restart, or run beside another, freely.
 */
public final class NudgeScheduler implements AutoCloseable {

	/** How long after the start the first sweep runs, at most. */
	static final int FIRST_SWEEP_AFTER_SECONDS = 5;

	private final Scheduler scheduler;

	public NudgeScheduler(NudgeSweepUseCase sweep, int everySeconds) throws SchedulerException {
		if (everySeconds < 1) {
			throw new IllegalArgumentException("The sweep interval must be at least one second");
		}
		Properties quartz = new Properties();
		// Quartz keeps schedulers by name for the whole JVM; each Accord context gets its own.
		quartz.setProperty("org.quartz.scheduler.instanceName", "accord-nudges-" + java.util.UUID.randomUUID());
		quartz.setProperty("org.quartz.threadPool.threadCount", "1");
		quartz.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
		quartz.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
		scheduler = new StdSchedulerFactory(quartz).getScheduler();
		scheduler.getContext().put(NudgeSweepJob.USE_CASE, sweep);
		JobDetail job = JobBuilder.newJob(NudgeSweepJob.class).withIdentity("nudge-sweep").build();
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity("nudge-sweep-trigger")
			// Not at once: the first sweep, which looks back over any time Accord was down, would share the processors
			// with the rest of the start and put health UP later; nudges can wait a few seconds.
			.startAt(java.util.Date.from(java.time.Instant.now().plusSeconds(Math.min(everySeconds, FIRST_SWEEP_AFTER_SECONDS))))
			.withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(everySeconds).withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
		scheduler.scheduleJob(job, trigger);
	}

	public void start() throws SchedulerException {
		scheduler.start();
	}

	@Override
	public void close() throws SchedulerException {
		scheduler.shutdown(true);
	}

}
