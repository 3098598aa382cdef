package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tw.gov.quality.Checksums;

/**
 * Step 1: record every complete inbox file, archive it byte for byte, and only then remove it from
 * the inbox. Each file is recorded before it is copied, so a crash at any point leaves either the
 * inbox file or the archived copy, and the next run finishes the same drop instead of counting it twice.
 */
class ReceiveInboxTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReceiveInboxTasklet.class);

	private final Inbox inbox;

	private final Archive archive;

	private final SubmissionRepository submissions;

	ReceiveInboxTasklet(Inbox inbox, Archive archive, SubmissionRepository submissions) {
		this.inbox = inbox;
		this.archive = archive;
		this.submissions = submissions;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		List<InboxFile> files = inbox.completeFiles();
		for (InboxFile file : files) {
			try {
				receive(file);
				contribution.incrementReadCount();
				contribution.incrementWriteCount(1);
			}
			catch (IOException ex) {
				// Our side (disk, permissions): the file stays in the inbox for the next run.
				log.error("Could not receive inbox file {}; left in place", file.path(), ex);
				contribution.incrementReadSkipCount();
			}
		}
		log.info("Inbox: {} complete file(s) received", files.size());
		return RepeatStatus.FINISHED;
	}

	private void receive(InboxFile file) throws IOException {
		String sha256 = Checksums.sha256(file.path());
		Optional<Long> recorded = submissions.sameDrop(file.folder(), file.originalName(), sha256, file.receivedAt());
		Path target = archive.pathFor(file, sha256);
		if (recorded.isEmpty()) {
			Long duplicateOf = submissions.firstWithSameBytes(file.folder(), sha256).orElse(null);
			long id = submissions.insertReceived(file.folder(), file.officeCode(), file.originalName(), sha256,
					file.size(), file.receivedAt(), target, duplicateOf);
			log.info("Received {} from folder '{}' as submission {} ({} bytes, sha256 {})", file.originalName(),
					file.folder(), id, file.size(), sha256);
		}
		archive.store(file.path(), target, sha256);
		Files.delete(file.path());
	}

}
