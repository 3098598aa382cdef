package tw.gov.quality.ingest;

import java.util.List;

/**
 * What one ingestion run did.
 *
 * @param lines one line per file, in Chinese, for the console
 */
public record IngestResult(long jobExecutionId, String status, int accepted, int refused, int duplicates,
		List<String> lines, String failure) {

	public boolean completed() {
		return "COMPLETED".equals(status);
	}

}
