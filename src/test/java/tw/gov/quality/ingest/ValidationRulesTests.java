package tw.gov.quality.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.progress.ProgressSheetLayout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every validation rule with a real workbook through the real job. In the generated template the
 * header is row 10 and the first item row 11; 執行狀態 is column I, 累計辦理數量 J, 完成日期 K,
 * 執行情形 L, 備註 M. 臺中分署's 104 plan: 1.1 row 11, 1.3 (4 次/年) row 13, 1.6 (200 株/年) row 16.
 */
@IntegrationTest
class ValidationRulesTests {

	private static final LocalDateTime ON_TIME = LocalDateTime.of(2015, 7, 3, 9, 0);

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

	private record Checked(String state, List<IngestFixture.StoredFinding> findings, String receipt) {

		IngestFixture.StoredFinding only(String rule) {
			List<IngestFixture.StoredFinding> matching = findings.stream().filter(f -> f.rule().equals(rule)).toList();
			assertThat(matching).as(rule + " in " + findings).hasSize(1);
			return matching.get(0);
		}

	}

	private Checked check(String folder, String office, int year, int quarter,
			Consumer<Map<String, FilledSheets.Entry>> changes, Consumer<XSSFWorkbook> edits) throws Exception {
		String name = drop(folder, office, year, quarter, changes, edits);
		fixture.ingest();
		return stored(name);
	}

	/** Writes a sheet into the folder's inbox, as dropped on time; returns its name. */
	private String drop(String folder, String office, int year, int quarter,
			Consumer<Map<String, FilledSheets.Entry>> changes, Consumer<XSSFWorkbook> edits) throws Exception {
		String name = "sheet-" + System.nanoTime() + ".xlsx";
		java.nio.file.Path file = fixture.inbox(folder, name);
		FilledSheets.write(offices.get(office), plans.planFor(office, year).orElseThrow(),
				new tw.gov.quality.calendar.ReportingPeriod(year, quarter), file, changes, edits);
		IngestFixture.touch(file, ON_TIME);
		return name;
	}

	private Checked stored(String name) throws Exception {
		IngestFixture.Stored stored = fixture.submissions()
			.stream()
			.filter(s -> s.originalName().equals(name))
			.findFirst()
			.orElseThrow();
		return new Checked(stored.state(), fixture.findings(stored.id()), Receipts.text(stored.receiptPath()));
	}

	private Checked check(int quarter, Consumer<Map<String, FilledSheets.Entry>> changes) throws Exception {
		return check("AEA-TXG", "AEA-TXG", 104, quarter, changes, workbook -> {
		});
	}

	private static void unchanged(Map<String, FilledSheets.Entry> entries) {
	}

	@Test
	void anotherOfficesSheetInThisOfficesFolderIsRefused() throws Exception {
		Checked checked = check("AEA-TPE", "AEA-TXG", 104, 2, ValidationRulesTests::unchanged, workbook -> {
		});
		assertThat(checked.state()).isEqualTo("REFUSED");
		assertThat(checked.only("OFFICE_MISMATCH").cell()).isEqualTo("進度回報!B2");
		assertThat(checked.only("OFFICE_MISMATCH").message()).contains("AEA-TXG").contains("AEA-TPE");
		assertThat(checked.only("IDENTITY_MISMATCH").message()).contains("系統產生給 AEA-TXG");
		assertThat(checked.receipt()).contains("進度回報!B2").contains("退件");
	}

	@Test
	void aMissingOfficeCodeIsRefused() throws Exception {
		Checked checked = check("AEA-TXG", "AEA-TXG", 104, 2, ValidationRulesTests::unchanged,
				workbook -> FilledSheets.metadata(workbook, ProgressSheetLayout.OFFICE_CODE, ""));
		assertThat(checked.state()).isEqualTo("REFUSED");
		assertThat(checked.only("OFFICE_MISSING").fix()).contains("AEA-TXG");
	}

