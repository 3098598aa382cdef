package tw.gov.quality.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import tw.gov.quality.Checksums;
import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receiving after a crash at each point of a file's way from the inbox to the archive, and what a run
 * says about every inbox entry it did not take.
 */
@IntegrationTest
class ReceivingTests {

	private static final LocalDateTime JULY_5 = LocalDateTime.of(2015, 7, 5, 10, 30);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Folders folders;

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("ingestJob")
	Job ingestJob;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PlanRegistry plans;

	@Autowired
	Ingestion ingestion;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	ReceivingRows rows;

	@Autowired
	Archive archive;

	@Autowired
	Clock clock;

	@Autowired
	WorkClaims claims;

	@Autowired
	Inbox inbox;

	@Autowired
	ReingestRequests reingests;

	@Autowired
	ArchiveReconciliation reconciliation;

	@Autowired
	PlatformTransactionManager transactionManager;

	IngestFixture fixture;

	@BeforeEach
	void cleanInbox() throws Exception {
		fixture = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
	}

	/** Killed after the row was committed, before the copy: the inbox file is received by the next run, once. */
	@Test
	void aFileRecordedButNotYetArchivedIsFinishedOnce() throws Exception {
		Path file = fixture.drop("AEA-TPE", 104, 2, "a.xlsx", JULY_5, entries -> {
		});
		assertThat(jobs.startStep("receiveInboxStep").getStatus()).isEqualTo(BatchStatus.COMPLETED);
		IngestFixture.Stored recorded = fixture.only();
		// as a crash between commit and copy leaves it: the row, no archive, the inbox file back
		byte[] bytes = Files.readAllBytes(Path.of(recorded.archivedPath()));
		Files.delete(Path.of(recorded.archivedPath()));
		jdbc.sql("UPDATE submission SET archived_at = NULL WHERE id = ?").param(recorded.id()).update();
		Files.write(file, bytes);
		IngestFixture.touch(file, JULY_5);

		IngestResult result = ingestion.ingestNow();

		assertThat(result.completed()).isTrue();
		assertThat(fixture.only().id()).isEqualTo(recorded.id());
		assertThat(fixture.only().state()).isEqualTo("ACCEPTED");
		assertThat(Path.of(fixture.only().archivedPath())).hasBinaryContent(bytes);
		assertThat(Path.of(fixture.only().receiptPath())).exists();
		assertThat(file).doesNotExist();
	}

	/** Killed after the rename into the archive, before it was marked: the copy is recognised, not made again. */
	@Test
	void aCompleteCopyNotYetMarkedIsTakenAsArchived() throws Exception {
		fixture.drop("AEA-TPE", 104, 2, "a.xlsx", JULY_5, entries -> {
		});
		jobs.startStep("receiveInboxStep");
		long id = fixture.only().id();
		jdbc.sql("UPDATE submission SET archived_at = NULL WHERE id = ?").param(id).update();

		IngestResult result = ingestion.ingestNow();

		assertThat(result.recovered()).isOne();
		assertThat(result.accepted()).isOne();
		assertThat(fixture.only().state()).isEqualTo("ACCEPTED");
		assertThat(result.summary()).contains("另補完前次中斷的 1 份");
	}

	/** Killed after the rename, before the mark and before the inbox file went: both copies, one answer. */
	@Test
	void aCompleteCopyWithItsInboxFileStillThereIsReceivedOnce() throws Exception {
		Path file = fixture.drop("AEA-TPE", 104, 2, "a.xlsx", JULY_5, entries -> {
		});
		byte[] bytes = Files.readAllBytes(file);
		jobs.startStep("receiveInboxStep");
		long id = fixture.only().id();
		jdbc.sql("UPDATE submission SET archived_at = NULL WHERE id = ?").param(id).update();
		Files.write(file, bytes);
		IngestFixture.touch(file, JULY_5);

		IngestResult result = ingestion.ingestNow();

		assertThat(result.completed()).as(result.failure()).isTrue();
		assertThat(fixture.only().id()).isEqualTo(id);
		assertThat(fixture.only().state()).isEqualTo("ACCEPTED");
		assertThat(file).doesNotExist();
		assertThat(Files.list(folders.archive().resolve("104/Q2/AEA-TPE")).count()).isOne();
	}

