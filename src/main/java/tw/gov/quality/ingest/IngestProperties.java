package tw.gov.quality.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Ingestion settings.
 *
 * @param settleTime pause between the two looks at the inbox; a file whose size or modification time
 * changed in between is still being written and waits for the next run
 * @param maxFileSize larger files are refused
 * @param maxRows a sheet with more rows is refused
 * @param chunkSize files stored per transaction, and how far ahead of the step files are answered; each chunk costs
 * the step's thread fixed round trips (its claims' transaction, its commit, the job repository's updates: about
 * 6.5 ms a chunk in a recording): 10,000 sheets took 45-53 s to answer in chunks of 20, 41 s in chunks of 50, 37 s
 * in chunks of 100 before files were answered ahead; since, 50, 100 and 200 are within the runs' noise. A chunk's
 * files are claimed from a chunk ahead until it commits: keep two chunks well inside a claim's lease
 * @param threads files read, checked and answered at the same time (the database writes stay in file
 * order); more than the cores, since writing a receipt mostly waits for the disk (its fsyncs: 8 threads ran the
 * 1,000-sheet benchmark in 22 s where 4 took 28 s, back to back at load 8-11)
 * @param incompleteWait how long a spreadsheet whose container has no end yet (a copy still being
 * written, or stalled) is waited for; older, it is taken and refused as unreadable
 */
@ConfigurationProperties("quality.ingest")
record IngestProperties(@DefaultValue("2s") Duration settleTime, @DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue("5000") int maxRows, @DefaultValue("50") int chunkSize, @DefaultValue("30m") Duration incompleteWait,
		@DefaultValue("8") int threads) {
}
