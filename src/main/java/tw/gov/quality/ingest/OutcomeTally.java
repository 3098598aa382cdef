package tw.gov.quality.ingest;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Counts step 2's outcomes by state in the step's execution context, for the run's summary line. */
class OutcomeTally implements ItemWriteListener<Outcome> {

	private static final String PREFIX = "outcomes.";

	@Override
	public void afterWrite(Chunk<? extends Outcome> items) {
		StepContext context = StepSynchronizationManager.getContext();
		if (context == null) {
			return;
		}
		ExecutionContext counts = context.getStepExecution().getExecutionContext();
		for (Outcome outcome : items) {
			String key = PREFIX + outcome.state();
			counts.putInt(key, counts.getInt(key, 0) + 1);
		}
	}

	static int count(StepExecution step, SubmissionStatus state) {
		return step == null ? 0 : step.getExecutionContext().getInt(PREFIX + state, 0);
	}

}
