package tw.gov.quality.formats;

import java.nio.file.Path;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Converts what a Batch job wrote once the job is over: after every chunk has committed, outside
 * any transaction. Whatever fails stays pending and is swept again by the next run
 * ({@link PendingConversions}). The job's outcome does not depend on it; the run's summary line
 * says what was converted and what failed, and the job's context keeps the failure count
 * ({@link #FAILED}).
 */
public final class ConversionRunListener implements JobExecutionListener {

	/** Key of the job execution context: how many conversions failed in this run. */
	public static final String FAILED = "conversionsFailed";

	private static final Logger log = LoggerFactory.getLogger(ConversionRunListener.class);

	private final PendingConversions conversions;

	private final String run;

	private final Function<JobExecution, Path> folder;

	private final boolean printed;

	/**
	 * @param run how the summary names the run ("Ingest", "Template")
	 * @param folder the folder the job wrote to, from its execution
	 * @param printed whether these outputs also get a PDF
	 */
	public ConversionRunListener(PendingConversions conversions, String run, Function<JobExecution, Path> folder,
			boolean printed) {
		this.conversions = conversions;
		this.run = run;
		this.folder = folder;
		this.printed = printed;
	}

	@Override
	public void afterJob(JobExecution job) {
		Path target = folder.apply(job);
		if (target == null) {
			return;
		}
		try {
			long started = System.nanoTime();
			PendingConversions.Sweep sweep = conversions.sweep(target, printed);
			if (sweep.conversion().written().isEmpty() && !sweep.conversion().failed() && sweep.conversion().held().isEmpty()) {
				return;
			}
			job.getExecutionContext().putInt(FAILED, sweep.conversion().failures().size());
			if (sweep.conversion().failed()) {
				log.warn("{} run #{} conversions under {}: {} in {} ms; failed ones are tried again on the next run: {}",
						run, job.getId(), target, sweep.summary(), (System.nanoTime() - started) / 1_000_000,
						sweep.conversion().failures());
			}
			else {
				log.info("{} run #{} conversions under {}: {} in {} ms", run, job.getId(), target, sweep.summary(),
						(System.nanoTime() - started) / 1_000_000);
			}
		}
		catch (RuntimeException ex) {
			log.warn("{} run #{}: conversions under {} did not run, tried again on the next run: {}", run, job.getId(),
					target, ex.toString());
		}
	}

}
