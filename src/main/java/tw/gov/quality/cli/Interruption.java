package tw.gov.quality.cli;

import java.io.PrintStream;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import tw.gov.quality.batch.JobStarter;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) during a command. Left to the JVM, it would run the shutdown hooks at once: the
 * embedded database stops under a running job. Instead, the first Ctrl-C asks every Batch job this
 * command started to stop (STOPPING in the job repository, see {@link #stop}): each step ends at its
 * next chunk boundary with what it committed kept, the job is STOPPED, the command says so and exits
 * with 130, and the next run continues (ingestion reconciles, templates and reports are written again). When no job is running
 * (a deadline check, reminders: each committed in its own transaction) or on a second Ctrl-C, the
 * program exits at once with 130, as before.
 */
@Component
class Interruption {

	static final int EXIT_CODE = 130;

	private static final Logger log = LoggerFactory.getLogger(Interruption.class);

	private final JobRepository jobRepository;

	private volatile boolean requested;

	private final JobStarter starter;

	Interruption(JobRepository jobRepository, JobStarter starter) {
		this.jobRepository = jobRepository;
		this.starter = starter;
	}

	boolean requested() {
		return requested;
	}

	/** Runs {@code command} with Ctrl-C handled as above; jobs created from now on are this command's. */
	<T> T during(PrintStream err, Progress.Step<T> command) throws Exception {
		LocalDateTime since = starter.repositoryNow().minusSeconds(1);
		SignalHandler previous;
		try {
			previous = Signal.handle(new Signal("INT"), signal -> interrupt(err, since));
		}
		catch (IllegalArgumentException ex) {
			// SIGINT not available (ignored by the parent, or another platform): the JVM's default
			return command.run();
		}
		try {
			return command.run();
		}
		finally {
			Signal.handle(new Signal("INT"), previous);
		}
	}

	private void interrupt(PrintStream err, LocalDateTime since) {
		if (requested) {
			err.println("\n再次收到中斷要求：立即結束。");
			exitNow();
			return;
		}
		requested = true;
		int stopping = 0;
		try {
			for (String jobName : jobRepository.getJobNames()) {
				for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
					if (execution.getCreateTime() != null && !execution.getCreateTime().isBefore(since)) {
						stop(execution.getId());
						log.info("Ctrl-C: stopping {} execution {} at its next chunk boundary", jobName, execution.getId());
						stopping++;
					}
				}
			}
		}
		catch (Exception ex) {
			log.warn("Ctrl-C: could not ask the running jobs to stop", ex);
		}
		if (stopping == 0) {
			err.println("\n已中斷。已完成的部分都已保存，重新執行同一指令即可。");
			exitNow();
			return;
		}
		err.println("\n收到中斷要求：正在停止，目前這一批完成後結束（已完成的部分會保留；再按一次 Ctrl-C 立即結束）…");
	}

	/**
	 * Marks the execution STOPPING in the job repository, as {@code JobOperator.stop} did up to Spring Batch 5:
	 * the running step reads it back at its next chunk commit, finishes that chunk, and ends STOPPED. Spring
	 * Batch 6's {@code JobOperator.stop} also rewrites the running step executions from this thread, which the
	 * step's own next update then refuses (optimistic locking), failing the chunk in progress instead.
	 */
	private void stop(long executionId) {
		JobExecution execution = jobRepository.getJobExecution(executionId);
		if (execution != null && execution.isRunning()) {
			execution.setStatus(BatchStatus.STOPPING);
			jobRepository.update(execution);
		}
	}

	private static void exitNow() {
		// not on the signal thread: System.exit waits for the shutdown hooks
		Thread exit = new Thread(() -> System.exit(EXIT_CODE), "interrupt-exit");
		exit.start();
	}

}
