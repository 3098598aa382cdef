package tw.gov.quality.demo;

import java.time.LocalDate;

/**
 * What an office types for one plan item, a row of a {@code demo/<office>-<year>.tsv}.
 *
 * @param status 執行狀態 as typed
 * @param cumulative 累計辦理數量: a number is written as a number, anything else as the text typed
 * @param completedOn 完成日期, {@code null} when left empty
 */
record ItemText(String code, String status, String cumulative, LocalDate completedOn, String description,
		String remark) {
}
