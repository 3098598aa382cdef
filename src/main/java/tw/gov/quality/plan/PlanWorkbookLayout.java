package tw.gov.quality.plan;

import java.util.List;

/** The plan workbook format under input-templates/plans/: one sheet, metadata pairs, then one row per item. */
final class PlanWorkbookLayout {

	static final String SHEET = "計畫";

	static final String OFFICE_CODE = "機關代碼";

	static final String OFFICE_NAME = "機關名稱";

	static final String YEAR = "計畫年度";

	static final String TITLE = "計畫名稱";

	static final String SOURCE = "來源文件";

	/** Optional 考核 settings (seed 000): 1000 / 750 / 每半年 / 10. */
	static final String EVALUATION_TOTAL = "考核總分";

	static final String EVALUATION_PASS = "考核及格分數";

	static final String EVALUATION_RHYTHM = "考核週期";

	static final String EVALUATION_RECORD_DAYS = "評分紀錄報送天數";

	static final List<String> EVALUATION = List.of(EVALUATION_TOTAL, EVALUATION_PASS, EVALUATION_RHYTHM,
			EVALUATION_RECORD_DAYS);

	static final String CODE = "項次";

	static final String STRATEGY = "實施要項";

	static final String WORK_ITEM = "工作項目";

	static final String ACTION = "具體推動作法";

	static final String METHOD = "執行方法";

	static final String DEADLINE = "完成期限";

	static final String UNITS = "承辦單位";

	static final String BENEFIT = "預期效益";

	static final String TARGET_QUANTITY = "目標數量";

	static final String TARGET_UNIT = "目標單位";

	static final String TARGET_PERIOD = "目標週期";

	static final String MASTER_ITEM = "對應母計畫項次";

	static final String NOTE = "備註";

	static final List<String> COLUMNS = List.of(CODE, STRATEGY, WORK_ITEM, ACTION, METHOD, DEADLINE, UNITS, BENEFIT,
			TARGET_QUANTITY, TARGET_UNIT, TARGET_PERIOD, MASTER_ITEM, NOTE);

	static final List<String> REQUIRED_COLUMNS = List.of(CODE, STRATEGY, ACTION, DEADLINE, UNITS, BENEFIT);

	private PlanWorkbookLayout() {
	}

}
