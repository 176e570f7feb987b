package org.accord.scheduler;

import org.accord.core.port.in.NudgeSweepUseCase;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one sweep. Quartz keeps sweeps of one instance from overlapping; claims in MongoDB keep two
 * instances from sending the same nudge.
 */
@DisallowConcurrentExecution
public final class NudgeSweepJob implements Job {

	static final String USE_CASE = "nudgeSweep";

	private static final Logger log = LoggerFactory.getLogger(NudgeSweepJob.class);

	@Override
	public void execute(JobExecutionContext context) throws JobExecutionException {
		try {
			NudgeSweepUseCase sweep = (NudgeSweepUseCase) context.getScheduler().getContext().get(USE_CASE);
			NudgeSweepUseCase.Sweep done = sweep.sweep();
			if (done.sent() + done.postponed() > 0) {
				log.info("Nudge sweep: {} looked at, {} sent, {} waiting for an allowed time or a retry, {} no longer needed",
						done.looked(), done.sent(), done.postponed(), done.skipped());
			}
		}
		catch (SchedulerException e) {
			throw new JobExecutionException(e);
		}
		catch (RuntimeException e) {
			// The next sweep retries whatever this one claimed and did not finish, once its lease ends.
			log.warn("A nudge sweep failed and will be retried: {}", e.toString());
		}
	}

}
