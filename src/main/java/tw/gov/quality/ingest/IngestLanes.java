package tw.gov.quality.ingest;

import java.util.HashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits step 2 into lanes by office: every file of an office goes to the same lane, so an office's sheets
 * are still answered one after another in the order they came, while the lanes run side by side (one
 * lane's chunk is stored while another's files are being read and checked).
 */
final class IngestLanes implements Partitioner {

	static final String LANE = "lane";

	static final String LANES = "lanes";

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		int lanes = Math.max(1, gridSize);
		Map<String, ExecutionContext> contexts = new HashMap<>();
		for (int lane = 0; lane < lanes; lane++) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(LANE, lane);
			context.putInt(LANES, lanes);
			contexts.put(LANE + lane, context);
		}
		return contexts;
	}

}
