package tw.gov.quality.progress;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.Deadline;
import tw.gov.quality.plan.Frequency;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.plan.Target;
import tw.gov.quality.spreadsheet.SheetCell;
import tw.gov.quality.template.ProgressTemplateWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static tw.gov.quality.progress.ProgressSheetLayout.*;
import static tw.gov.quality.progress.TestWorkbooks.cell;
import static tw.gov.quality.progress.TestWorkbooks.parse;
import static tw.gov.quality.progress.TestWorkbooks.row;

class ProgressSheetParserTests {

	@TempDir
	Path dir;

	@Test
	void readsTheGeneratedTemplate() throws Exception {
		ProgressSheet sheet = parse(template());

		assertThat(sheet.sheetName()).isEqualTo(SHEET);
		assertThat(sheet.metadata(OFFICE_CODE)).map(Field::text).contains("A01");
		assertThat(sheet.metadata(OFFICE_CODE)).map(Field::ref).contains("進度回報!B2");
		assertThat(sheet.metadata(OFFICE_NAME)).map(Field::text).contains("測試分局");
		assertThat(sheet.metadata(YEAR).map(PeriodFields::year)).hasValueSatisfying(year -> assertThat(year).hasValue(107));
		assertThat(sheet.metadata(QUARTER).flatMap(PeriodFields::quarter)).contains(2);
		// The template leaves these for the office: found, blank, pointing where the value goes.
		assertThat(sheet.metadata(REPORTER)).hasValueSatisfying(reporter -> {
			assertThat(reporter.isBlank()).isTrue();
			assertThat(reporter.ref()).isEqualTo("進度回報!B6");
		});
		assertThat(sheet.metadata(REPORT_DATE)).map(Field::ref).contains("進度回報!B8");
		assertThat(sheet.identity()).containsEntry(ID_OFFICE_CODE, "A01")
			.containsEntry(ID_ROC_YEAR, "107")
			.containsEntry(ID_QUARTER, "2")
			.containsEntry(ID_PLAN, "A01/107")
			.containsEntry(ID_GENERATED_AT, "2018-06-01T08:00:00");
		assertThat(sheet.headerRow()).isEqualTo(10);
		assertThat(sheet.columns()).containsEntry(CODE, 0)
			.containsEntry(STRATEGY, 1)
			.containsEntry(PREVIOUS_STATUS, 7)
			.containsEntry(STATUS, 8)
			.containsEntry(CUMULATIVE, 9)
			.containsEntry(COMPLETED_ON, 10)
			.containsEntry(DESCRIPTION, 11)
			.containsEntry(REMARK, 12)
			.hasSize(13);
		assertThat(sheet.rows()).extracting(ProgressRow::rowNumber).containsExactly(11, 12, 13);
		assertThat(sheet.rows()).map(row -> row.code().flatMap(ItemCodes::normalize).orElseThrow())
			.containsExactly("1.1", "2.4", "1.5.3");
		assertThat(sheet.rows()).noneMatch(ProgressRow::hasInput);
		assertThat(sheet.ref(COMPLETED_ON, 12)).contains("進度回報!K12");
	}

