package tw.gov.quality.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.Office.Contact;
import tw.gov.quality.plan.Deadline;
import tw.gov.quality.plan.Frequency;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.plan.Target;
import tw.gov.quality.progress.ItemStatus;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.ReportedItem;
import tw.gov.quality.validation.Rule;

import static tw.gov.quality.progress.ItemStatus.COMPLETED;
import static tw.gov.quality.progress.ItemStatus.IN_PROGRESS;
import static tw.gov.quality.progress.ItemStatus.NOT_APPLICABLE;
import static tw.gov.quality.progress.ItemStatus.NOT_STARTED;
import static tw.gov.quality.progress.ItemStatus.ONGOING;

/**
 * A supervisor's quarter built by hand: an on-time office and a late one on different plans with
 * different item counts, one that sent nothing, one whose file was refused, one still pending whose
 * code is no valid sheet name, and a text that looks like a formula.
 */
final class Reports {

	static final ReportingPeriod PERIOD = new ReportingPeriod(107, 2);

	static final LocalDateTime GENERATED_AT = LocalDateTime.of(2018, 7, 21, 9, 30);

	/** When the writers in these tests write: 產製時間, beside the figures' 資料截至 (GENERATED_AT). */
	static final LocalDateTime WRITTEN_AT = LocalDateTime.of(2018, 7, 21, 10, 15, 30);

	/** The page header's right side: both moments. */
	static final String STAMP = "資料截至：107年7月21日 09:30:00　產製時間：107年7月21日 10:15:30";

	static final LocalDateTime DEADLINE = LocalDateTime.of(2018, 7, 10, 17, 0);

	static final Office SUPERVISOR = new Office("MOJ-AEA", "法務部行政執行署", null,
			new Contact("王科長", "02-2381-0000", "aea@example.gov.tw"));

	static final String FORMULA_TEXT = "=HYPERLINK(\"http://example.com\",\"點我\")";

	static final String PHONE_TEXT = "+886-2-1234";

	static final String WEIRD_CODE = "KH/branch:[2018]*?-extra-long-office-code";

	/** Five strategies, eight items; strategy titles as the ministry words them. */
	static final Plan PLAN_A = new Plan("A01", 107, "107年度提升服務品質執行計畫", "test",
			List.of(new Strategy(1, "提升服務品質，深化服務績效"), new Strategy(2, "便捷服務程序，確保流程透明"),
					new Strategy(3, "探查民意趨勢，建立顧客關係"), new Strategy(4, "豐富服務資訊，促進網路溝通"),
					new Strategy(5, "創新服務方式，整合服務資源")),
			List.of(item("1.1", 1, null, "改善機關內外環境，親切導引服務", new Deadline.Continuous("經常辦理"), null),
					item("1.2", 1, null, "蒐集輿情、民情，檢討精進為民服務工作", new Deadline.Recurring("每季", Frequency.QUARTERLY),
							null),
					item("1.3", 1, null, "聯合企業、社會團體辦理公益事務，年度內至少四次", new Deadline.None(),
							new Target(4, "次", Frequency.YEARLY)),
					item("2.1", 2, null, "檢討、改善及設置單一窗口全功能櫃台",
							new Deadline.Fixed("107年3月", LocalDate.of(2018, 3, 31)), null),
					item("3.1", 3, null, "定期辦理電話禮貌測試", new Deadline.Continuous("經常辦理"), null),
					item("4.1", 4, null, "主動公開機關基本資料並即時更新", new Deadline.Continuous("經常辦理"), null),
					item("5.1", 5, null, "透過會議或講習鼓勵提出創意服務項目", new Deadline.Recurring("每半年", Frequency.HALF_YEARLY),
							null),
					item("5.2", 5, null, "年度內至少一次舉辦跨機關研討會", new Deadline.Fixed("107年11月", LocalDate.of(2018, 11, 30)),
							null)));

