package tw.gov.quality.review;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestFixture;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.Consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.review.ReviewFormLayout.*;

/**
 * A supervisor's filled-in 審查意見表 dropped in its own inbox folder: recognised by its hidden identity, checked,
 * stored with every opinion, archived byte for byte and answered with a receipt; or refused, saying why.
 */
@IntegrationTest
class ReviewFormIngestTests {

	static final ReportingPeriod Q2 = new ReportingPeriod(104, 2);

	static final LocalDateTime DEADLINE = LocalDateTime.of(2015, 7, 10, 23, 59, 59);

	static final LocalDateTime AS_OF = LocalDateTime.of(2015, 7, 15, 9, 0);

	static final LocalDateTime RETURNED = LocalDateTime.of(2015, 7, 18, 16, 0);

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
	Consolidation consolidation;

	@TempDir
	Path work;

	IngestFixture inbox;

	/** The form MOJ-AEA was sent for AEA-SHL, 104 Q2 (late, 1.3 behind pace). */
	Path form;

	@BeforeEach
	void aQuarterReviewed() throws Exception {
		form = ReviewLoop.reviewFormsFor(jdbc, folders, jobs, ingestJob, offices, plans, consolidation, "AEA-SHL");
		inbox = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
	}

	@Test
	void aFilledFormIsRecognisedByItsIdentityAndStoredWithEveryOpinion() throws Exception {
		Path dropped;
		try (FilledReviewForm filled = new FilledReviewForm(form)) {
			filled.opinion("S1", "本要項執行尚稱確實。", null)
				.opinion("I:1.3", "1.3 進度落後。", "請於下季補足辦理場次並說明落後原因。")
				.opinion(OVERALL_KEY, "整體進度尚可。", "請準時繳交季報。")
				.signed("王審查", "104/7/17");
			// Its name says nothing: the hidden identity does.
			dropped = filled.saveAs(inbox.inbox("MOJ-AEA", "進度回報_104Q2.xlsx"));
		}
		byte[] bytes = Files.readAllBytes(dropped);
		IngestFixture.touch(dropped, RETURNED);

		inbox.ingest();

		Submission stored = submission();
		assertThat(stored.state()).isEqualTo("REVIEWED");
		assertThat(stored.rocYear()).isEqualTo(104);
		assertThat(Path.of(stored.archived())).hasBinaryContent(bytes).startsWith(folders.archive());
		assertThat(dropped).doesNotExist();
		assertThat(findings(stored.id())).isEmpty();

		StoredForm review = storedForms().get(0);
		assertThat(review.submissionId()).isEqualTo(stored.id());
		assertThat(List.of(review.supervisor(), review.office(), review.year(), review.quarter(), review.reviewer(),
				review.reviewedOn())).containsExactly("MOJ-AEA", "AEA-SHL", 104, 2, "王審查", LocalDate.of(2015, 7, 17));
		assertThat(review.score()).isNull();
		List<String> opinions = jdbc.sql("""
				SELECT CONCAT(row_key, '|', COALESCE(item_code, ''), '|', opinion, '|', suggestion, '|', tracked)
				FROM review_opinion o JOIN review_form f ON f.id = o.review_form_id ORDER BY seq""")
			.query(String.class)
			.list();
		assertThat(opinions).contains("S1||本要項執行尚稱確實。||0", "I:1.3|1.3|1.3 進度落後。|請於下季補足辦理場次並說明落後原因。|1",
				"OVERALL||整體進度尚可。|請準時繳交季報。|1");

		assertThat(stored.receipt()).isNotNull();
		String receipt = text(Path.of(stored.receipt()));
		assertThat(receipt).contains("審查意見表收件回執")
			.contains("審查期間")
			.contains("審查意見表已收受")
			.contains("審查人 王審查")
			.contains("新增列管 2 項")
			.contains("無待修正事項");
	}

	@Test
	void aNewerFormForTheSameOfficeAndPeriodSupersedesTheEarlierWhichStaysInHistory() throws Exception {
		drop("first.xlsx", filled -> filled.opinion("S1", "初稿意見。", null).signed("王審查", "104/7/16"));
		drop("second.xlsx", filled -> filled.opinion("S1", "定稿意見。", null).signed("王審查", "104/7/17"));

		List<StoredForm> forms = storedForms();
		assertThat(forms).hasSize(2);
		assertThat(forms.get(0).supersededBy()).isEqualTo(forms.get(1).id());
		assertThat(forms.get(1).supersededBy()).isNull();
		assertThat(jdbc.sql("""
				SELECT opinion FROM review_opinion o JOIN review_form f ON f.id = o.review_form_id
				WHERE f.superseded_by IS NULL AND o.row_key = 'S1'""").query(String.class).single()).isEqualTo("定稿意見。");
	}