	@Test
	void readsTheTemplateAsAnOfficeFillsItIn() throws Exception {
		Path filled = TestWorkbooks.edit(template(), dir.resolve("filled.xlsx"), workbook -> {
			Sheet sheet = workbook.getSheet(SHEET);
			cell(sheet, "B", 6, "王小明");
			cell(sheet, "B", 7, "(02)2345-6789 #12");
			cell(sheet, "B", 8, "107/6/28");
			// Input cells: I 執行狀態, J 累計辦理數量, K 完成日期, L 執行情形, M 備註.
			cell(sheet, "I", 11, "已完成");
			cell(sheet, "J", 11, 4);
			cell(sheet, "K", 11, LocalDate.of(2018, 3, 5));
			cell(sheet, "L", 11, "3月5日辦理說明會\n參加人數 40 人");
			cell(sheet, "I", 12, " 執行中 ");
			cell(sheet, "J", 12, "12");
			cell(sheet, "M", 12, "下半年續辦");
			cell(sheet, "I", 13, "持續辦理");
			cell(sheet, "J", 13, new TestWorkbooks.Formula("5+7"));
			cell(sheet, "K", 13, "107年6月1日");
			row(sheet, 14, "合計", null, null, null, null, null, null, null, null,
					new TestWorkbooks.Formula("SUM(J11:J13)"));
			row(sheet, 16, "承辦人：", null, null, null, null, null, null, null, "單位主管：", null, null, "機關首長：");
		});

		ProgressSheet sheet = parse(filled);

		assertThat(sheet.metadata(REPORTER)).map(Field::text).contains("王小明");
		assertThat(sheet.metadata(PHONE)).map(Field::text).contains("(02)2345-6789 #12");
		assertThat(sheet.metadata(REPORT_DATE).flatMap(ReportDates::parse)).contains(LocalDate.of(2018, 6, 28));
		assertThat(sheet.rows()).extracting(ProgressRow::rowNumber).containsExactly(11, 12, 13);

		ProgressRow completed = sheet.rows().get(0);
		assertThat(completed.status()).map(Field::ref).contains("進度回報!I11");
		assertThat(completed.status().map(Field::text).flatMap(ItemStatus::parse)).contains(ItemStatus.COMPLETED);
		assertThat(completed.cumulative()).map(Field::kind).contains(SheetCell.Kind.NUMBER);
		assertThat(completed.cumulative().flatMap(Quantities::parse)).contains(new BigDecimal("4"));
		assertThat(completed.completedOn()).map(Field::kind).contains(SheetCell.Kind.DATE);
		assertThat(completed.completedOn().flatMap(ReportDates::parse)).contains(LocalDate.of(2018, 3, 5));
		assertThat(completed.description()).map(Field::text).contains("3月5日辦理說明會\n參加人數 40 人");
		assertThat(completed.remark()).isEmpty();
		assertThat(completed.hasInput()).isTrue();

		ProgressRow inProgress = sheet.rows().get(1);
		assertThat(inProgress.status()).map(Field::text).contains("執行中");
		assertThat(inProgress.cumulative()).map(Field::kind).contains(SheetCell.Kind.TEXT);
		assertThat(inProgress.cumulative().flatMap(Quantities::parse)).contains(new BigDecimal("12"));
		assertThat(inProgress.remark()).map(Field::text).contains("下半年續辦");
		assertThat(inProgress.completedOn()).isEmpty();

		ProgressRow ongoing = sheet.rows().get(2);
		assertThat(ongoing.cumulative()).map(Field::kind).contains(SheetCell.Kind.NUMBER);
		assertThat(ongoing.cumulative().flatMap(Quantities::parse)).contains(new BigDecimal("12"));
		assertThat(ongoing.completedOn().flatMap(ReportDates::parse)).contains(LocalDate.of(2018, 6, 1));
	}

