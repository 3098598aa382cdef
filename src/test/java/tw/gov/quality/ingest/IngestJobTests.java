package tw.gov.quality.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole ingestion job on the embedded MariaDB with real workbook files. */
@IntegrationTest
class IngestJobTests {

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

	IngestFixture fixture;

	@BeforeEach
	void cleanInbox() throws Exception {
		fixture = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
	}

	@Test
	void aFilledTemplateIsArchivedAcceptedStoredAndAnswered() throws Exception {
		Path file = fixture.drop("AEA-TXG", 104, 2, "臺中分署104年第2季.xlsx", JULY_5, entries -> {
		});
		byte[] original = Files.readAllBytes(file);

		JobExecution execution = fixture.ingest();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		IngestFixture.Stored stored = fixture.only();
		assertThat(stored.state()).isEqualTo("ACCEPTED");
		assertThat(stored.receivedAt()).isEqualTo(JULY_5);
		assertThat(fixture.items(stored.id())).isEqualTo(33);
		assertThat(file).doesNotExist();
		assertThat(Path.of(stored.archivedPath())).hasBinaryContent(original)
			.startsWith(folders.archive().resolve("104/Q2/AEA-TXG"));
		assertThat(fixture.findings(stored.id())).isEmpty();
		String receipt = Receipts.text(stored.receiptPath());
		assertThat(Path.of(stored.receiptPath())).startsWith(folders.output().resolve("receipts/AEA-TXG"));
		assertThat(receipt).contains("臺中分署104年第2季.xlsx")
			.contains("收件時間 | 104年7月5日 10:30:00")
			.contains("繳交期限 | 104年7月10日 23:59:59")
			.contains("是否準時 | 準時")
			.contains("已接受")
			.contains("無待修正事項");
	}

	@Test
	void aLateFileSaysByHowMuch() throws Exception {
		fixture.drop("AEA-TPE", 104, 2, "late.xlsx", LocalDateTime.of(2015, 7, 12, 9, 0), entries -> {
		});
		fixture.ingest();
		assertThat(Receipts.text(fixture.only().receiptPath())).contains("是否準時 | 逾期 1 天 9 小時");
	}

	@Test
	void theSameBytesDroppedAgainAreCountedOnce() throws Exception {
		Path file = fixture.drop("AEA-TPE", 104, 1, "q1.xlsx", LocalDateTime.of(2015, 4, 8, 9, 0), entries -> {
		});
		Files.copy(file, file.resolveSibling("q1-again.xlsx"));
		fixture.ingest();
		Files.copy(Path.of(fixture.submissions().get(0).archivedPath()), fixture.inbox("AEA-TPE", "q1-third.xlsx"));

		fixture.ingest();

		List<IngestFixture.Stored> stored = fixture.submissions();
		assertThat(stored).extracting(IngestFixture.Stored::state).containsExactly("ACCEPTED", "DUPLICATE", "DUPLICATE");
		assertThat(stored.get(1).duplicateOf()).isEqualTo(stored.get(0).id());
		assertThat(stored.get(2).duplicateOf()).isEqualTo(stored.get(0).id());
		assertThat(Receipts.text(stored.get(2).receiptPath())).contains("重複檔案");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE state = 'ACCEPTED'").query(Integer.class).single())
			.isOne();
	}

	@Test
	void aNewFileSupersedesTheAcceptedOneAndBothStayInHistory() throws Exception {
		fixture.drop("AEA-TPE", 104, 2, "first.xlsx", JULY_5, entries -> {
		});
		fixture.ingest();
		fixture.drop("AEA-TPE", 104, 2, "corrected.xlsx", JULY_5.plusDays(1),
				entries -> entries.get("1.1").description = "更正後的執行情形");
		fixture.ingest();

		List<IngestFixture.Stored> stored = fixture.submissions();
		assertThat(stored).extracting(IngestFixture.Stored::state).containsExactly("ACCEPTED", "ACCEPTED");
		assertThat(stored.get(0).supersededBy()).isEqualTo(stored.get(1).id());
		assertThat(stored.get(1).supersededBy()).isNull();
		assertThat(Path.of(stored.get(0).archivedPath())).exists();
	}