	/** No strategy 四, five items, with 工作項目 and a monthly target. */
	static final Plan PLAN_B = new Plan("A02", 107, "107年度為民服務執行計畫", "test",
			List.of(new Strategy(1, "提升服務品質，深化服務績效"), new Strategy(2, "便捷服務程序，確保流程透明"),
					new Strategy(3, "探查民意趨勢，建立顧客關係"), new Strategy(5, "創新服務方式，整合服務資源")),
			List.of(item("1.1.1", 1, "（一）環境美化", "每月至少派員打掃該社區公園", new Deadline.Recurring("每月", Frequency.MONTHLY),
					new Target(2, "次", Frequency.MONTHLY)),
					item("1.1.2", 1, "（一）環境美化", "至少種植200株草花", new Deadline.Fixed("107年5月", LocalDate.of(2018, 5, 31)),
							new Target(200, "株", Frequency.YEARLY)),
					item("2.1", 2, null, "簡化申辦流程", new Deadline.Continuous("賡續辦理"), null),
					item("3.1", 3, null, "每半年辦理民意調查", new Deadline.Recurring("每半年", Frequency.HALF_YEARLY), null),
					item("5.1", 5, null, "年度內至少一次安排參訪企業", new Deadline.Fixed("107年12月", LocalDate.of(2018, 12, 31)),
							null)));

	private Reports() {
	}

	static SupervisorReport report() {
		return report(List.of());
	}

	static SupervisorReport report(List<SupervisorReport.AgencyTotals> agencies) {
		return new SupervisorReport(SUPERVISOR, PERIOD, GENERATED_AT, List.copyOf(offices()), agencies);
	}

	static List<OfficeReport> offices() {
		return List.of(onTime(), late(), missing(), refused(), onTimeAllDone(), pending());
	}

	/** A01: on time on plan A; strategy 一 2 of 3 done, 二 none, 三 all, 四 not applicable, 五 1 of 2. */
	static OfficeReport onTime() {
		Map<String, Reported> reported = Map.of("1.1", reported(COMPLETED, "3", "2018-03-05", "已完成環境改善", ""),
				"1.2", reported(ONGOING, null, null, "", PHONE_TEXT), "1.3",
				reported(IN_PROGRESS, "1", null, FORMULA_TEXT, "@SUM(A1)"), "2.1",
				reported(IN_PROGRESS, null, null, "-已規劃，待採購", ""), "3.1",
				reported(COMPLETED, null, "2018-06-01", "辦理2場", ""), "4.1",
				reported(NOT_APPLICABLE, null, null, "", "本分署無網站"), "5.1",
				reported(ONGOING, null, null, "持續辦理", ""), "5.2", reported(NOT_STARTED, null, null, "", ""));
		Map<String, List<Finding>> warnings = Map.of("1.2",
				List.of(warning(Rule.DESCRIPTION_MISSING, "1.2", "項次 1.2 的執行情形空白")), "1.3",
				List.of(warning(Rule.BEHIND_PACE, "1.3", "項次 1.3 累計 1次，落後進度（年度目標 4次，至第 2 季應達 2次）")), "2.1",
				List.of(warning(Rule.DEADLINE_PASSED, "2.1", "項次 2.1 的完成期限「107年3月」已過，但執行狀態為「執行中」")));
		return office(office("A01", "臺北分署", new Contact("林小姐", "02-2222-1111", "a01@example.gov.tw")),
				SubmissionState.ON_TIME, PLAN_A, LocalDateTime.of(2018, 7, 5, 14, 3, 12), Duration.ZERO, reported,
				warnings);
	}