	@Test
	void findsColumnsByLabelWhateverTheirOrder() throws Exception {
		Path file = TestWorkbooks.write(dir.resolve("reordered.xlsx"), workbook -> {
			Sheet sheet = workbook.createSheet(SHEET);
			row(sheet, 1, OFFICE_CODE, "A01");
			row(sheet, 2, YEAR, 107);
			row(sheet, 3, QUARTER, 2);
			row(sheet, 5, REMARK, STATUS, "辦理人員", CODE, CUMULATIVE, STRATEGY, COMPLETED_ON, DESCRIPTION);
			row(sheet, 6, null, "已完成", "李四", "2.4", 3, "一、提升服務品質", "107/3/5", "辦理完成", null, null,
					"←請於6/30前回傳");
			row(sheet, 7, "無需辦理", "不適用", null, "1-1");
			sheet.setColumnHidden(5, true);
		});

		ProgressSheet sheet = parse(file);

		assertThat(sheet.headerRow()).isEqualTo(5);
		assertThat(sheet.columns()).containsExactly(Map.entry(REMARK, 0), Map.entry(STATUS, 1), Map.entry(CODE, 3),
				Map.entry(CUMULATIVE, 4), Map.entry(STRATEGY, 5), Map.entry(COMPLETED_ON, 6),
				Map.entry(DESCRIPTION, 7));
		assertThat(sheet.metadata(YEAR)).map(Field::kind).contains(SheetCell.Kind.NUMBER);
		assertThat(sheet.metadata(YEAR).map(PeriodFields::year)).hasValueSatisfying(year -> assertThat(year).hasValue(107));
		assertThat(sheet.metadata(QUARTER).flatMap(PeriodFields::quarter)).contains(2);
		ProgressRow first = sheet.rows().get(0);
		assertThat(first.code()).map(Field::ref).contains("進度回報!D6");
		assertThat(first.status()).map(Field::text).contains("已完成");
		assertThat(first.cell(STRATEGY)).map(Field::text).contains("一、提升服務品質");
		assertThat(first.cumulative()).map(Field::text).contains("3");
		// Neither the inserted column nor the note right of the table is part of the row.
		assertThat(first.cells()).containsOnlyKeys(CODE, STATUS, CUMULATIVE, STRATEGY, COMPLETED_ON, DESCRIPTION);
		ProgressRow second = sheet.rows().get(1);
		assertThat(second.code().flatMap(ItemCodes::normalize)).contains("1.1");
		assertThat(second.remark()).map(Field::text).contains("無需辦理");
		assertThat(second.status().map(Field::text).flatMap(ItemStatus::parse)).contains(ItemStatus.NOT_APPLICABLE);
		assertThat(sheet.identity()).isEmpty();
	}

	@Test
	void readsAHeaderOfTwoRowsWithMergedCells() throws Exception {
		Path file = TestWorkbooks.write(dir.resolve("merged.xlsx"), workbook -> {
			Sheet sheet = workbook.createSheet(SHEET);
			row(sheet, 1, "測試分局107年度服務品質計畫　第2季執行進度");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
			row(sheet, 2, OFFICE_CODE, "A01", null, OFFICE_NAME, "測試分局");
			row(sheet, 3, YEAR, "107", null, QUARTER, "2");
			row(sheet, 10, CODE, STRATEGY, ACTION, "辦理情形");
			row(sheet, 11, null, null, null, STATUS, CUMULATIVE, COMPLETED_ON, DESCRIPTION, REMARK);
			for (int c = 0; c < 3; c++) {
				sheet.addMergedRegion(new CellRangeAddress(9, 10, c, c));
			}
			sheet.addMergedRegion(new CellRangeAddress(9, 9, 3, 7));
			row(sheet, 12, "2.4", "二、便捷服務", "線上申辦", "執行中", 2);
		});

		ProgressSheet sheet = parse(file);

		assertThat(sheet.headerRow()).isEqualTo(10);
		assertThat(sheet.columns()).containsEntry(CODE, 0)
			.containsEntry(ACTION, 2)
			.containsEntry(STATUS, 3)
			.containsEntry(CUMULATIVE, 4)
			.containsEntry(REMARK, 7);
		assertThat(sheet.metadata(OFFICE_NAME)).map(Field::ref).contains("進度回報!E2");
		assertThat(sheet.metadata(QUARTER)).map(Field::text).contains("2");
		assertThat(sheet.rows()).singleElement().satisfies(row -> {
			assertThat(row.rowNumber()).isEqualTo(12);
			assertThat(row.status()).map(Field::text).contains("執行中");
			assertThat(row.cumulative().flatMap(Quantities::parse)).contains(new BigDecimal("2"));
		});
	}