	@Test
	void anUnreadableYearOrQuarterIsRefused() throws Exception {
		Checked checked = check("AEA-TXG", "AEA-TXG", 104, 2, ValidationRulesTests::unchanged, workbook -> {
			FilledSheets.metadata(workbook, ProgressSheetLayout.YEAR, "明年");
			FilledSheets.metadata(workbook, ProgressSheetLayout.QUARTER, "第五季");
		});
		assertThat(checked.only("YEAR_UNREADABLE").cell()).isEqualTo("進度回報!B4");
		assertThat(checked.only("QUARTER_UNREADABLE").cell()).isEqualTo("進度回報!B5");
		assertThat(checked.only("QUARTER_UNREADABLE").message()).contains("第五季");
	}

	@Test
	void aPeriodThatDisagreesWithTheTemplateIsRefused() throws Exception {
		Checked checked = check("AEA-TXG", "AEA-TXG", 104, 2, ValidationRulesTests::unchanged,
				workbook -> FilledSheets.metadata(workbook, ProgressSheetLayout.QUARTER, "第３季"));
		assertThat(checked.only("IDENTITY_MISMATCH").message()).isEqualTo("這份範本是第 2 季的，但表上的季別寫 3");
	}

	@Test
	void aYearWithoutARegisteredPlanIsRefused() throws Exception {
		Checked checked = check("AEA-TXG", "AEA-TXG", 104, 2, ValidationRulesTests::unchanged, workbook -> {
			workbook.removeSheetAt(workbook.getSheetIndex(ProgressSheetLayout.IDENTITY_SHEET));
			FilledSheets.metadata(workbook, ProgressSheetLayout.YEAR, "民國110年");
		});
		assertThat(checked.only("NO_PLAN").message()).isEqualTo("系統中沒有貴機關 110 年度的執行計畫");
	}

	@Test
	void unreadableUnknownDuplicatedAndMissingItemsAreRefused() throws Exception {
		Checked checked = check(2, entries -> {
			entries.get("1.1").code = "甲";
			entries.get("1.2").code = "9.9";
			entries.get("1.4").code = "1-3";
		});
		assertThat(checked.state()).isEqualTo("REFUSED");
		assertThat(checked.only("ITEM_CODE_UNREADABLE").cell()).isEqualTo("進度回報!A11");
		assertThat(checked.only("ITEM_UNKNOWN").message()).contains("項次 9.9 不在貴機關 104 年度執行計畫中");
		assertThat(checked.only("ITEM_DUPLICATED").cell()).isEqualTo("進度回報!A14");
		assertThat(checked.findings()).filteredOn(f -> f.rule().equals("ITEM_MISSING"))
			.extracting(IngestFixture.StoredFinding::itemCode)
			.containsExactly("1.1", "1.2", "1.4");
	}

