package tw.gov.quality.progress;

import java.util.List;

/**
 * The office-facing progress sheet (../shared/spec/progress-sheet.md): the labels the template
 * writes and ingestion looks for. Readers find columns by these labels, never by position.
 */
public final class ProgressSheetLayout {

	public static final String SHEET = "進度回報";

	public static final String INSTRUCTIONS_SHEET = "填寫說明";

	/** Very hidden: the identification a person cannot break by editing the visible sheet. */
	public static final String IDENTITY_SHEET = "_identity";

	public static final String OFFICE_CODE = "機關代碼";

	public static final String OFFICE_NAME = "機關名稱";

	public static final String YEAR = "計畫年度";

	public static final String QUARTER = "季別";

	public static final String REPORTER = "填報人";

	public static final String PHONE = "聯絡電話";

	public static final String REPORT_DATE = "填報日期";

	public static final String CODE = "項次";

	public static final String STRATEGY = "實施要項";

	public static final String ACTION = "具體推動作法";

	public static final String DEADLINE = "完成期限";

	public static final String UNITS = "承辦單位";

	public static final String TARGET = "年度目標";

	public static final String PREVIOUS_CUMULATIVE = "上季累計數量";

	public static final String PREVIOUS_STATUS = "上季執行狀態";

	public static final String STATUS = "執行狀態";

	public static final String CUMULATIVE = "累計辦理數量";

	public static final String COMPLETED_ON = "完成日期";

	public static final String DESCRIPTION = "執行情形";

	public static final String REMARK = "備註";

	public static final List<String> READ_ONLY_COLUMNS = List.of(CODE, STRATEGY, ACTION, DEADLINE, UNITS, TARGET,
			PREVIOUS_CUMULATIVE, PREVIOUS_STATUS);

	public static final List<String> INPUT_COLUMNS = List.of(STATUS, CUMULATIVE, COMPLETED_ON, DESCRIPTION, REMARK);

	/** 執行狀態 as the drop-down offers it; readers also accept the synonyms in the spec. */
	public static final List<String> STATUSES = List.of("已完成", "執行中", "持續辦理", "未開始", "不適用");

	/** Keys of the identity sheet, column A; values in column B. Also workbook names QP_*. */
	public static final String ID_OFFICE_CODE = "office_code";

	public static final String ID_ROC_YEAR = "roc_year";

	public static final String ID_QUARTER = "quarter";

	public static final String ID_PLAN = "plan";

	public static final String ID_GENERATED_AT = "generated_at";

	private ProgressSheetLayout() {
	}

}