	@Test
	void filesOutsideAnOfficesFolderAreRefusedButKept() throws Exception {
		Path atRoot = fixture.inbox("", "who-am-i.xlsx");
		Files.writeString(atRoot, "x");
		Path unknown = fixture.inbox("NOT-AN-OFFICE", "sheet.xlsx");
		Files.writeString(unknown, "y");

		fixture.ingest();

		List<IngestFixture.Stored> stored = fixture.submissions();
		assertThat(stored).extracting(IngestFixture.Stored::state).containsExactly("REFUSED", "REFUSED");
		for (IngestFixture.Stored submission : stored) {
			assertThat(fixture.findings(submission.id())).extracting(IngestFixture.StoredFinding::rule)
				.containsExactly("UNKNOWN_FOLDER");
			assertThat(Path.of(submission.archivedPath())).exists().startsWith(folders.archive());
			assertThat(Path.of(submission.receiptPath())).startsWith(folders.output().resolve("receipts/_unassigned"));
		}
		IngestFixture.Stored fromRoot = stored.stream()
			.filter(submission -> submission.originalName().equals("who-am-i.xlsx"))
			.findFirst()
			.orElseThrow();
		assertThat(Receipts.text(fromRoot.receiptPath())).contains("收件匣的最上層");
	}

	@Test
	void aFileIsNeverReceivedBeforeTheLastScanThatDidNotSeeIt() throws Exception {
		fixture.ingest();
		LocalDateTime emptyScan = jdbc.sql("SELECT MAX(scanned_at) FROM inbox_scan")
			.query(java.sql.Timestamp.class)
			.single()
			.toLocalDateTime();
		fixture.drop("AEA-TPE", 104, 2, "backdated.xlsx", JULY_5, entries -> {
		});

		fixture.ingest();

		assertThat(fixture.only().receivedAt()).isEqualTo(emptyScan);
	}

	@Test
	void aRunKilledAfterArchivingFinishesEachFileExactlyOnce() throws Exception {
		Path first = fixture.drop("AEA-TPE", 104, 2, "a.xlsx", JULY_5, entries -> {
		});
		fixture.drop("AEA-SHL", 104, 2, "b.xlsx", JULY_5, entries -> {
		});
		byte[] firstBytes = Files.readAllBytes(first);
		// Killed after the first step: both files archived and recorded, none read yet.
		assertThat(jobs.startStep("receiveInboxStep").getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(fixture.submissions()).extracting(IngestFixture.Stored::state).containsOnly("RECEIVED");
		// … and one of them killed between archiving and removal from the inbox.
		Files.write(first, firstBytes);
		IngestFixture.touch(first, JULY_5);

		JobExecution rerun = fixture.ingest();

		assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(fixture.submissions()).extracting(IngestFixture.Stored::state).containsExactly("ACCEPTED", "ACCEPTED");
		assertThat(first).doesNotExist();
		assertThat(Files.list(folders.archive().resolve("104/Q2/AEA-TPE")).count()).isOne();
	}

	@Test
	void aFileThatCouldNotBeArchivedWaitsForTheNextRunInsteadOfBeingRefused() throws Exception {
		Path file = fixture.drop("AEA-TPE", 104, 2, "q2.xlsx", JULY_5, entries -> {
		});
		// the office's archive folder cannot be created: a file stands in its place
		Path officeArchive = folders.archive().resolve("104/Q2/AEA-TPE");
		Files.createDirectories(officeArchive.getParent());
		Files.writeString(officeArchive, "not a folder");

		JobExecution first = fixture.ingest();
		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(file).exists();
		assertThat(fixture.submissions()).as("nothing recorded, nothing answered, before its copy is made").isEmpty();
		StepExecution receiving = first.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().equals("receiveInboxStep"))
			.findFirst()
			.orElseThrow();
		assertThat(ReceiveSummary.of(receiving).failed().listed()).singleElement()
			.satisfies(left -> assertThat(left.reason()).startsWith("系統無法封存"));

		Files.delete(officeArchive);
		fixture.ingest();

		assertThat(fixture.only().state()).isEqualTo("ACCEPTED");
		assertThat(Path.of(fixture.only().archivedPath())).exists();
		assertThat(file).doesNotExist();
	}

	@Test
	void lockFilesOfOpenEditorsAreLeftAlone() throws Exception {
		Path lock = fixture.inbox("AEA-TPE", "~$report.xlsx");
		Files.writeString(lock, "lock");
		fixture.ingest();
		assertThat(fixture.submissions()).isEmpty();
		assertThat(lock).exists();
	}

}
