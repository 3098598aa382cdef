package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A complete file found in the inbox.
 *
 * @param folder the inbox folder it is in, relative to the inbox ({@code ""} for the root)
 * @param officeCode the office that folder belongs to, {@code null} if none
 * @param receivedAt its modification time, but never earlier than the last scan that did not see it
 */
record InboxFile(Path path, String folder, String officeCode, String originalName, long size,
		LocalDateTime receivedAt) {

	/** Where it lies as offices name it: its inbox folder and file name. */
	record Name(String folder, String name) {
	}

	Name name() {
		return new Name(folder, originalName);
	}

}
