package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import tw.gov.quality.Checksums;
import tw.gov.quality.Folders;
import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.office.OfficeRegistry;

/**
 * Brings the database and the archive back into agreement after a crash, before a run receives
 * anything: a recorded file whose copy was completed is marked archived; one that left the inbox
 * without being archived is marked withdrawn; a partial copy is removed (its original is still in the
 * inbox); and, once per process, an archived file with no row (left by versions that archived before
 * recording) is recorded, so that it is read and answered like any other.
 *
 * <p>Other nodes may be receiving at the same moment: a row is reconciled only under its submission's
 * claim (so never while the node that recorded it is still archiving it), a partial copy is removed
 * only when it is older than a claim's lease, and the walk of the archive runs on one node at a time.
 */
@Component
class ArchiveReconciliation {

	private static final Logger log = LoggerFactory.getLogger(ArchiveReconciliation.class);

	private final Folders folders;

	private final SubmissionRepository submissions;

	private final Clock clock;

	private final AtomicBoolean archiveWalked = new AtomicBoolean();

	private final WorkClaims claims;

	private final ArchiveWalk walk;

	ArchiveReconciliation(Folders folders, Archive archive, SubmissionRepository submissions, OfficeRegistry offices,
			Clock clock, WorkClaims claims) {
		this.claims = claims;
		this.folders = folders;
		this.submissions = submissions;
		this.clock = clock;
		this.walk = new ArchiveWalk(folders, archive, submissions, offices, claims.lease());
	}

	/** What reconciling found; every count is of files that a crash had left half received. */
	record Result(int archived, int withdrawn, int recovered) {

		int total() {
			return archived + withdrawn + recovered;
		}

	}

	/** Call in a transaction of its own, committed before receiving starts. */
	Result reconcile() throws IOException {
		int archived = 0;
		int withdrawn = 0;
		LocalDateTime now = LocalDateTime.now(clock);
		for (SubmissionRepository.Unarchived row : submissions.unarchived()) {
			String claim = IngestClaims.submission(row.id());
			if (!claims.claimIfStillToDo(claim, () -> submissions.isUnarchived(row.id()))) {
				continue; // being archived by the node that recorded it, or done meanwhile
			}
			// Released when what is done here commits.
			if (!claims.releaseInCurrentTransaction(claim)) {
				continue; // taken over meanwhile
			}
			if (Files.isRegularFile(row.archivedPath()) && row.sha256().equals(Checksums.sha256(row.archivedPath()))) {
				submissions.markArchived(row.id(), now);
				log.info("Submission {} ({}): its archived copy was complete; marked archived", row.id(),
						FileNames.printable(row.originalName()));
				archived++;
			}
			else if (!stillInInbox(row)) {
				submissions.markWithdrawn(row.id(), now);
				log.warn("Submission {} ({}) left the inbox before it was archived; marked withdrawn", row.id(),
						FileNames.printable(row.originalName()));
				withdrawn++;
			}
		}
		int recovered = archiveWalked.get() ? 0 : walkArchive(now);
		return new Result(archived, withdrawn, recovered);
	}

	/** Once per process, on one node at a time (another node walking now does it for everybody). */
	private int walkArchive(LocalDateTime now) throws IOException {
		Optional<WorkClaims.Held> claimed = claims.hold(IngestClaims.ARCHIVE_WALK);
		if (claimed.isEmpty()) {
			return 0;
		}
		try (WorkClaims.Held held = claimed.get()) {
			int recovered = walk.run(now);
			archiveWalked.set(true);
			return recovered;
		}
	}

	/** The recorded bytes are still somewhere in the office's inbox folder: the next scan receives them. */
	private boolean stillInInbox(SubmissionRepository.Unarchived row) throws IOException {
		Path folder = folders.inbox().resolve(row.folder());
		if (!Files.isDirectory(folder)) {
			return false;
		}
		List<Path> candidates = new ArrayList<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile() && file.getFileName().toString().equals(row.originalName())) {
					candidates.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				return FileVisitResult.CONTINUE;
			}
		});
		for (Path candidate : candidates) {
			try {
				if (row.sha256().equals(Checksums.sha256(candidate))) {
					return true;
				}
			}
			catch (NoSuchFileException ex) {
				// gone meanwhile
			}
		}
		return false;
	}

}
