package tw.gov.quality.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.plan.Deadline;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.progress.Field;
import tw.gov.quality.progress.ItemCodes;
import tw.gov.quality.progress.ItemStatus;
import tw.gov.quality.progress.Periods;
import tw.gov.quality.progress.ProgressRow;
import tw.gov.quality.progress.ProgressSheet;
import tw.gov.quality.progress.Quantities;
import tw.gov.quality.progress.ReportDates;

import static tw.gov.quality.progress.ProgressSheetLayout.*;

/**
 * Checks what an office reported against its plan and its previous accepted quarter. Errors refuse
 * the file; warnings are kept for the quarterly report. Every finding names its cell and says how
 * to fix it, so the office can correct its sheet from the receipt alone.
 */
public class SheetValidator {

	private final PlanLookup plans;

	private final PreviousLookup previous;

	public SheetValidator(PlanLookup plans, PreviousLookup previous) {
		this.plans = plans;
		this.previous = previous;
	}

	public Validation validate(ProgressSheet sheet, String folderOffice) {
		List<Finding> findings = new ArrayList<>();
		checkOffice(sheet, folderOffice, findings);
		OptionalInt year = sheet.metadata(YEAR).map(Periods::year).orElse(OptionalInt.empty());
		Optional<Integer> quarter = sheet.metadata(QUARTER).flatMap(Periods::quarter);
		if (year.isEmpty()) {
			findings.add(new Finding(Rule.YEAR_UNREADABLE, metadataCell(sheet, YEAR), null,
					"計畫年度「" + metadataText(sheet, YEAR) + "」無法辨識",
					"請在「計畫年度」右邊填民國年，例如 107"));
		}
		if (quarter.isEmpty()) {
			findings.add(new Finding(Rule.QUARTER_UNREADABLE, metadataCell(sheet, QUARTER), null,
					"季別「" + metadataText(sheet, QUARTER) + "」無法辨識", "請在「季別」右邊填 1 到 4 的數字，例如 2"));
		}
		if (year.isPresent() && quarter.isPresent()) {
			checkIdentityPeriod(sheet, year.getAsInt(), quarter.get(), findings);
		}
		if (!findings.isEmpty()) {
			return new Validation(null, null, List.of(), findings);
		}
		ReportingPeriod period = new ReportingPeriod(year.getAsInt(), quarter.get());
		Optional<Plan> plan = plans.planFor(folderOffice, period.rocYear());
		if (plan.isEmpty()) {
			findings.add(new Finding(Rule.NO_PLAN, metadataCell(sheet, YEAR), null,
					"系統中沒有貴機關 " + period.rocYear() + " 年度的執行計畫",
					"請確認計畫年度是否填錯；若年度無誤，請洽上級機關登錄貴機關的年度計畫"));
			return new Validation(period, null, List.of(), findings);
		}
		List<ReportedItem> items = checkItems(sheet, plan.get(), period,
				previous.previousAccepted(folderOffice, period), findings);
		return new Validation(period, plan.get(), items, findings);
	}

	private void checkOffice(ProgressSheet sheet, String folderOffice, List<Finding> findings) {
		Optional<Field> office = sheet.metadata(OFFICE_CODE).filter(field -> !field.isBlank());
		if (office.isEmpty()) {
			findings.add(new Finding(Rule.OFFICE_MISSING, metadataCell(sheet, OFFICE_CODE), null, "表頭找不到「機關代碼」",
					"請在表頭「機關代碼」右邊的儲存格填入貴機關代碼 " + folderOffice));
		}
		else if (!office.get().text().strip().equalsIgnoreCase(folderOffice)) {
			findings.add(new Finding(Rule.OFFICE_MISMATCH, office.get().ref(), null,
					"表上的機關代碼是「" + office.get().text() + "」，但檔案放在 " + folderOffice + " 的資料夾",
					"請確認是否放錯資料夾或用錯範本；貴機關的代碼是 " + folderOffice));
		}
		sheet.identity(ID_OFFICE_CODE)
			.filter(code -> !code.equalsIgnoreCase(folderOffice))
			.ifPresent(code -> findings.add(new Finding(Rule.IDENTITY_MISMATCH, IDENTITY_SHEET + "!B1", null,
					"這份範本是系統產生給 " + code + " 的，不能用來回報 " + folderOffice,
					"請下載並使用貴機關（" + folderOffice + "）自己的範本")));
	}