	@Test
	void aFormDroppedInAnotherOfficesFolderIsRefused() throws Exception {
		Path dropped;
		try (FilledReviewForm filled = new FilledReviewForm(form)) {
			filled.signed("王審查", "104/7/17");
			dropped = filled.saveAs(inbox.inbox("AEA-SHL", "review.xlsx"));
		}
		IngestFixture.touch(dropped, RETURNED);
		inbox.ingest();

		assertRefused("REVIEW_NOT_THIS_SUPERVISOR", "這份審查意見表是發給法務部行政執行署（MOJ-AEA）的，卻由法務部行政執行署士林分署（AEA-SHL）的資料夾送出");
	}

	@Test
	void aFormAboutAnOfficeOutsideTheSupervisorsTreeIsRefused() throws Exception {
		drop("review.xlsx", filled -> filled.signed("王審查", "104/7/17").identity(ID_OFFICE_CODE, "TPE-CA-SLHR"));
		assertRefused("REVIEW_OFFICE_OUTSIDE", "受審機關臺北市士林區戶政事務所（TPE-CA-SLHR）不在法務部行政執行署（MOJ-AEA）督導的機關之內");
	}

	@Test
	void aFormForAPeriodThatWasNeverReviewedIsRefused() throws Exception {
		drop("review.xlsx", filled -> filled.signed("王審查", "104/7/17").identity(ID_ROC_YEAR, "103"));
		assertRefused("REVIEW_PERIOD_NOT_REVIEWED", "系統未曾就103年第2季發出法務部行政執行署士林分署（AEA-SHL）的審查意見表");
	}

	@Test
	void aChangedHiddenKeyIsRefusedNamingItsCell() throws Exception {
		drop("review.xlsx", filled -> {
			filled.row("I:1.3").getCell(KEY_COLUMN).setCellValue("I:9.9");
			filled.signed("王審查", "104/7/17");
		});
		Finding finding = assertRefused("REVIEW_KEY_UNKNOWN", "隱藏鍵值「I:9.9」不是這份表單的項目");
		assertThat(finding.cell()).startsWith("審查意見!A");
	}

	@Test
	void anOpinionOnARowWhoseKeyWasClearedIsRefused() throws Exception {
		drop("review.xlsx", filled -> {
			filled.opinion("S1", "意見。", null);
			Row row = filled.row("S1");
			row.getCell(KEY_COLUMN).setCellValue("");
			filled.signed("王審查", "104/7/17");
		});
		assertRefused("REVIEW_KEY_MISSING", "隱藏的鍵值欄是空的");
	}

	@Test
	void aRowCopiedWithItsKeyIsRefused() throws Exception {
		drop("review.xlsx", filled -> {
			filled.row(OVERALL_KEY).getCell(KEY_COLUMN).setCellValue("S1");
			filled.signed("王審查", "104/7/17");
		});
		assertRefused("REVIEW_KEY_DUPLICATED", "鍵值「S1」出現不只一次");
	}

	@Test
	void aFormWithoutReviewerIsRefused() throws Exception {
		drop("review.xlsx", filled -> filled.signOff(REVIEW_DATE_KEY, "104/7/17"));
		assertRefused("REVIEW_REVIEWER_MISSING", "審查人未填寫");
	}

	@Test
	void anUnreadableReviewDateIsRefused() throws Exception {
		drop("review.xlsx", filled -> filled.signed("王審查", "下週一"));
		assertRefused("REVIEW_DATE_UNREADABLE", "審查日期「下週一」無法辨識");
	}

	@Test
	void aScoreThatIsNotANumberIsRefused() throws Exception {
		drop("review.xlsx", filled -> filled.signed("王審查", "104/7/17").signOff(SCORE_KEY, "八十五分"));
		assertRefused("REVIEW_SCORE_UNREADABLE", "評分「八十五分」不是數字");
	}