	/**
	 * Types a value under the table, {@code below} rows under the last item, in a column (A, I … M);
	 * returns the cell's reference.
	 */
	private static String typeUnderTable(XSSFWorkbook workbook, int below, String column, Object value) {
		XSSFSheet sheet = workbook.getSheet(ProgressSheetLayout.SHEET);
		int rowIndex = sheet.getLastRowNum() + below;
		Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
		Cell cell = row.createCell(column.charAt(0) - 'A');
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
		}
		else {
			cell.setCellValue(value.toString());
		}
		return ProgressSheetLayout.SHEET + "!" + column + (rowIndex + 1);
	}

	@Test
	void aSignatureBlockAndADateLineUnderTheTableAreAccepted() throws Exception {
		Checked checked = check("AEA-TXG", "AEA-TXG", 104, 2, ValidationRulesTests::unchanged, workbook -> {
			typeUnderTable(workbook, 2, "L", "填表人簽章：");
			typeUnderTable(workbook, 1, "I", "承辦人：　　　主管：");
			typeUnderTable(workbook, 0, "M", "機關首長：");
			typeUnderTable(workbook, 1, "A", "中華民國104年7月3日");
		});
		assertThat(checked.state()).isEqualTo("ACCEPTED");
		assertThat(checked.findings()).extracting(IngestFixture.StoredFinding::severity).doesNotContain("ERROR");
	}

	@Test
	void aTotalsRowUnderTheTableIsAccepted() throws Exception {
		Checked checked = check("AEA-TXG", "AEA-TXG", 104, 2, ValidationRulesTests::unchanged, workbook -> {
			typeUnderTable(workbook, 1, "I", "合計");
			typeUnderTable(workbook, 0, "J", 206);
			typeUnderTable(workbook, 1, "L", "總計：206");
		});
		assertThat(checked.state()).isEqualTo("ACCEPTED");
		assertThat(checked.findings()).extracting(IngestFixture.StoredFinding::severity).doesNotContain("ERROR");
	}

	@Test
	void aRowWithContentButNo項次BetweenItemsIsRefused() throws Exception {
		Checked checked = check(2, entries -> entries.get("1.3").code = "");
		assertThat(checked.state()).isEqualTo("REFUSED");
		assertThat(checked.only("ITEM_CODE_UNREADABLE").cell()).isEqualTo("進度回報!A13");
		assertThat(checked.only("ITEM_CODE_UNREADABLE").message()).isEqualTo("這一列有填報內容，但「項次」空白");
		assertThat(checked.only("ITEM_MISSING").itemCode()).isEqualTo("1.3");
	}

	@Test
	void aRowUnderTheTableThatLooksLikeAnItemIsRefused() throws Exception {
		String[] cells = new String[2];
		Checked checked = check("AEA-TXG", "AEA-TXG", 104, 2, ValidationRulesTests::unchanged, workbook -> {
			// A status and a figure, with a signature line after them: still an item without its 項次.
			cells[0] = typeUnderTable(workbook, 1, "A", "");
			typeUnderTable(workbook, 0, "I", "已完成");
			typeUnderTable(workbook, 0, "J", 3);
			typeUnderTable(workbook, 0, "K", LocalDate.of(2015, 5, 1));
			// A figure in 累計辦理數量 and a description, without a totals label.
			cells[1] = typeUnderTable(workbook, 1, "A", "");
			typeUnderTable(workbook, 0, "J", 2);
			typeUnderTable(workbook, 0, "L", "另辦理宣導2場");
			typeUnderTable(workbook, 2, "L", "填表人簽章：");
		});
		assertThat(checked.state()).isEqualTo("REFUSED");
		assertThat(checked.findings()).filteredOn(f -> f.rule().equals("ITEM_CODE_UNREADABLE"))
			.extracting(IngestFixture.StoredFinding::cell)
			.containsExactly(cells);
	}

	@Test
	void statusesThatAreMissingOrUnreadableAreRefused() throws Exception {
		Checked checked = check(2, entries -> {
			entries.get("1.1").status = null;
			entries.get("1.2").status = "差不多";
			entries.get("2.1").status = "辦理中";
			entries.get("2.2").status = " 賡續辦理 ";
		});
		assertThat(checked.only("STATUS_MISSING").cell()).isEqualTo("進度回報!I11");
		assertThat(checked.only("STATUS_UNREADABLE").cell()).isEqualTo("進度回報!I12");
		assertThat(checked.only("STATUS_UNREADABLE").fix()).contains("已完成、執行中、持續辦理、未開始、不適用");
		assertThat(checked.findings()).extracting(IngestFixture.StoredFinding::rule).hasSize(2);
	}

	@Test
	void aFigureThatIsNotANumberIsRefused() throws Exception {
		Checked checked = check(2, entries -> entries.get("1.3").cumulative = "約10");
		assertThat(checked.only("QUANTITY_UNREADABLE").cell()).isEqualTo("進度回報!J13");
		assertThat(checked.only("QUANTITY_UNREADABLE").message()).contains("約10");
	}

	@Test
	void completedItemsNeedAReadableDateInThePlanYear() throws Exception {
		Checked checked = check(2, entries -> {
			entries.get("1.1").status = "已完成";
			entries.get("1.2").status = "已完成";
			entries.get("1.2").completedOn = "上週";
			entries.get("1.4").status = "完成";
			entries.get("1.4").completedOn = LocalDate.of(2014, 12, 31);
			entries.get("2.1").status = "已完成";
			entries.get("2.1").completedOn = "104/3/5";
		});
		assertThat(checked.only("COMPLETED_WITHOUT_DATE").cell()).isEqualTo("進度回報!K11");
		assertThat(checked.only("DATE_UNREADABLE").cell()).isEqualTo("進度回報!K12");
		assertThat(checked.only("DATE_OUTSIDE_YEAR").message()).contains("103/12/31").contains("104 年");
		assertThat(checked.findings()).hasSize(3);
	}

	@Test
	void aCumulativeFigureLowerThanLastQuartersIsRefused() throws Exception {
		assertThat(check(1, entries -> entries.get("1.3").cumulative = 3).state()).isEqualTo("ACCEPTED");
		Checked checked = check(2, entries -> entries.get("1.3").cumulative = 2);
		assertThat(checked.state()).isEqualTo("REFUSED");
		assertThat(checked.only("CUMULATIVE_DECREASED").cell()).isEqualTo("進度回報!J13");
		assertThat(checked.only("CUMULATIVE_DECREASED").message()).contains("少於上季已報的 3");
	}

	@Test
	void twoQuartersDroppedTogetherAreCheckedInTheirOrder() throws Exception {
		// One run, one chunk: the second quarter is checked against the first as it will be stored.
		List<Checked> checked = droppedTogether(1, entries -> {
			entries.get("1.3").cumulative = 3;
			entries.get("1.1").description = "辦理櫃台環境改善。";
		}, 2, entries -> {
			entries.get("1.3").cumulative = 2;
			entries.get("1.1").description = "辦理櫃台環境改善。";
		});

		assertThat(checked.get(0).state()).isEqualTo("ACCEPTED");
		assertThat(checked.get(1).state()).isEqualTo("REFUSED");
		assertThat(checked.get(1).only("CUMULATIVE_DECREASED").message()).contains("少於上季已報的 3");
		assertThat(checked.get(1).only("SAME_AS_PREVIOUS").cell()).isEqualTo("進度回報!L11");
	}

	/**
	 * A quarter already stored, then two sheets dropped together: the second is checked against the latest
	 * earlier quarter among the stored one and the first, a correction dropped with it included.
	 */
	@ParameterizedTest(name = "stored Q{0} {1}, dropped Q{2} {3} and Q{4} {5}: checked against {6}")
	@CsvSource({ "1, 1, 1, 3, 2, 2, 3", "2, 5, 1, 3, 3, 4, 5" })
	void aSheetDroppedWithAnEarlierQuarterIsCheckedAgainstTheLatestOfItAndTheStoredOnes(int storedQuarter,
			int storedFigure, int firstQuarter, int firstFigure, int secondQuarter, int secondFigure, int previous)
			throws Exception {
		check(storedQuarter, entries -> entries.get("1.3").cumulative = storedFigure);
		List<Checked> checked = droppedTogether(firstQuarter, entries -> entries.get("1.3").cumulative = firstFigure,
				secondQuarter, entries -> entries.get("1.3").cumulative = secondFigure);

		assertThat(checked.get(0).state()).isEqualTo("ACCEPTED");
		assertThat(checked.get(1).only("CUMULATIVE_DECREASED").message()).contains("少於上季已報的 " + previous);
	}

	/** Two sheets of one office dropped in this order and ingested in one run; what became of each. */
	private List<Checked> droppedTogether(int firstQuarter, Consumer<Map<String, FilledSheets.Entry>> first,
			int secondQuarter, Consumer<Map<String, FilledSheets.Entry>> second) throws Exception {
		String earlier = drop("AEA-TXG", "AEA-TXG", 104, firstQuarter, first, workbook -> {
		});
		String later = drop("AEA-TXG", "AEA-TXG", 104, secondQuarter, second, workbook -> {
		});
		fixture.ingest();
		return List.of(stored(earlier), stored(later));
	}

	@Test
	void anItemBehindPaceIsAWarning() throws Exception {
		Checked checked = check(2, entries -> entries.get("1.3").cumulative = 1);
		assertThat(checked.state()).isEqualTo("ACCEPTED");
		IngestFixture.StoredFinding finding = checked.only("BEHIND_PACE");
		assertThat(finding.severity()).isEqualTo("WARNING");
		assertThat(finding.cell()).isEqualTo("進度回報!J13");
		assertThat(finding.message()).contains("年度目標 4次").contains("至第 2 季應達 2次");
		assertThat(checked.receipt()).contains("警告").contains("已接受");
	}

	@Test
	void aFourthQuarterFigureBelowTheAnnualTargetIsAWarning() throws Exception {
		Checked checked = check(4, entries -> entries.get("1.6").cumulative = 150);
		assertThat(checked.state()).isEqualTo("ACCEPTED");
		assertThat(checked.only("BELOW_ANNUAL_TARGET").message()).contains("全年累計 150株，未達年度目標 200株");
		assertThat(checked.findings()).noneMatch(f -> f.rule().equals("BEHIND_PACE"));
	}

	@Test
	void aPassedFixedDeadlineNotCompletedIsAWarning() throws Exception {
		Checked checked = check("TYC-XW", "TYC-XW", 96, 2, entries -> entries.get("1.1.1").status = "執行中",
				workbook -> {
				});
		assertThat(checked.state()).isEqualTo("ACCEPTED");
		assertThat(checked.findings()).filteredOn(f -> "1.1.1".equals(f.itemCode()))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.rule()).isEqualTo("DEADLINE_PASSED");
				assertThat(finding.cell()).isEqualTo("進度回報!I11");
				assertThat(finding.message()).isEqualTo("項次 1.1.1 的完成期限「９６年２月」已過，但執行狀態為「執行中」");
			});
		assertThat(checked.findings()).filteredOn(f -> "1.1.3".equals(f.itemCode())).as("每季 is no fixed deadline").isEmpty();
	}

	@Test
	void textCopiedFromLastQuarterIsAWarning() throws Exception {
		check(1, entries -> entries.get("1.1").description = "辦理櫃台環境改善。");
		Checked checked = check(2, entries -> entries.get("1.1").description = "辦理櫃台環境改善。");
		assertThat(checked.only("SAME_AS_PREVIOUS").cell()).isEqualTo("進度回報!L11");
	}

	@Test
	void notApplicableWithoutAReasonIsAWarning() throws Exception {
		Checked checked = check(2, entries -> {
			entries.get("1.1").status = "N/A";
			entries.get("1.2").status = "不適用";
			entries.get("1.2").remark = "本分署無此業務";
		});
		assertThat(checked.only("NOT_APPLICABLE_WITHOUT_REASON").cell()).isEqualTo("進度回報!M11");
	}

	@Test
	void workInProgressWithoutADescriptionIsAWarning() throws Exception {
		Checked checked = check(2, entries -> {
			entries.get("1.1").status = "執行中";
			entries.get("1.1").description = null;
		});
		assertThat(checked.only("DESCRIPTION_MISSING").cell()).isEqualTo("進度回報!L11");
		assertThat(checked.findings()).extracting(IngestFixture.StoredFinding::severity).containsOnly("WARNING");
	}

	@Test
	void theReceiptListsEveryFindingWithCellSeverityAndFix() throws Exception {
		Checked checked = check(2, entries -> {
			entries.get("1.2").status = "差不多";
			entries.get("1.3").cumulative = 1;
		});
		assertThat(checked.receipt()).contains("錯誤 1 項、警告 1 項")
			.contains("錯誤 | 進度回報!I12 | 1.2 | 項次 1.2 的執行狀態「差不多」無法辨識 | 請改填：")
			.contains("警告 | 進度回報!J13 | 1.3");
	}

}