	/**
	 * The same file dropped again after it was answered (a copy keeping its source's time looks exactly
	 * like it): answered as a duplicate of the first, with a receipt, not taken for a crash's leftover and
	 * removed without a word.
	 */
	@Test
	void theSameFileDroppedAgainAfterItsAnswerIsAnsweredAsADuplicate() throws Exception {
		Path file = answeredAndDroppedAgain();
		byte[] bytes = Files.readAllBytes(file);

		IngestResult again = ingestion.ingestNow();

		assertThat(again.duplicates()).as(again.summary()).isOne();
		assertThat(file).doesNotExist();
		List<IngestFixture.Stored> stored = fixture.submissions();
		assertThat(stored).hasSize(2);
		assertThat(stored.get(1).state()).isEqualTo("DUPLICATE");
		assertThat(stored.get(1).duplicateOf()).isEqualTo(stored.get(0).id());
		assertThat(stored.get(1).receivedAt()).as("received when dropped again").isAfter(stored.get(0).receivedAt());
		assertThat(Path.of(stored.get(1).receiptPath())).exists();
		assertThat(Path.of(stored.get(1).archivedPath())).hasBinaryContent(bytes);
	}

	/**
	 * Killed after a dropped-again file's new row was committed, before its copy: the next run answers it
	 * once (a further row), and the row left behind ends withdrawn once the file has left the inbox.
	 */
	@Test
	void aFileDroppedAgainAndInterruptedBeforeItsCopyIsAnsweredOnce() throws Exception {
		Path file = answeredAndDroppedAgain();
		byte[] bytes = Files.readAllBytes(file);
		jobs.startStep("receiveInboxStep");
		IngestFixture.Stored interrupted = fixture.submissions().get(1);
		// as a crash between its row and its copy leaves it: the row, no archive, the inbox file back
		Files.delete(Path.of(interrupted.archivedPath()));
		jdbc.sql("UPDATE submission SET archived_at = NULL WHERE id = ?").param(interrupted.id()).update();
		Files.write(file, bytes);
		IngestFixture.touch(file, JULY_5);

		IngestResult next = ingestion.ingestNow();
		IngestResult after = ingestion.ingestNow();

		assertThat(next.duplicates() + after.duplicates()).as(next.summary() + " / " + after.summary()).isOne();
		assertThat(file).doesNotExist();
		assertThat(fixture.submissions()).extracting(IngestFixture.Stored::state)
			.containsExactly("ACCEPTED", "WITHDRAWN", "DUPLICATE");
	}

	/** 臺北分署's a.xlsx dropped, answered, then dropped again unchanged, time and all. */
	private Path answeredAndDroppedAgain() throws Exception {
		Path file = fixture.drop("AEA-TPE", 104, 2, "a.xlsx", JULY_5, entries -> {
		});
		byte[] bytes = Files.readAllBytes(file);
		assertThat(ingestion.ingestNow().accepted()).isOne();
		Files.write(file, bytes);
		IngestFixture.touch(file, JULY_5);
		return file;
	}

	/** The sender took the file back before it could be archived: on record as withdrawn, never answered. */
	@Test
	void aRecordedFileThatLeftTheInboxBeforeArchivingIsMarkedWithdrawn() throws Exception {
		Path file = fixture.drop("AEA-TPE", 104, 2, "a.xlsx", JULY_5, entries -> {
		});
		String sha256 = Checksums.sha256(file);
		rows.insertReceived(List.of(new ReceivingRows.NewRow(
				new InboxFile(file, "AEA-TPE", "AEA-TPE", "a.xlsx", Files.size(file), JULY_5), sha256,
				folders.archive().resolve("104/Q3/AEA-TPE/never-written.xlsx"), null, null)));
		Files.delete(file);

		ingestion.ingestNow();

		assertThat(fixture.only().state()).isEqualTo("WITHDRAWN");
		assertThat(fixture.only().receiptPath()).isNull();
	}

