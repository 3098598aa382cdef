package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A submission recorded and archived, waiting to be read.
 *
 * @param officeCode the office its folder belongs to, {@code null} for the inbox root or an unknown folder
 * @param reingestOf for an archived file an administrator re-ingested: the submission it was copied from
 * @param duplicateOf the submission that first brought the same bytes from the same folder, if any
 */
record ReceivedFile(long id, String folder, String officeCode, String originalName, String sha256, long size,
		LocalDateTime receivedAt, Path archivedPath, Long reingestOf, Long duplicateOf) {
}