	private void checkIdentityPeriod(ProgressSheet sheet, int year, int quarter, List<Finding> findings) {
		Optional<String> templateYear = sheet.identity(ID_ROC_YEAR);
		Optional<String> templateQuarter = sheet.identity(ID_QUARTER);
		if (templateYear.isPresent() && !templateYear.get().equals(String.valueOf(year))) {
			findings.add(new Finding(Rule.IDENTITY_MISMATCH, metadataCell(sheet, YEAR), null,
					"這份範本是 " + templateYear.get() + " 年度的，但表上的計畫年度寫 " + year,
					"請將計畫年度改回 " + templateYear.get() + "，或改用 " + year + " 年度的範本"));
		}
		if (templateQuarter.isPresent() && !templateQuarter.get().equals(String.valueOf(quarter))) {
			findings.add(new Finding(Rule.IDENTITY_MISMATCH, metadataCell(sheet, QUARTER), null,
					"這份範本是第 " + templateQuarter.get() + " 季的，但表上的季別寫 " + quarter,
					"請將季別改回 " + templateQuarter.get() + "，或改用第 " + quarter + " 季的範本"));
		}
	}

	private List<ReportedItem> checkItems(ProgressSheet sheet, Plan plan, ReportingPeriod period,
			Map<String, ReportedItem> before, List<Finding> findings) {
		Map<String, ReportedItem> reported = new LinkedHashMap<>();
		Map<String, Integer> rowOf = new LinkedHashMap<>();
		for (ProgressRow row : sheet.rows()) {
			String codeCell = cell(sheet, CODE, row.rowNumber());
			Optional<Field> codeField = row.code();
			Optional<String> code = codeField.flatMap(ItemCodes::normalize);
			if (code.isEmpty()) {
				String text = codeField.map(Field::text).orElse("");
				findings.add(new Finding(Rule.ITEM_CODE_UNREADABLE, codeCell, null,
						text.isEmpty() ? "這一列有填報內容，但「項次」空白" : "項次「" + text + "」無法辨識",
						"請填入計畫的項次，例如 2.4；非計畫項目的列請刪除"));
				continue;
			}
			Optional<PlanItem> item = plan.item(code.get());
			if (item.isEmpty()) {
				findings.add(new Finding(Rule.ITEM_UNKNOWN, codeCell, code.get(),
						"項次 " + code.get() + " 不在貴機關 " + plan.rocYear() + " 年度執行計畫中",
						"請確認項次是否打錯；計畫項目請以系統產生的範本為準，不要自行增列"));
				continue;
			}
			Integer first = rowOf.putIfAbsent(code.get(), row.rowNumber());
			if (first != null) {
				findings.add(new Finding(Rule.ITEM_DUPLICATED, codeCell, code.get(),
						"項次 " + code.get() + " 重複出現（第 " + first + " 列與第 " + row.rowNumber() + " 列）",
						"請刪除重複的列，每個項次只填一列"));
				continue;
			}
			checkItem(sheet, row, item.get(), period, before.get(code.get()), findings)
				.ifPresent(reportedItem -> reported.put(reportedItem.itemCode(), reportedItem));
		}
		List<ReportedItem> inPlanOrder = new ArrayList<>();
		for (PlanItem item : plan.items()) {
			if (!rowOf.containsKey(item.code())) {
				findings.add(new Finding(Rule.ITEM_MISSING, sheet.sheetName(), item.code(),
						"缺少項次 " + item.code() + "（" + abbreviate(item.action()) + "）",
						"請補上這一項的填報列；可重新下載本季範本對照"));
			}
			else if (reported.containsKey(item.code())) {
				inPlanOrder.add(reported.get(item.code()));
			}
		}
		return inPlanOrder;
	}