	/** Versions before this one archived before recording: a crash left copies without a row. */
	@Test
	void anArchivedCopyWithoutARowIsRecordedReadAndAnswered() throws Exception {
		Path file = fixture.drop("AEA-TPE", 104, 2, "orphan.xlsx", JULY_5, entries -> {
		});
		String sha256 = Checksums.sha256(file);
		InboxFile dropped = new InboxFile(file, "AEA-TPE", "AEA-TPE", "orphan.xlsx", Files.size(file), JULY_5);
		Path target = archive.pathFor(dropped, sha256);
		Files.createDirectories(target.getParent());
		Files.move(file, target);
		Path partial = target.resolveSibling(".writing-123.part");
		Files.writeString(partial, "half a copy");
		Files.setLastModifiedTime(partial, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
		Path underWay = target.resolveSibling(".writing-456.part");
		Files.writeString(underWay, "another node's copy under way");

		ArchiveReconciliation.Result result = new ArchiveReconciliation(folders, archive, submissions, offices, clock,
				claims)
			.reconcile();
		fixture.ingest();

		assertThat(result.recovered()).isOne();
		IngestFixture.Stored stored = fixture.only();
		assertThat(stored.state()).isEqualTo("ACCEPTED");
		assertThat(stored.originalName()).isEqualTo("orphan.xlsx");
		assertThat(stored.receivedAt()).isEqualTo(JULY_5);
		assertThat(stored.archivedPath()).isEqualTo(target.toString());
		assertThat(Path.of(stored.receiptPath())).exists();
		assertThat(partial).doesNotExist();
		assertThat(underWay).as("younger than a claim's lease: maybe another node's copy").exists();
	}

	/**
	 * Its sender was still writing the file after all (a slow copy onto the shared folder that paused longer
	 * than the settle time): it grows while it is received. Left in the inbox and listed as waiting, as the scan
	 * lists a file it sees changing, not reported as an archive failure for an administrator; taken once done.
	 */
	@Test
	void aFileThatGrowsWhileItIsReceivedWaitsForALaterRun() throws Exception {
		Path file = fixture.drop("AEA-TPE", 104, 2, "slow-copy.xlsx", JULY_5, entries -> {
		});
		byte[] whole = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(whole, whole.length - 100));
		IngestFixture.touch(file, JULY_5);
		Archive stillCopying = new Archive(folders) {
			@Override
			Copied copy(Path source, long scannedSize, Path folder) throws java.io.IOException {
				// the sender's next block lands after the scan took the file for complete
				Files.write(source, whole);
				return super.copy(source, scannedSize, folder);
			}
		};
		ReceiveInboxTasklet receiving = new ReceiveInboxTasklet(inbox, stillCopying, rows, reingests, reconciliation,
				transactionManager, clock, claims, 2);
		StepExecution step = MetaDataInstanceFactory.createStepExecution();

		receiving.execute(new StepContribution(step), new ChunkContext(new StepContext(step)));

		ReceiveSummary summary = ReceiveSummary.of(step);
		assertThat(summary.received()).isZero();
		assertThat(summary.failed().count()).isZero();
		assertThat(summary.waiting().count()).isOne();
		assertThat(summary.waiting().listed()).singleElement().satisfies(left -> {
			assertThat(left.path()).endsWith("slow-copy.xlsx");
			assertThat(left.reason()).contains("仍在寫入中");
		});
		assertThat(file).hasBinaryContent(whole);
		assertThat(fixture.submissions()).isEmpty();
		try (var copies = Files.walk(folders.archive())) {
			assertThat(copies.filter(Files::isRegularFile)).as("no copy, no partial left in the archive").isEmpty();
		}

		IngestResult later = ingestion.ingestNow();

		assertThat(later.needsAttention()).as(later.summary()).isFalse();
		assertThat(later.accepted()).isOne();
		assertThat(Path.of(fixture.only().archivedPath())).hasBinaryContent(whole);
		assertThat(file).doesNotExist();
	}