	@Test
	void readsLabelsWithSpacesLineBreaksFullWidthFormsAndColons() throws Exception {
		Path file = TestWorkbooks.write(dir.resolve("labels.xlsx"), workbook -> {
			Sheet sheet = workbook.createSheet(SHEET);
			row(sheet, 1, "機 關 代 碼：", "  A01  ");
			row(sheet, 2, "計畫\n年度:", "民國107年");
			row(sheet, 3, "季　別", "第２季");
			row(sheet, 4, "填報人：王小明", null, "聯絡電話", null, "填報日期 ：", "１０７年６月２８日");
			row(sheet, 6, "項　次", "執行\n狀態", " 累計辦理數量（次） ", "完成日期\r\n(例:107/3/5)", "執行情形：", "備　註");
			row(sheet, 7, "２．４", "已完成", "１２", "１０７／３／５", "第一行\n第二行");
		});

		ProgressSheet sheet = parse(file);

		assertThat(sheet.metadata(OFFICE_CODE)).map(Field::text).contains("A01");
		assertThat(sheet.metadata(YEAR).map(PeriodFields::year)).hasValueSatisfying(year -> assertThat(year).hasValue(107));
		assertThat(sheet.metadata(QUARTER)).map(Field::text).contains("第２季");
		assertThat(sheet.metadata(QUARTER).flatMap(PeriodFields::quarter)).contains(2);
		// A label and its value in one cell; a label whose value cell is the next label is blank.
		assertThat(sheet.metadata(REPORTER)).map(Field::text).contains("王小明");
		assertThat(sheet.metadata(REPORTER)).map(Field::ref).contains("進度回報!A4");
		assertThat(sheet.metadata(PHONE)).hasValueSatisfying(phone -> {
			assertThat(phone.isBlank()).isTrue();
			assertThat(phone.ref()).isEqualTo("進度回報!D4");
		});
		assertThat(sheet.metadata(REPORT_DATE).flatMap(ReportDates::parse)).contains(LocalDate.of(2018, 6, 28));
		assertThat(sheet.columns()).containsExactly(Map.entry(CODE, 0), Map.entry(STATUS, 1), Map.entry(CUMULATIVE, 2),
				Map.entry(COMPLETED_ON, 3), Map.entry(DESCRIPTION, 4), Map.entry(REMARK, 5));
		ProgressRow row = sheet.rows().get(0);
		assertThat(row.code().flatMap(ItemCodes::normalize)).contains("2.4");
		assertThat(row.cumulative().flatMap(Quantities::parse)).contains(new BigDecimal("12"));
		assertThat(row.completedOn().flatMap(ReportDates::parse)).contains(LocalDate.of(2018, 3, 5));
		assertThat(row.description()).map(Field::text).contains("第一行\n第二行");
	}

	@Test
	void leavesOutBlankTotalsSignatureAndNoteRowsButKeepsEverythingElse() throws Exception {
		Path file = TestWorkbooks.write(dir.resolve("rows.xlsx"), workbook -> {
			Sheet sheet = workbook.createSheet(SHEET);
			row(sheet, 1, CODE, STRATEGY, STATUS, CUMULATIVE, COMPLETED_ON, DESCRIPTION);
			row(sheet, 2, "1.1", "一、提升服務品質", "已完成", 4, "107/3/5");
			row(sheet, 3, "", " ", "　");
			row(sheet, 5, null, "一、提升服務品質（續）");
			row(sheet, 6, "一、提升服務品質，深化服務績效");
			row(sheet, 7, "1.2", null, "執行中", 1);
			row(sheet, 8, CODE, STRATEGY, STATUS);
			row(sheet, 9, null, null, "未開始");
			row(sheet, 10, "二之1", null, "執行中", 2);
			row(sheet, 11, "合計", null, null, new TestWorkbooks.Formula("SUM(D2:D10)"));
			row(sheet, 12, null, "小計", null, 7);
			row(sheet, 13, "以下空白");
			row(sheet, 15, "承辦人：", null, "單位主管：", null, null, "機關首長：");
			row(sheet, 16, "核章");
			row(sheet, 17, "註：本表請於7月10日前回傳。");
			row(sheet, 18, "填報日期：107/7/5", null, null, null, null, null, "聯絡電話", "02-2345-6789");
			row(sheet, 19, "總計", null, "已完成");
			row(sheet, 20, null, null, null, 2, null, "說明會辦理2場");
			row(sheet, 21, null, null, null, null, null, "主管會報報告");
			row(sheet, 22, null, null, null, 5);
		});

		ProgressSheet sheet = parse(file);

		assertThat(sheet.rows()).extracting(ProgressRow::rowNumber).containsExactly(2, 6, 7, 9, 10, 19, 20, 21, 22);
		Map<Integer, ProgressRow> rows = new java.util.HashMap<>();
		sheet.rows().forEach(row -> rows.put(row.rowNumber(), row));
		// A heading typed between items: kept for the checks, recognisable by its lack of input.
		assertThat(rows.get(6).hasInput()).isFalse();
		assertThat(rows.get(6).code().flatMap(ItemCodes::normalize)).isEmpty();
		// Input without 項次, and an unreadable 項次: kept so that the checks can report them.
		assertThat(rows.get(9).code()).isEmpty();
		assertThat(rows.get(9).status()).map(Field::text).contains("未開始");
		assertThat(sheet.ref(CODE, 9)).contains("進度回報!A9");
		assertThat(rows.get(10).code()).map(Field::text).contains("二之1");
		assertThat(rows.get(10).code().flatMap(ItemCodes::normalize)).isEmpty();
		// A status under a totals label is not a sum: kept, and the checks report the 項次.
		assertThat(rows.get(19).status()).map(Field::text).contains("已完成");
		// Input that merely begins like a note or a signature is input; a lone figure is not a sum.
		assertThat(rows.get(20).description()).map(Field::text).contains("說明會辦理2場");
		assertThat(rows.get(21).hasInput()).isTrue();
		assertThat(rows.get(22).cumulative()).map(Field::text).contains("5");
		// Contact details typed under the table.
		assertThat(sheet.metadata(REPORT_DATE).flatMap(ReportDates::parse)).contains(LocalDate.of(2018, 7, 5));
		assertThat(sheet.metadata(PHONE)).map(Field::text).contains("02-2345-6789");
	}