	private Optional<ReportedItem> checkItem(ProgressSheet sheet, ProgressRow row, PlanItem item,
			ReportingPeriod period, ReportedItem before, List<Finding> findings) {
		int errorsBefore = errorCount(findings);
		int r = row.rowNumber();
		String code = item.code();
		ItemStatus status = null;
		Optional<Field> statusField = row.status().filter(field -> !field.isBlank());
		if (statusField.isEmpty()) {
			findings.add(new Finding(Rule.STATUS_MISSING, cell(sheet, STATUS, r), code, "項次 " + code + " 的執行狀態空白",
					"請從下拉選單選擇執行狀態：" + String.join("、", STATUSES)));
		}
		else {
			status = ItemStatus.parse(statusField.get().text()).orElse(null);
			if (status == null) {
				findings.add(new Finding(Rule.STATUS_UNREADABLE, statusField.get().ref(), code,
						"項次 " + code + " 的執行狀態「" + statusField.get().text() + "」無法辨識",
						"請改填：" + String.join("、", STATUSES)));
			}
		}
		BigDecimal cumulative = null;
		Optional<Field> cumulativeField = row.cumulative().filter(field -> !field.isBlank());
		if (cumulativeField.isPresent()) {
			cumulative = Quantities.parse(cumulativeField.get()).filter(value -> value.signum() >= 0).orElse(null);
			if (cumulative == null) {
				findings.add(new Finding(Rule.QUANTITY_UNREADABLE, cumulativeField.get().ref(), code,
						"項次 " + code + " 的累計辦理數量「" + cumulativeField.get().text() + "」不是數字",
						"請只填阿拉伯數字，例如 3；單位與說明請寫在執行情形或備註"));
			}
		}
		LocalDate completedOn = null;
		Optional<Field> dateField = row.completedOn().filter(field -> !field.isBlank());
		if (dateField.isPresent()) {
			completedOn = ReportDates.parse(dateField.get()).orElse(null);
			if (completedOn == null) {
				findings.add(new Finding(Rule.DATE_UNREADABLE, dateField.get().ref(), code,
						"項次 " + code + " 的完成日期「" + dateField.get().text() + "」無法辨識",
						"請填日期，例如 " + period.rocYear() + "/3/5 或 " + period.adYear() + "-03-05"));
			}
			else if (completedOn.getYear() != period.adYear()) {
				findings.add(new Finding(Rule.DATE_OUTSIDE_YEAR, dateField.get().ref(), code,
						"項次 " + code + " 的完成日期 " + RocDates.slashed(completedOn) + " 不在計畫年度（" + period.rocYear() + " 年）內",
						"請確認日期是否打錯；完成日期須在 " + period.rocYear() + " 年 1 月 1 日至 12 月 31 日之間"));
				completedOn = null;
			}
		}
		if (status == ItemStatus.COMPLETED && dateField.isEmpty()) {
			findings.add(new Finding(Rule.COMPLETED_WITHOUT_DATE, cell(sheet, COMPLETED_ON, r), code,
					"項次 " + code + " 已完成，但沒有填完成日期", "請填入完成日期，例如 " + period.rocYear() + "/3/5"));
		}
		if (before != null && before.cumulative() != null && cumulative != null
				&& cumulative.compareTo(before.cumulative()) < 0) {
			findings.add(new Finding(Rule.CUMULATIVE_DECREASED, cumulativeField.get().ref(), code,
					"項次 " + code + " 的累計辦理數量 " + cumulative.toPlainString() + " 少於上季已報的 "
							+ before.cumulative().toPlainString(),
					"累計數量是自年初起的總數，不可少於上季；請填入至本季底的累計數"));
		}
		if (errorCount(findings) > errorsBefore || status == null) {
			return Optional.empty();
		}
		String description = row.description().map(Field::text).orElse("");
		String remark = row.remark().map(Field::text).orElse("");
		warnings(sheet, row, item, period, before, status, cumulative, description, remark, findings);
		return Optional.of(new ReportedItem(code, status, cumulative, completedOn, blankToNull(description),
				blankToNull(remark)));
	}

