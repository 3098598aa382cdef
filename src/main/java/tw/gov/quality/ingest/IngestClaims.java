package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The keys under which nodes claim ingestion work ({@link tw.gov.quality.cluster.WorkClaims}): an
 * inbox file while it is recorded, archived and removed; a submission while it is archived,
 * reconciled or read and answered; the walk of the archive for unrecorded copies.
 */
final class IngestClaims {

	static final String ARCHIVE_WALK = "ingest-archive-walk";

	private IngestClaims() {
	}

	/**
	 * The file as it lies in the inbox: its path relative to the inbox, size and modification time, so
	 * that a new file dropped under the same name is a new piece of work.
	 */
	static String inboxFile(String relativePath, InboxFile file) throws IOException {
		return "inbox:" + file.size() + ":" + Files.getLastModifiedTime(file.path()).toMillis() + ":" + relativePath;
	}

	static String submission(long id) {
		return "submission:" + id;
	}

}