	@Test
	void leavesOutSignatureTotalsAndDateLinesUnderTheLastItemWhereverTheyAreTyped() throws Exception {
		Path file = TestWorkbooks.write(dir.resolve("closing.xlsx"), workbook -> {
			Sheet sheet = workbook.createSheet("自行製表");
			row(sheet, 1, "機關代碼：A01");
			row(sheet, 2, CODE, ACTION, STATUS, CUMULATIVE, COMPLETED_ON, DESCRIPTION, REMARK);
			row(sheet, 3, "1.1", "線上申辦", "已完成", 3, LocalDate.of(2018, 4, 2), "已上線");
			row(sheet, 4, "1.2", "說明會", "執行中", 12, null, "辦理2場");
			// Under the table, in the columns an office happens to type them in.
			row(sheet, 5, null, null, "合計", new TestWorkbooks.Formula("SUM(D3:D4)"));
			row(sheet, 6, null, null, null, null, null, "總計：15件");
			row(sheet, 7, null, null, null, null, null, "填表人簽章：");
			row(sheet, 8, null, null, "承辦人：　　　主管：", null, null, null, "機關首長：");
			row(sheet, 9, null, null, null, null, null, "承辦人：王小明　單位主管：");
			row(sheet, 10, "中華民國107年7月5日");
			row(sheet, 11, null, null, null, null, LocalDate.of(2018, 7, 5));
			row(sheet, 12, null, null, null, null, null, "聯絡電話：02-2345-6789");
		});

		ProgressSheet sheet = parse(file);

		assertThat(sheet.rows()).extracting(ProgressRow::rowNumber).containsExactly(3, 4);
		assertThat(sheet.metadata(PHONE)).map(Field::text).contains("02-2345-6789");
	}

