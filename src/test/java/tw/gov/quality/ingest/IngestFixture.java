package tw.gov.quality.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

/**
 * Drops files into the test inbox, runs ingestJob, and reads back what it stored. Public for other
 * features' tests that need real submissions; creating one deletes every stored submission.
 */
public final class IngestFixture {

	static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	final JdbcClient jdbc;

	final Folders folders;

	final JobOperatorTestUtils jobs;

	final OfficeRegistry offices;

	final PlanRegistry plans;

	public IngestFixture(JdbcClient jdbc, Folders folders, JobOperatorTestUtils jobs, Job ingestJob,
			OfficeRegistry offices, PlanRegistry plans) throws IOException {
		this.jdbc = jdbc;
		this.folders = folders;
		this.jobs = jobs;
		this.offices = offices;
		this.plans = plans;
		jobs.setJob(ingestJob);
		for (String table : List.of("submission_finding", "submission_item", "submission", "inbox_scan",
				"inbox_observation")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		for (Path folder : List.of(folders.inbox(), folders.archive(), folders.output().resolve("receipts"))) {
			deleteRecursively(folder);
		}
	}

	/** Where an office puts a file; the folder is created. */
	public Path inbox(String folder, String name) throws IOException {
		Path dir = folder.isEmpty() ? folders.inbox() : folders.inbox().resolve(folder);
		Files.createDirectories(dir);
		return dir.resolve(name);
	}

	/** A filled-in sheet for the office, dropped into its folder with the given modification time. */
	public Path drop(String office, int year, int quarter, String name, LocalDateTime modified,
			Consumer<Map<String, FilledSheets.Entry>> changes) throws Exception {
		Path file = inbox(office, name);
		FilledSheets.write(offices.get(office), plans.planFor(office, year).orElseThrow(),
				new ReportingPeriod(year, quarter), file, changes);
		touch(file, modified);
		return file;
	}

	Path drop(String office, int year, int quarter, String name, LocalDateTime modified,
			Consumer<Map<String, FilledSheets.Entry>> changes, Consumer<org.apache.poi.xssf.usermodel.XSSFWorkbook> edits)
			throws Exception {
		Path file = inbox(office, name);
		FilledSheets.write(offices.get(office), plans.planFor(office, year).orElseThrow(),
				new ReportingPeriod(year, quarter), file, changes, edits);
		touch(file, modified);
		return file;
	}

	/**
	 * A correct sheet written from the template that lists the office's outstanding tracked items, with the
	 * given 辦理情形 typed in (by item id; an item not in the map is left unanswered), dated the day before receipt.
	 */
	public void dropSheetWithReplies(String office, ReportingPeriod period, LocalDateTime receivedAt,
			java.util.List<tw.gov.quality.review.TrackedItem> tracked, java.util.Map<Long, String> replies) throws Exception {
		java.nio.file.Path file = inbox(office, office + "-" + System.nanoTime() + ".xlsx");
		FilledSheets.write(offices.get(office), plans.planFor(office, period.rocYear()).orElseThrow(), period,
				tracked, file, entries -> {
				}, workbook -> {
					org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.getSheet(tw.gov.quality.review.TrackedReplyLayout.SHEET);
					if (sheet == null) {
						return;
					}
					java.util.List<String> columns = tw.gov.quality.review.TrackedReplyLayout.COLUMNS;
					for (org.apache.poi.ss.usermodel.Row row : sheet) {
						org.apache.poi.ss.usermodel.Cell key = row.getCell(0);
						if (key == null || !key.getStringCellValue().startsWith("T:")) {
							continue;
						}
						String reply = replies.get(Long.parseLong(key.getStringCellValue().substring(2)));
						if (reply != null) {
							row.createCell(columns.indexOf(tw.gov.quality.review.TrackedReplyLayout.REPLY)).setCellValue(reply);
							row.createCell(columns.indexOf(tw.gov.quality.review.TrackedReplyLayout.REPLY_DATE))
								.setCellValue(receivedAt.minusDays(1).toLocalDate().toString().replace('-', '/'));
						}
					}
				});
		IngestFixture.touch(file, receivedAt);
	}

	public static void touch(Path file, LocalDateTime modified) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(modified.atZone(TAIPEI).toInstant()));
	}

	public JobExecution ingest() throws Exception {
		return jobs.startJob(jobs.getUniqueJobParameters());
	}

	record Stored(long id, String state, String originalName, LocalDateTime receivedAt, String archivedPath,
			String receiptPath, Long supersededBy, Long duplicateOf) {
	}

	List<Stored> submissions() {
		return jdbc.sql("SELECT * FROM submission ORDER BY id")
			.query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("state"), rs.getString("original_name"),
					rs.getTimestamp("received_at").toLocalDateTime(), rs.getString("archived_path"),
					rs.getString("receipt_path"), (Long) rs.getObject("superseded_by", Long.class),
					(Long) rs.getObject("duplicate_of", Long.class)))
			.list();
	}

	Stored only() {
		List<Stored> all = submissions();
		if (all.size() != 1) {
			throw new AssertionError("expected one submission, got " + all);
		}
		return all.get(0);
	}

	record StoredFinding(String severity, String rule, String cell, String itemCode, String message, String fix) {
	}

	List<StoredFinding> findings(long submissionId) {
		return jdbc.sql("SELECT * FROM submission_finding WHERE submission_id = ? ORDER BY seq")
			.param(submissionId)
			.query((rs, n) -> new StoredFinding(rs.getString("severity"), rs.getString("rule_code"), rs.getString("cell"),
					rs.getString("item_code"), rs.getString("message"), rs.getString("fix")))
			.list();
	}

	record StoredItem(String status, BigDecimal cumulative, LocalDate completedOn, String description, String remark) {
	}

	StoredItem item(long submissionId, String itemCode) {
		return jdbc.sql("SELECT * FROM submission_item WHERE submission_id = ? AND item_code = ?")
			.params(submissionId, itemCode)
			.query((rs, n) -> new StoredItem(rs.getString("status"), rs.getBigDecimal("cumulative"),
					rs.getObject("completed_on", LocalDate.class), rs.getString("description"), rs.getString("remark")))
			.single();
	}

	int items(long submissionId) {
		return jdbc.sql("SELECT COUNT(*) FROM submission_item WHERE submission_id = ?")
			.param(submissionId)
			.query(Integer.class)
			.single();
	}

	static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
