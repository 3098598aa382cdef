package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.util.Optional;

/** One inbox file on its way through an {@link InboxBatch}: what is known of it so far. */
final class InboxDrop {

	/** What became of one inbox file. */
	enum Result {

		/** Recorded, archived and removed from the inbox by this run. */
		RECEIVED,

		/** Claimed by another node (the file, or its submission): left to it. */
		ELSEWHERE,

		/** Vanished, still being written ({@link #waiting}), or could not be archived (then {@link #left} says why). */
		LEFT

	}

	final InboxFile dropped;

	Result result = Result.LEFT;

	Inbox.Left left;

	/** Changed after the scan or while it was copied: left for a later run, as the scan leaves such a file. */
	Inbox.Left waiting;

	String fileClaim;

	InboxFile file;

	Optional<ReingestRequests.Request> reingest = Optional.empty();

	/** Its bytes copied into the archive folder under a temporary name, with their checksum. */
	Archive.Copied copied;

	String sha256;

	Path target;

	long id;

	InboxDrop(InboxFile dropped) {
		this.dropped = dropped;
	}

	/** Claim key of its submission. */
	String submissionClaim() {
		return IngestClaims.submission(id);
	}

}