	/** A02: 2天3小時 late on plan B; behind pace on its monthly target. */
	static OfficeReport late() {
		Map<String, Reported> reported = Map.of("1.1.1", reported(IN_PROGRESS, "3", null, "已打掃3次", ""), "1.1.2",
				reported(COMPLETED, "200", "2018-05-20", "種植200株", ""), "2.1",
				reported(ONGOING, null, null, "持續簡化", ""), "3.1", reported(NOT_STARTED, null, null, "", ""), "5.1",
				reported(COMPLETED, null, "2018-06-15", "參訪台積電", ""));
		Map<String, List<Finding>> warnings = Map.of("1.1.1", List.of(warning(Rule.BEHIND_PACE, "1.1.1",
				"項次 1.1.1 累計 3次，落後進度（年度目標 24次，至第 2 季應達 12次）")));
		LocalDateTime received = DEADLINE.plusDays(2).plusHours(3);
		return office(office("A02", "新北分署", new Contact("陳先生", "02-2960-0000", "a02@example.gov.tw")),
				SubmissionState.LATE, PLAN_B, received, Duration.between(DEADLINE, received), reported, warnings);
	}

	static OfficeReport missing() {
		return office(office("A03", "桃園分署", new Contact("張小姐", "03-333-0000", "a03@example.gov.tw")),
				SubmissionState.MISSING, PLAN_A, null, Duration.ZERO, Map.of(), Map.of());
	}

	static OfficeReport refused() {
		return office(office("A04", "臺中分署", new Contact("李先生", "04-2222-0000", "a04@example.gov.tw")),
				SubmissionState.REFUSED_UNCORRECTED, PLAN_B, null, Duration.ZERO, Map.of(), Map.of());
	}

	/** A05: plan B, everything done. */
	static OfficeReport onTimeAllDone() {
		Map<String, Reported> reported = Map.of("1.1.1", reported(ONGOING, "12", null, "每月打掃", ""), "1.1.2",
				reported(COMPLETED, "250", "2018-04-30", "種植250株", ""), "2.1", reported(ONGOING, null, null, "持續", ""),
				"3.1", reported(COMPLETED, null, "2018-06-30", "完成調查", ""), "5.1",
				reported(COMPLETED, null, "2018-05-02", "參訪", ""));
		return office(office("A05", "高雄分署", Contact.NONE), SubmissionState.ON_TIME, PLAN_B,
				LocalDateTime.of(2018, 7, 2, 8, 0), Duration.ZERO, reported, Map.of());
	}

	/** Still pending, with a code no sheet may be named. */
	static OfficeReport pending() {
		return office(office(WEIRD_CODE, "高雄第二分署（籌備處）", Contact.NONE), SubmissionState.PENDING, PLAN_A, null,
				Duration.ZERO, Map.of(), Map.of());
	}

	record Reported(ItemStatus status, String cumulative, String completedOn, String description, String remark) {
	}

	static Reported reported(ItemStatus status, String cumulative, String completedOn, String description,
			String remark) {
		return new Reported(status, cumulative, completedOn, description, remark);
	}

	static Office office(String code, String name, Contact contact) {
		return new Office(code, name, SUPERVISOR.code(), contact);
	}

	static OfficeReport office(Office office, SubmissionState state, Plan plan, LocalDateTime receivedAt,
			Duration late, Map<String, Reported> reported, Map<String, List<Finding>> warnings) {
		List<ItemReport> items = new ArrayList<>();
		for (PlanItem item : plan.items()) {
			Reported r = reported.get(item.code());
			ReportedItem value = r == null ? null
					: new ReportedItem(item.code(), r.status(),
							r.cumulative() == null ? null : new BigDecimal(r.cumulative()),
							r.completedOn() == null ? null : LocalDate.parse(r.completedOn()), r.description(),
							r.remark());
			items.add(new ItemReport(item, value, warnings.getOrDefault(item.code(), List.of())));
		}
		return new OfficeReport(office, state, plan, receivedAt, late, DEADLINE, items,
				state.submitted() ? 100L : null);
	}

	static Finding warning(Rule rule, String code, String message) {
		return new Finding(rule, "進度回報!A1", code, message, "請修正");
	}

	private static PlanItem item(String code, int strategy, String workItem, String action, Deadline deadline,
			Target target) {
		return new PlanItem(code, strategy, workItem, action, null, deadline, List.of("秘書室", "執行科"), "提升服務品質",
				target, null, null);
	}

}
