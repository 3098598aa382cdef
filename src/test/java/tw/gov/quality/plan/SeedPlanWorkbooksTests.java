package tw.gov.quality.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seed documents as transcribed into input-templates/plans/: counts and spot checks against the source text. */
class SeedPlanWorkbooksTests {

	private static final Path PLANS = Path.of("input-templates/plans");

	private final PlanWorkbookReader reader = new PlanWorkbookReader();

	private Plan read(String file) throws Exception {
		return reader.read(PLANS.resolve(file)).plan();
	}

	private static Map<Integer, Long> countsPerStrategy(Plan plan) {
		return plan.items().stream().collect(Collectors.groupingBy(PlanItem::strategy, Collectors.counting()));
	}

	private static PlanItem item(Plan plan, String code) {
		return plan.item(code).orElseThrow(() -> new AssertionError("no item " + code));
	}

	@Test
	void newTaipeiBranch107KeepsTheDocumentsOwnNumbering() throws Exception {
		Plan plan = read("AEA-NTP-107.xlsx");
		assertThat(plan.officeCode()).isEqualTo("AEA-NTP");
		assertThat(plan.rocYear()).isEqualTo(107);
		assertThat(countsPerStrategy(plan)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 4L, 2, 5L, 3, 4L, 4, 5L, 5, 5L));
		assertThat(plan.itemsOf(2)).extracting(PlanItem::code).containsExactly("2.1", "2.2", "2.4", "2.5", "2.6");
		assertThat(plan.strategy(1).title()).isEqualTo("提升服務品質，深化服務績效");
		PlanItem publicity = item(plan, "1.2");
		assertThat(publicity.action()).startsWith("蒐集輿情、民情").contains("年度內至少4次");
		assertThat(publicity.units()).containsExactly("秘書室", "政風室");
		assertThat(publicity.target()).isEqualTo(new Target(4, "次", Frequency.YEARLY));
		assertThat(publicity.deadline()).isEqualTo(new Deadline.Continuous("經常辦理"));
		assertThat(item(plan, "3.1").deadline()).isEqualTo(new Deadline.Recurring("每月辦理", Frequency.MONTHLY));
		assertThat(item(plan, "5.2").deadline()).isEqualTo(new Deadline.Fixed("12月", LocalDate.of(2018, 12, 31)));
		assertThat(item(plan, "5.5").deadline()).isEqualTo(new Deadline.Continuous("即時辦理"));
	}

	@Test
	void taichungBranch104StatesMonthlyAndCountTargets() throws Exception {
		Plan plan = read("AEA-TXG-104.xlsx");
		assertThat(plan.items()).hasSize(33);
		assertThat(countsPerStrategy(plan)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 7L, 2, 8L, 3, 6L, 4, 6L, 5, 6L));
		PlanItem park = item(plan, "1.5");
		assertThat(park.action()).contains("每月至少派員打掃該社區公園");
		assertThat(park.target()).isEqualTo(new Target(2, "次", Frequency.MONTHLY));
		assertThat(park.target().annualQuantity()).isEqualTo(24);
		assertThat(item(plan, "1.6").target()).isEqualTo(new Target(200, "株", Frequency.YEARLY));
		assertThat(item(plan, "5.4").target()).isEqualTo(new Target(4, "次", Frequency.YEARLY));
		assertThat(item(plan, "1.4").masterItem()).isEqualTo("1.5");
		assertThat(item(plan, "1.1").target()).as("約50位 is a head count, not a target").isNull();
		assertThat(plan.items()).allSatisfy(item -> assertThat(item.deadline()).isInstanceOf(Deadline.None.class));
	}

	@Test
	void ministryMasterPlan104() throws Exception {
		Plan plan = read("MOJ-104.xlsx");
		assertThat(plan.officeCode()).isEqualTo("MOJ");
		assertThat(plan.rocYear()).isEqualTo(104);
		assertThat(countsPerStrategy(plan)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 5L, 2, 6L, 3, 6L, 4, 5L, 5, 5L));
		assertThat(item(plan, "1.4").units()).containsExactly("各矯正機關(女子監獄及少年矯正機關除外)");
		assertThat(item(plan, "1.4").target()).isEqualTo(new Target(1, "次", Frequency.MONTHLY));
		assertThat(item(plan, "3.6").target()).isEqualTo(new Target(1, "次", Frequency.HALF_YEARLY));
		assertThat(item(plan, "2.1").units()).containsExactly("各機關");
	}

	@Test
	void shilinHouseholdRegistration98HasStrategiesAndMethods() throws Exception {
		Plan plan = read("TPE-CA-SLHR-098.xlsx");
		assertThat(plan.rocYear()).isEqualTo(98);
		assertThat(countsPerStrategy(plan)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 6L, 2, 4L, 3, 5L, 4, 5L, 5, 4L));
		PlanItem equipment = item(plan, "1.2");
		assertThat(equipment.action()).startsWith("考量民眾洽公之便利性");
		assertThat(equipment.method()).startsWith("每年至少1次辦公設備檢查");
		assertThat(equipment.target()).isEqualTo(new Target(1, "次", Frequency.YEARLY));
	}

	@Test
	void xinwuTownship96HasThreeLevels() throws Exception {
		Plan plan = read("TYC-XW-096.xlsx");
		assertThat(plan.rocYear()).isEqualTo(96);
		assertThat(plan.items()).hasSize(59);
		assertThat(countsPerStrategy(plan))
			.containsExactlyInAnyOrderEntriesOf(Map.of(1, 18L, 2, 9L, 3, 10L, 4, 13L, 5, 9L));
		assertThat(plan.strategy(2).title()).isEqualTo("落實品質研發");
		PlanItem first = item(plan, "1.1.1");
		assertThat(first.workItem()).isEqualTo("（一）制定全面提升為民服務計畫、執行計畫內容及管考作為");
		assertThat(first.deadline()).isEqualTo(new Deadline.Fixed("９６年２月", LocalDate.of(2007, 2, 28)));
		assertThat(item(plan, "1.1.3").deadline()).isEqualTo(new Deadline.Recurring("每季", Frequency.QUARTERLY));
		assertThat(item(plan, "1.5.3").action()).isEqualTo("辦理員工電話禮貌測試。");
		assertThat(item(plan, "1.5.3").deadline()).isEqualTo(new Deadline.Recurring("按月辦理", Frequency.MONTHLY));
		assertThat(item(plan, "4.1.6").units()).containsExactly("政風室", "本所各單位");
		Map<String, PlanItem> byCode = plan.items().stream().collect(Collectors.toMap(PlanItem::code, Function.identity()));
		assertThat(byCode.values()).noneMatch(item -> item.deadline() instanceof Deadline.Unrecognized);
	}

}