	@Test
	void keepsRowsWithout項次ThatLookLikeItemsOrSitBetweenItems() throws Exception {
		Path file = TestWorkbooks.write(dir.resolve("content.xlsx"), workbook -> {
			Sheet sheet = workbook.createSheet(SHEET);
			row(sheet, 1, CODE, ACTION, STATUS, CUMULATIVE, COMPLETED_ON, DESCRIPTION, REMARK);
			row(sheet, 2, "1.1", "線上申辦", "已完成", 3, LocalDate.of(2018, 4, 2), "已上線");
			// Between items: even a line that would be a signature under the table is the checks' to report.
			row(sheet, 3, null, null, null, null, null, "填表人簽章：");
			row(sheet, 4, null, null, "執行中", 2, null, "辦理2場");
			row(sheet, 5, "1.2", "說明會", "執行中", 12, null, "辦理2場");
			// Under the table, but an item's content: a status, a figure without a totals label, a description.
			row(sheet, 6, null, null, "已完成", null, LocalDate.of(2018, 5, 1));
			row(sheet, 7, null, null, null, 5);
			row(sheet, 8, null, null, null, 2, null, "另辦理宣導2場");
			row(sheet, 9, null, null, null, null, null, "主管會報報告");
			row(sheet, 10, "合計", null, "執行中", 15);
			row(sheet, 11, null, null, "差不多");
			// ... while a closing line beside them is still left out.
			row(sheet, 12, null, null, null, null, null, "填表人簽章：");
		});

		ProgressSheet sheet = parse(file);

		assertThat(sheet.rows()).extracting(ProgressRow::rowNumber).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
	}

	@Test
	void readsASheetTheOfficeTypedItself() throws Exception {
		Path file = TestWorkbooks.write(dir.resolve("typed.xlsx"), workbook -> {
			Sheet instructions = workbook.createSheet(INSTRUCTIONS_SHEET);
			row(instructions, 1, CODE, STATUS);
			Sheet notes = workbook.createSheet("說明");
			row(notes, 1, "本機關自行製表");
			Sheet sheet = workbook.createSheet("107 第2季");
			row(sheet, 1, "機關代碼：A01");
			row(sheet, 2, "計畫年度：107年");
			row(sheet, 3, "季別：Q2");
			row(sheet, 4, CODE, ACTION, STATUS, CUMULATIVE, COMPLETED_ON, DESCRIPTION, REMARK);
			row(sheet, 5, 2.4, "線上申辦", "完成", 3, LocalDate.of(2018, 4, 2), "已上線");
			Sheet later = workbook.createSheet("草稿");
			row(later, 1, CODE, STATUS);
			row(later, 2, "9.9", "已完成");
		});

		ProgressSheet sheet = parse(file);

		assertThat(sheet.sheetName()).isEqualTo("107 第2季");
		assertThat(sheet.identity()).isEmpty();
		assertThat(sheet.metadata(OFFICE_CODE)).map(Field::text).contains("A01");
		assertThat(sheet.metadata(YEAR).map(PeriodFields::year)).hasValueSatisfying(year -> assertThat(year).hasValue(107));
		assertThat(sheet.metadata(QUARTER).flatMap(PeriodFields::quarter)).contains(2);
		assertThat(sheet.rows()).singleElement().satisfies(row -> {
			assertThat(row.code()).map(Field::kind).contains(SheetCell.Kind.NUMBER);
			assertThat(row.code().flatMap(ItemCodes::normalize)).contains("2.4");
			assertThat(row.code()).map(Field::ref).contains("'107 第2季'!A5");
			assertThat(row.status().map(Field::text).flatMap(ItemStatus::parse)).contains(ItemStatus.COMPLETED);
			assertThat(row.completedOn().flatMap(ReportDates::parse)).contains(LocalDate.of(2018, 4, 2));
		});
	}

	@Test
	void prefersTheSheetNamed進度回報AndReadsTheIdentityWhereverItIs() throws Exception {
		Path file = TestWorkbooks.write(dir.resolve("named.xlsx"), workbook -> {
			Sheet identity = workbook.createSheet(IDENTITY_SHEET);
			row(identity, 1, ID_OFFICE_CODE, "A01");
			row(identity, 2, ID_QUARTER, 2);
			row(identity, 3, "", "orphan value");
			workbook.setSheetVisibility(0, SheetVisibility.VERY_HIDDEN);
			Sheet copy = workbook.createSheet("上季");
			row(copy, 1, CODE, STATUS);
			row(copy, 2, "2.4", "執行中");
			Sheet sheet = workbook.createSheet(" 進度回報 ");
			row(sheet, 1, CODE, STATUS);
			row(sheet, 2, "2.4", "已完成");
		});

		ProgressSheet sheet = parse(file);

		assertThat(sheet.sheetName()).isEqualTo(" 進度回報 ");
		assertThat(sheet.rows()).singleElement()
			.satisfies(row -> assertThat(row.status()).map(Field::text).contains("已完成"));
		assertThat(sheet.identity()).containsExactly(Map.entry(ID_OFFICE_CODE, "A01"), Map.entry(ID_QUARTER, "2"));
	}

