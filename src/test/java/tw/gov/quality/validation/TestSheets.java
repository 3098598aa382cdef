package tw.gov.quality.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.Deadline;
import tw.gov.quality.plan.Frequency;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.plan.Target;
import tw.gov.quality.progress.Field;
import tw.gov.quality.progress.ProgressRow;
import tw.gov.quality.progress.ProgressSheet;
import tw.gov.quality.spreadsheet.SheetCell;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.progress.ProgressSheetLayout.*;

/**
 * Sheets, plans and contexts built in code for the rule tests, laid out as the generated template
 * lays them out: 機關代碼 in B2, 計畫年度 B4, 季別 B5; 項次 in column A, 執行狀態 I, 累計辦理數量 J,
 * 完成日期 K, 執行情形 L, 備註 M; the first item on row 11.
 */
final class TestSheets {

	static final String OFFICE = "AEA-TXG";

	static final ReportingPeriod Q2 = new ReportingPeriod(104, 2);

	private static final Map<String, Integer> COLUMNS = Map.of(CODE, 0, STATUS, 8, CUMULATIVE, 9, COMPLETED_ON, 10,
			DESCRIPTION, 11, REMARK, 12);

	private static final Map<String, Integer> METADATA_ROWS = Map.of(OFFICE_CODE, 2, YEAR, 4, QUARTER, 5);

	private final Map<String, Field> metadata = new LinkedHashMap<>();

	private final Map<String, String> identity = new LinkedHashMap<>();

	private final List<ProgressRow> rows = new ArrayList<>();

	private TestSheets() {
	}

	/** AEA-TXG's own 104 第 2 季 template with its header as generated, and no rows yet. */
	static TestSheets sheet() {
		return new TestSheets().metadata(OFFICE_CODE, OFFICE)
			.metadata(YEAR, "104")
			.metadata(QUARTER, "2")
			.identity(ID_OFFICE_CODE, OFFICE)
			.identity(ID_ROC_YEAR, "104")
			.identity(ID_QUARTER, "2");
	}

	/** Writes a header value next to its label (B2, B4, B5). */
	TestSheets metadata(String label, String text) {
		metadata.put(label, new Field(text, SheetCell.Kind.TEXT, SHEET, METADATA_ROWS.get(label), 1));
		return this;
	}

	/** Removes a header label altogether. */
	TestSheets without(String label) {
		metadata.remove(label);
		return this;
	}

	TestSheets identity(String key, String value) {
		identity.put(key, value);
		return this;
	}

	/** As if the office had copied the visible sheet into a workbook of its own. */
	TestSheets withoutIdentity() {
		identity.clear();
		return this;
	}

	TestSheets row(Row row) {
		rows.add(row.build());
		return this;
	}

	ProgressSheet build() {
		return new ProgressSheet(SHEET, metadata, identity, COLUMNS, 10, rows);
	}

	/** The header as checked when the file arrives in AEA-TXG's folder. */
	SheetHeader header() {
		return SheetHeader.read(build(), OFFICE);
	}

	SheetContext context(Plan plan, ReportingPeriod period, Map<String, ReportedItem> previous) {
		return SheetContext.of(build(), plan, period, previous);
	}

	/** The row at {@code index} (zero-based) of this 104 第 2 季 sheet, checked against the plan. */
	RowContext rowContext(Plan plan, int index) {
		SheetContext context = context(plan, Q2, Map.of());
		return RowContext.of(context, context.sheet().rows().get(index));
	}

	/** A table row as an office fills it in; cells left out are blank. */
	static Row row(int number, String code) {
		return row(number).with(CODE, code);
	}

	/** A table row without a 項次. */
	static Row row(int number) {
		return new Row(number);
	}

	static final class Row {

		private final int number;

		private final Map<String, Field> cells = new LinkedHashMap<>();

		private Row(int number) {
			this.number = number;
		}

		Row with(String label, String text) {
			cells.put(label, new Field(text, SheetCell.Kind.TEXT, SHEET, number, COLUMNS.get(label)));
			return this;
		}

		Row status(String text) {
			return with(STATUS, text);
		}

		Row cumulative(String text) {
			return with(CUMULATIVE, text);
		}

		Row completedOn(String text) {
			return with(COMPLETED_ON, text);
		}

		Row description(String text) {
			return with(DESCRIPTION, text);
		}

		Row remark(String text) {
			return with(REMARK, text);
		}

		ProgressRow build() {
			return new ProgressRow(number, cells);
		}

	}

	static Plan plan(PlanItem... items) {
		return new Plan(OFFICE, 104, "104年度服務品質執行計畫", "test", List.of(), List.of(items));
	}

	static PlanItem item(String code) {
		return item(code, null, new Deadline.None());
	}

	static PlanItem item(String code, Target target, Deadline deadline) {
		return new PlanItem(code, 1, null, "辦理櫃台環境改善，提供民眾舒適洽公空間並定期檢討改善成效", null, deadline, List.of("秘書室"), null,
				target, null, null);
	}

	/** A plan item's row checked on its own, on row 11 of a sheet for the period. */
	static ItemContext item(PlanItem planItem, ReportingPeriod period, Map<String, ReportedItem> previous, Row row) {
		SheetContext context = sheet().row(row).context(plan(planItem), period, previous);
		return ItemContext.of(context, context.sheet().rows().get(0), planItem);
	}

	/** An item with a yearly target ({@code count} {@code unit} a year), its row checked in a quarter of 104. */
	static ItemContext targeted(int count, String unit, int quarter, Row row) {
		PlanItem planItem = item(row.build().code().orElseThrow().text(), new Target(count, unit, Frequency.YEARLY),
				new Deadline.None());
		return item(planItem, new ReportingPeriod(104, quarter), Map.of(), row);
	}

	/** Item 1.1 (no target, no deadline) on row 11 of the 104 第 2 季 sheet, with no earlier quarter. */
	static ItemContext item(Row row) {
		return item(item("1.1"), Q2, Map.of(), row);
	}

	/** What an office is told: the rule, its severity, the cell, and a phrase of the message. */
	static void assertFinding(Optional<Finding> found, Rule rule, Severity severity, String cell, String phrase) {
		assertThat(found).as("finding").isPresent();
		Finding finding = found.get();
		assertThat(finding.rule()).isEqualTo(rule);
		assertThat(finding.severity()).isEqualTo(severity);
		assertThat(finding.cell()).isEqualTo(cell);
		assertThat(finding.message()).contains(phrase);
		assertThat(finding.fix()).isNotBlank();
	}

}
