package tw.gov.quality.validation;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.progress.ProgressSheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static tw.gov.quality.progress.ProgressSheetLayout.ID_OFFICE_CODE;
import static tw.gov.quality.progress.ProgressSheetLayout.OFFICE_CODE;
import static tw.gov.quality.progress.ProgressSheetLayout.YEAR;
import static tw.gov.quality.validation.TestSheets.OFFICE;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.plan;
import static tw.gov.quality.validation.TestSheets.row;
import static tw.gov.quality.validation.TestSheets.sheet;

/** The order the rules run in and where a finding stops the check; each rule has its own tests. */
class SheetValidatorTests {

	private final Plan plan = plan(item("1.1"), item("1.2"), item("1.3"));

	private Validation validate(ProgressSheet sheet) {
		return new SheetValidator((office, year) -> office.equals(OFFICE) && year == 104 ? Optional.of(plan)
				: Optional.empty(), (office, period) -> Map.of()).validate(sheet, OFFICE);
	}

	@Test
	void headerFindingsComeInOrderAndStopTheCheckBeforeThePlan() {
		Validation validation = validate(sheet().metadata(OFFICE_CODE, "AEA-TPE")
			.identity(ID_OFFICE_CODE, "AEA-TPE")
			.metadata(YEAR, "明年")
			.row(row(11, "9.9"))
			.build());
		assertThat(validation.accepted()).isFalse();
		assertThat(validation.period()).isNull();
		assertThat(validation.findings()).extracting(Finding::rule)
			.containsExactly(Rule.OFFICE_MISMATCH, Rule.IDENTITY_MISMATCH, Rule.YEAR_UNREADABLE);
	}

	@Test
	void aYearWithoutAPlanIsTheOnlyFinding() {
		Validation validation = validate(sheet().withoutIdentity().metadata(YEAR, "110").row(row(11, "9.9")).build());
		assertThat(validation.period()).isEqualTo(new ReportingPeriod(110, 2));
		assertThat(validation.findings()).extracting(Finding::rule).containsExactly(Rule.NO_PLAN);
	}

	@Test
	void rowsAreCheckedInSheetOrderThenMissingItemsAndAnErrorSkipsTheRowsWarnings() {
		Validation validation = validate(sheet().row(row(11, "1.2").status("執行中"))
			.row(row(12, "1.1").status("差不多"))
			.row(row(13, "9.9").status("執行中"))
			.build());
		assertThat(validation.findings()).extracting(Finding::rule, Finding::itemCode)
			.containsExactly(tuple(Rule.DESCRIPTION_MISSING, "1.2"), tuple(Rule.STATUS_UNREADABLE, "1.1"),
					tuple(Rule.ITEM_UNKNOWN, "9.9"), tuple(Rule.ITEM_MISSING, "1.3"));
		assertThat(validation.items()).extracting(ReportedItem::itemCode).containsExactly("1.2");
	}

	@Test
	void anAcceptedSheetKeepsItsItemsInPlanOrderWithTheirWarnings() {
		Validation validation = validate(sheet().row(row(11, "1.3").status("未開始"))
			.row(row(12, "1.2").status("執行中").cumulative("2").description("辦理講習 2 場"))
			.row(row(13, "1.1").status("不適用"))
			.build());
		assertThat(validation.accepted()).isTrue();
		assertThat(validation.plan()).isSameAs(plan);
		assertThat(validation.findings()).extracting(Finding::rule).containsExactly(Rule.NOT_APPLICABLE_WITHOUT_REASON);
		assertThat(validation.items()).extracting(ReportedItem::itemCode).containsExactly("1.1", "1.2", "1.3");
		assertThat(validation.items().get(1).description()).isEqualTo("辦理講習 2 場");
		assertThat(validation.items().get(0).remark()).isNull();
	}

}
