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

	private final ReingestRequests reingests;

	ReceiveInboxTasklet(Inbox inbox, Archive archive, SubmissionRepository submissions, ReingestRequests reingests) {
		this.inbox = inbox;
		this.archive = archive;
		this.submissions = submissions;
		this.reingests = reingests;
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

	private void receive(InboxFile dropped) throws IOException {
		// An archived file put back by an administrator: read again even if its bytes were seen
		// before, and received when the original was.
		Optional<ReingestRequests.Request> reingest = reingests.find(dropped.folder(), dropped.originalName());
		InboxFile file = reingest.map(request -> new InboxFile(dropped.path(), dropped.folder(), dropped.officeCode(),
				dropped.originalName(), dropped.size(), request.receivedAt())).orElse(dropped);
		String sha256 = Checksums.sha256(file.path());
		Optional<Long> recorded = submissions.sameDrop(file.folder(), file.originalName(), sha256, file.receivedAt());
		Path target = archive.pathFor(file, sha256);
		if (recorded.isEmpty()) {
			Long duplicateOf = reingest.isPresent() ? null
					: submissions.firstWithSameBytes(file.folder(), sha256).orElse(null);
			Long reingestOf = reingest.map(ReingestRequests.Request::sourceSubmissionId).orElse(null);
			long id = submissions.insertReceived(file.folder(), file.officeCode(), file.originalName(), sha256,
					file.size(), file.receivedAt(), target, duplicateOf, reingestOf);
			reingest.ifPresent(request -> reingests.received(request.id(), id));
			log.info("Received {} from folder '{}' as submission {} ({} bytes, sha256 {}{})", file.originalName(),
					file.folder(), id, file.size(), sha256, reingestOf == null ? "" : ", re-ingest of " + reingestOf);
		}
		archive.store(file.path(), target, sha256);
		Files.delete(file.path());
	}

}
