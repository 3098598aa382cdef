package tw.gov.quality.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code run}: the whole quarter in one command, on real files, as an administrator types it. */
@IntegrationTest
class RunCommandTests {

	private static final ReportingPeriod Q2 = new ReportingPeriod(104, 2);

	@Autowired
	List<CliCommand> commands;

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

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private IngestTesting inbox;

	@BeforeEach
	void sheetsInTheInbox() throws Exception {
		inbox = new IngestTesting(jdbc, folders, jobs, ingestJob, offices, plans);
		jdbc.sql("DELETE FROM reminder_sent").update();
		IngestTesting.deleteRecursively(folders.output().resolve("reports"));
		inbox.dropGoodSheet("AEA-TPE", Q2, LocalDateTime.of(2015, 7, 6, 10, 0));
		inbox.dropGoodSheet("AEA-KHH", Q2, LocalDateTime.of(2015, 7, 13, 9, 20));
		inbox.dropBadSheet("AEA-TYN", Q2, LocalDateTime.of(2015, 7, 9, 17, 30));
	}

	private int run(String... args) {
		return new CommandRunner(commands, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.execute(CommandLine.parse(args));
	}

	@Test
	void ingestsChecksConsolidatesAndRemindsThenSaysWhatItDid() throws Exception {
		int exit = run("run", "--year=104", "--quarter=2", "--as-of=2015-07-15T09:00");

		String said = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(said).contains("一、收件 3 份：接受 2 份、退件 1 份、重複 0 份")
			.contains("準時 1　逾期 1　未繳 10　退件未補正 1　待繳 0")
			.contains("三、執行成果報告與審查意見表 2 組")
			.contains("四、催繳提醒")
			.contains("104年第2季 完成（截至 104年7月15日 09:00:00）：準時 1、逾期 1、未繳或退件 11 個機關");
		Path reports = folders.output().resolve("reports/104/Q2/MOJ-AEA/v1");
		assertThat(reports.resolve("manifest.json")).exists();
		try (var files = Files.list(reports)) {
			assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.startsWith("執行成果報告_MOJ-AEA"));
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder_sent WHERE stage = 'AFTER'").query(Integer.class).single())
			.as("the 10 missing offices and the refused one").isEqualTo(11);
	}

	@Test
	void aSecondRunTheSameDayIsANewReportVersionAndSendsNoReminderTwice() throws Exception {
		run("run", "--year=104", "--quarter=2", "--as-of=2015-07-15T09:00");
		out.reset();

		assertThat(run("run", "--year=104", "--quarter=2", "--as-of=2015-07-15T09:00")).isZero();

		String said = out.toString(StandardCharsets.UTF_8);
		assertThat(said).contains("一、收件 0 份：接受 0 份").contains("MOJ-AEA" + java.io.File.separator + "v2")
			.contains("四、催繳提醒：本次 0 則");
	}

}