	@Test
	void aScoreForAPlanWithoutEvaluationIsAWarningAndNotKept() throws Exception {
		drop("review.xlsx", filled -> filled.signed("王審查", "104/7/17").score(85));
		Submission stored = submission();
		assertThat(stored.state()).isEqualTo("REVIEWED");
		assertThat(findings(stored.id())).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("REVIEW_SCORE_NOT_EVALUATED");
			assertThat(finding.severity()).isEqualTo("WARNING");
		});
		assertThat(storedForms()).singleElement().satisfies(form -> assertThat(form.score()).isNull());
	}

	@Test
	void aFormWithoutItsHiddenIdentityIsNotTakenForAReviewForm() throws Exception {
		drop("review.xlsx", filled -> {
			filled.signed("王審查", "104/7/17");
			filled.workbook.removeSheetAt(filled.workbook.getSheetIndex(IDENTITY_SHEET));
		});
		assertThat(submission().state()).isEqualTo("REFUSED");
		assertThat(storedForms()).isEmpty();
	}

	@Test
	void aFormResavedByLibreOfficeAsOdsIsReadByItsKeys() throws Exception {
		resavedByLibreOffice("ods");
	}

	@Test
	void aFormResavedByLibreOfficeAsXlsxIsReadByItsKeys() throws Exception {
		resavedByLibreOffice("xlsx:Calc MS Excel 2007 XML");
	}

	private void resavedByLibreOffice(String filter) throws Exception {
		LibreOffice.assumeInstalled();
		Path filled;
		try (FilledReviewForm form = new FilledReviewForm(this.form)) {
			form.opinion("I:1.3", "進度落後。", "請補足場次。").signed("王審查", "104/7/17");
			filled = form.saveAs(work.resolve("filled").resolve("review.xlsx"));
		}
		Path converted = LibreOffice.convert(filled, filter, work);
		Path dropped = Files.copy(converted, inbox.inbox("MOJ-AEA", converted.getFileName().toString()));
		IngestFixture.touch(dropped, RETURNED);

		inbox.ingest();

		Submission stored = submission();
		assertThat(findings(stored.id())).isEmpty();
		assertThat(stored.state()).isEqualTo("REVIEWED");
		assertThat(storedForms()).singleElement()
			.satisfies(review -> assertThat(review.reviewer()).isEqualTo("王審查"))
			.satisfies(review -> assertThat(review.reviewedOn()).isEqualTo(LocalDate.of(2015, 7, 17)));
		assertThat(jdbc.sql("SELECT suggestion FROM review_opinion WHERE row_key = 'I:1.3'").query(String.class).single())
			.isEqualTo("請補足場次。");
	}

	// --- helpers

	interface Edit {

		void apply(FilledReviewForm form) throws Exception;

	}

	private void drop(String name, Edit edit) throws Exception {
		Path dropped;
		try (FilledReviewForm filled = new FilledReviewForm(form)) {
			edit.apply(filled);
			dropped = filled.saveAs(inbox.inbox("MOJ-AEA", name));
		}
		IngestFixture.touch(dropped, RETURNED);
		inbox.ingest();
	}

	record Submission(long id, String state, Integer rocYear, String archived, String receipt) {
	}

	private Submission submission() {
		return jdbc.sql("SELECT id, state, roc_year, archived_path, receipt_path FROM submission ORDER BY id DESC LIMIT 1")
			.query((rs, n) -> new Submission(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class), rs.getString(4),
					rs.getString(5)))
			.single();
	}

	record Finding(String rule, String severity, String cell, String message) {
	}

	private List<Finding> findings(long submission) {
		return jdbc.sql("SELECT rule_code, severity, cell, message FROM submission_finding WHERE submission_id = ? ORDER BY seq")
			.param(submission)
			.query((rs, n) -> new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	record StoredForm(long id, long submissionId, String supervisor, String office, int year, int quarter,
			String reviewer, LocalDate reviewedOn, BigDecimal score, Long supersededBy) {
	}

	private List<StoredForm> storedForms() {
		return jdbc.sql("SELECT * FROM review_form ORDER BY id")
			.query((rs, n) -> new StoredForm(rs.getLong("id"), rs.getLong("submission_id"), rs.getString("supervisor_code"),
					rs.getString("office_code"), rs.getInt("roc_year"), rs.getInt("quarter"), rs.getString("reviewer"),
					rs.getObject("reviewed_on", LocalDate.class), rs.getBigDecimal("score"),
					rs.getObject("superseded_by", Long.class)))
			.list();
	}

	private Finding assertRefused(String rule, String message) {
		Submission stored = submission();
		assertThat(stored.state()).isEqualTo("REVIEW_REFUSED");
		assertThat(storedForms()).isEmpty();
		List<Finding> found = findings(stored.id());
		assertThat(found).extracting(Finding::rule).contains(rule);
		Finding finding = found.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
		assertThat(finding.message()).contains(message);
		assertThat(finding.severity()).isEqualTo("ERROR");
		assertThat(text(Path.of(stored.receipt()))).contains("審查意見表收件回執").contains(message);
		return finding;
	}

	static String text(org.apache.poi.ss.usermodel.Sheet sheet) {
		DataFormatter format = new DataFormatter();
		StringBuilder text = new StringBuilder();
		sheet.forEach(row -> {
			row.forEach(cell -> text.append(format.formatCellValue(cell)).append('|'));
			text.append('\n');
		});
		return text.toString();
	}

	static String text(Path workbook) {
		DataFormatter format = new DataFormatter();
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
			book.forEach(sheet -> sheet.forEach(row -> {
				row.forEach(cell -> text.append(format.formatCellValue(cell)).append('|'));
				text.append('\n');
			}));
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
		return text.toString();
	}

}