	private void warnings(ProgressSheet sheet, ProgressRow row, PlanItem item, ReportingPeriod period,
			ReportedItem before, ItemStatus status, BigDecimal cumulative, String description, String remark,
			List<Finding> findings) {
		int r = row.rowNumber();
		String code = item.code();
		String cumulativeCell = cell(sheet, CUMULATIVE, r);
		if (item.target() != null && status != ItemStatus.NOT_APPLICABLE) {
			BigDecimal done = cumulative == null ? BigDecimal.ZERO : cumulative;
			int annual = item.target().annualQuantity();
			if (period.quarter() == 4 && done.compareTo(BigDecimal.valueOf(annual)) < 0) {
				findings.add(new Finding(Rule.BELOW_ANNUAL_TARGET, cumulativeCell, code,
						"項次 " + code + " 全年累計 " + done.toPlainString() + item.target().unit() + "，未達年度目標 " + annual
								+ item.target().unit(),
						"請在執行情形或備註說明未達目標的原因"));
			}
			else if (period.quarter() < 4) {
				int expected = item.target().expectedByQuarter(period.quarter());
				if (done.compareTo(BigDecimal.valueOf(expected)) < 0) {
					findings.add(new Finding(Rule.BEHIND_PACE, cumulativeCell, code,
							"項次 " + code + " 累計 " + done.toPlainString() + item.target().unit() + "，落後進度（年度目標 "
									+ annual + item.target().unit() + "，至第 " + period.quarter() + " 季應達 " + expected
									+ item.target().unit() + "）",
							"請加緊辦理，並在執行情形說明落後原因與改善作法"));
				}
			}
		}
		if (item.deadline() instanceof Deadline.Fixed fixed && !fixed.due().isAfter(period.lastDay())
				&& status != ItemStatus.COMPLETED && status != ItemStatus.NOT_APPLICABLE) {
			findings.add(new Finding(Rule.DEADLINE_PASSED, cell(sheet, STATUS, r), code,
					"項次 " + code + " 的完成期限「" + fixed.text() + "」已過，但執行狀態為「" + status.label() + "」",
					"若已完成請改為「已完成」並填完成日期；未完成請在執行情形說明原因與預定完成時間"));
		}
		if (!description.isBlank() && before != null && description.strip().equals(
				before.description() == null ? null : before.description().strip())) {
			findings.add(new Finding(Rule.SAME_AS_PREVIOUS, cell(sheet, DESCRIPTION, r), code,
					"項次 " + code + " 的執行情形與上季完全相同", "請具體描述本季新增的辦理內容"));
		}
		if (status == ItemStatus.NOT_APPLICABLE && remark.isBlank()) {
			findings.add(new Finding(Rule.NOT_APPLICABLE_WITHOUT_REASON, cell(sheet, REMARK, r), code,
					"項次 " + code + " 填「不適用」但備註沒有說明原因", "請在備註說明本項不適用的原因"));
		}
		if (description.isBlank() && status != ItemStatus.NOT_STARTED && status != ItemStatus.NOT_APPLICABLE) {
			findings.add(new Finding(Rule.DESCRIPTION_MISSING, cell(sheet, DESCRIPTION, r), code,
					"項次 " + code + " 的執行情形空白", "請簡要描述本期辦理情形（做了什麼、幾次、成效）"));
		}
	}

	private static int errorCount(List<Finding> findings) {
		return (int) findings.stream().filter(Finding::isError).count();
	}

	private static String cell(ProgressSheet sheet, String label, int row) {
		return sheet.ref(label, row).orElse(sheet.sheetName() + " 第 " + row + " 列");
	}

	private static String metadataCell(ProgressSheet sheet, String label) {
		return sheet.metadata(label).map(Field::ref).orElse(sheet.sheetName());
	}

	private static String metadataText(ProgressSheet sheet, String label) {
		return sheet.metadata(label).map(Field::text).orElse("");
	}

	private static String abbreviate(String text) {
		String oneLine = text.replace('\n', ' ');
		return oneLine.length() <= 24 ? oneLine : oneLine.substring(0, 24) + "…";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
