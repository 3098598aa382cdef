package tw.gov.quality.validation;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import tw.gov.quality.progress.ProgressSheetLayout;

/**
 * IDENTITY_MISMATCH: 計畫年度 and 季別 agree with the period the template was generated for. Checked
 * only once both can be read.
 *
 * @param identityKey where the template keeps its own value, in the identity sheet
 * @param name how a message names a value: {@code  104 年度}, {@code 第 2 季}
 */
record TemplatePeriodRule(String label, String identityKey, Function<SheetHeader, Optional<Integer>> value,
		UnaryOperator<String> name) implements SheetRule {

	static final TemplatePeriodRule YEAR = new TemplatePeriodRule(ProgressSheetLayout.YEAR,
			ProgressSheetLayout.ID_ROC_YEAR, SheetHeader::year, year -> " " + year + " 年度");

	static final TemplatePeriodRule QUARTER = new TemplatePeriodRule(ProgressSheetLayout.QUARTER,
			ProgressSheetLayout.ID_QUARTER, SheetHeader::quarter, quarter -> "第 " + quarter + " 季");

	@Override
	public Optional<Finding> check(SheetHeader header) {
		if (header.year().isEmpty() || header.quarter().isEmpty()) {
			return Optional.empty();
		}
		String written = String.valueOf(value.apply(header).orElseThrow());
		return header.sheet()
			.identity(identityKey)
			.filter(template -> !template.equals(written))
			.map(template -> new Finding(Rule.IDENTITY_MISMATCH, header.metadataCell(label), null,
					"這份範本是" + name.apply(template) + "的，但表上的" + label + "寫 " + written,
					"請將" + label + "改回 " + template + "，或改用" + name.apply(written) + "的範本"));
	}

}
