package tw.gov.quality.ingest;

import java.util.Collection;

import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

/** Step 2's counts once its lanes are done: Spring Batch's own (read, written, status), and the outcomes by state. */
final class LaneTally implements StepExecutionAggregator {

	private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();

	@Override
	public void aggregate(StepExecution result, Collection<StepExecution> executions) {
		counts.aggregate(result, executions);
		for (SubmissionStatus state : SubmissionStatus.values()) {
			int total = executions.stream().mapToInt(lane -> OutcomeTally.count(lane, state)).sum();
			OutcomeTally.put(result, state, total);
		}
	}

}