	/** A copy that stalls longer than the settle time is waited for, not refused and deleted under its writer. */
	@Test
	void aSpreadsheetCutShortIsLeftWhileRecentAndRefusedOnceOld() throws Exception {
		Path whole = fixture.drop("AEA-TPE", 104, 2, "whole.xlsx", JULY_5, entries -> {
		});
		byte[] bytes = Files.readAllBytes(whole);
		Files.delete(whole);
		Path partial = fixture.inbox("AEA-TPE", "copying.xlsx");
		Files.write(partial, Arrays.copyOf(bytes, bytes.length / 2));

		IngestResult waiting = ingestion.ingestNow();

		assertThat(partial).exists();
		assertThat(fixture.submissions()).isEmpty();
		assertThat(waiting.waiting()).isOne();
		assertThat(waiting.summary()).contains("1 份留在收件匣待下次收件（1 份仍在傳送中）");
		assertThat(waiting.lines()).anyMatch(line -> line.contains("copying.xlsx") && line.contains("尚未傳送完整"));

		IngestFixture.touch(partial, LocalDateTime.now(clock).minusHours(1));
		ingestion.ingestNow();

		assertThat(fixture.only().state()).isEqualTo("REFUSED");
		assertThat(partial).doesNotExist();
	}

	/** An administrator points the inbox at the shared drive with a link: its files are received as usual. */
	@Test
	void anInboxThatIsALinkIsWalkedWhereItPoints() throws Exception {
		Path shared = Files.createTempDirectory(folders.inbox().toAbsolutePath().getParent(), "shared-drive");
		IngestFixture.deleteRecursively(folders.inbox());
		Files.createSymbolicLink(folders.inbox(), shared.toAbsolutePath());
		try {
			Path file = fixture.drop("AEA-TPE", 104, 2, "linked.xlsx", JULY_5, entries -> {
			});

			IngestResult result = ingestion.ingestNow();

			assertThat(result.accepted()).as(result.summary()).isOne();
			assertThat(result.ignored()).isZero();
			assertThat(file).doesNotExist();
		}
		finally {
			Files.delete(folders.inbox());
			IngestFixture.deleteRecursively(shared);
		}
	}

	@Test
	void linksAndPipesAreReportedAndNeverOpened() throws Exception {
		Path sheet = fixture.drop("AEA-TPE", 104, 2, "real.xlsx", JULY_5, entries -> {
		});
		Path link = fixture.inbox("AEA-TPE", "link.xlsx");
		Files.createSymbolicLink(link, sheet);
		Path fifo = fixture.inbox("AEA-TPE", "pipe.xlsx");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertThat(mkfifo.waitFor()).isZero();

		IngestResult result = ingestion.ingestNow();

		assertThat(result.accepted()).isOne();
		assertThat(result.ignored()).isEqualTo(2);
		assertThat(result.lines()).anyMatch(line -> line.contains("未收取") && line.contains("link.xlsx") && line.contains("符號連結"))
			.anyMatch(line -> line.contains("未收取") && line.contains("pipe.xlsx"));
		assertThat(link).isSymbolicLink();
		assertThat(fifo).exists();
		assertThat(fixture.submissions()).extracting(IngestFixture.Stored::originalName).containsExactly("real.xlsx");
	}

	@Test
	void aFullArchiveDiskIsSaidOnceWithTheReasonAndEveryFileWaits() throws Exception {
		List<Path> files = List.of(
				fixture.drop("AEA-TPE", 104, 2, "a.xlsx", JULY_5, entries -> {
				}),
				fixture.drop("AEA-TXG", 104, 2, "b.xlsx", JULY_5, entries -> {
				}));
		// the archive's quarter folder cannot be created: a file stands in its place
		Files.createDirectories(folders.archive().resolve("104"));
		Files.writeString(folders.archive().resolve("104/Q3"), "not a folder");
		Files.writeString(folders.archive().resolve("104/Q2"), "not a folder");

		IngestResult result = ingestion.ingestNow();

		assertThat(result.unarchived()).isEqualTo(2);
		assertThat(result.needsAttention()).isTrue();
		assertThat(result.received()).isZero();
		assertThat(result.summary()).contains("2 份留在收件匣待下次收件（2 份無法封存）");
		assertThat(result.lines()).filteredOn(line -> line.contains("無法封存")).hasSize(2);
		assertThat(files).allMatch(Files::exists);
	}

	@Test
	void aNameWithALineBreakCannotForgeAConsoleLine() throws Exception {
		fixture.drop("AEA-TPE", 104, 2, "a\n  接受　forged.xlsx", JULY_5, entries -> {
		});

		IngestResult result = ingestion.ingestNow();

		assertThat(result.lines()).hasSize(1);
		assertThat(result.lines().get(0)).contains("a\\u000a  接受").doesNotContain("\n");
	}

}