	@Test
	void readsAnotherSheetWhen進度回報HasNoHeader() throws Exception {
		Path file = TestWorkbooks.write(dir.resolve("emptied.xlsx"), workbook -> {
			row(workbook.createSheet(SHEET), 1, "（本表改用工作表2）");
			Sheet sheet = workbook.createSheet("工作表2");
			row(sheet, 1, CODE, STATUS);
			row(sheet, 2, "2.4", "已完成");
		});

		assertThat(parse(file).sheetName()).isEqualTo("工作表2");
	}

	@Test
	void refusesAWorkbookWithoutAHeaderRow() throws Exception {
		Path file = TestWorkbooks.write(dir.resolve("no-header.xlsx"), workbook -> {
			Sheet sheet = workbook.createSheet("Sheet1");
			row(sheet, 1, "機關代碼", "A01");
			row(sheet, 2, "編號", "狀態", "數量");
			row(sheet, 3, "2.4", "已完成", 3);
			row(workbook.createSheet(INSTRUCTIONS_SHEET), 1, CODE, STATUS);
		});

		assertThatExceptionOfType(ProgressSheetException.class).isThrownBy(() -> parse(file))
			.withMessageContaining("找不到進度回報表")
			.withMessageContaining("「項次」與「執行狀態」")
			.satisfies(ex -> assertThat(ex.cellRef()).isEqualTo("Sheet1!A1"));
	}

	@Test
	void refuses進度回報WithoutAHeaderRow() throws Exception {
		Path file = TestWorkbooks.write(dir.resolve("broken-header.xlsx"), workbook -> {
			Sheet sheet = workbook.createSheet(SHEET);
			row(sheet, 1, CODE, "狀況");
			row(sheet, 2, "2.4", "已完成");
		});

		assertThatExceptionOfType(ProgressSheetException.class).isThrownBy(() -> parse(file))
			.withMessageStartingWith("工作表「進度回報」找不到標題列")
			.satisfies(ex -> assertThat(ex.cellRef()).isEqualTo("進度回報!A1"));
	}

	@Test
	void quotesSheetNamesInReferencesTheWayExcelDoes() {
		assertThat(new Field("x", SheetCell.Kind.TEXT, SHEET, 14, 6).ref()).isEqualTo("進度回報!G14");
		assertThat(new Field("x", SheetCell.Kind.TEXT, "Sheet1", 1, 27).ref()).isEqualTo("Sheet1!AB1");
		assertThat(new Field("x", SheetCell.Kind.TEXT, "O'Brien 表", 2, 0).ref()).isEqualTo("'O''Brien 表'!A2");
		assertThat(new Field("x", SheetCell.Kind.TEXT, "107年", 2, 0).ref()).isEqualTo("'107年'!A2");
	}

	private Path template() throws Exception {
		Office office = new Office("A01", "測試分局", "A00", Office.Contact.NONE);
		List<Strategy> strategies = List.of(new Strategy(1, "提升服務品質，深化服務績效"), new Strategy(2, "便捷服務"));
		List<PlanItem> items = List.of(item("1.1", 1, new Target(4, "次", Frequency.YEARLY)), item("2.4", 2, null),
				item("1.5.3", 1, null));
		Plan plan = new Plan("A01", 107, "服務品質提升計畫", "seed", strategies, items);
		Path file = dir.resolve("template.xlsx");
		new ProgressTemplateWriter().write(office, plan, new ReportingPeriod(107, 2), Map.of(),
				LocalDateTime.of(2018, 6, 1, 8, 0), file);
		return file;
	}

	private static PlanItem item(String code, int strategy, Target target) {
		return new PlanItem(code, strategy, null, "項目 " + code + " 的具體推動作法", null, new Deadline.None(),
				List.of("秘書室"), null, target, null, null);
	}

}
