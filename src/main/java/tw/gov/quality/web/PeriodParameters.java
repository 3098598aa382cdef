package tw.gov.quality.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.PlanKey;
import tw.gov.quality.plan.PlanRegistry;

/** The year and quarter a page or an API call is about: as typed (107, 2018, 第2季, Q2) or the default. */
@Component
public class PeriodParameters {

	private final Clock clock;

	private final PlanRegistry plans;

	PeriodParameters(Clock clock, PlanRegistry plans) {
		this.clock = clock;
		this.plans = plans;
	}

	/**
	 * @param year ROC or AD; none: the default period
	 * @param quarter 1 to 4, 第2季, Q2; none with a year: the 4th
	 */
	public ReportingPeriod parse(String year, String quarter) {
		if (isBlank(year) && isBlank(quarter)) {
			return byDefault();
		}
		try {
			int rocYear = isBlank(year) ? byDefault().rocYear() : ReportingPeriod.readYear(year);
			return new ReportingPeriod(rocYear, isBlank(quarter) ? 4 : ReportingPeriod.readQuarter(quarter));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequest(ex.getMessage());
		}
	}

	/**
	 * {@link #parse} for a page: also puts what {@code fragments/period} shows in the model, the period as
	 * {@code period} and the years to choose from as {@code years}.
	 */
	public ReportingPeriod pick(String year, String quarter, Model model) {
		ReportingPeriod period = parse(year, quarter);
		model.addAttribute("period", period);
		model.addAttribute("years", years());
		return period;
	}

	/** Like {@link #parse} but both are required (actions). */
	public ReportingPeriod required(String year, String quarter) {
		if (isBlank(year)) {
			throw new BadRequest("請指定年度，例如 107");
		}
		if (isBlank(quarter)) {
			throw new BadRequest("請指定季別，1 到 4");
		}
		return parse(year, quarter);
	}

	/**
	 * The quarter being reported now; when no plan covers its year, the last quarter of the latest
	 * year that has a plan.
	 */
	public ReportingPeriod byDefault() {
		ReportingPeriod now = OfficeDeadlines.reportingPeriodAt(LocalDate.now(clock));
		List<Integer> years = planYears();
		if (years.isEmpty() || years.contains(now.rocYear())) {
			return now;
		}
		int latest = years.get(years.size() - 1);
		return latest > now.rocYear() ? now : new ReportingPeriod(latest, 4);
	}

	/** The years to choose from: every plan year and the current one, oldest first. */
	public List<Integer> years() {
		TreeSet<Integer> years = new TreeSet<>(planYears());
		years.add(OfficeDeadlines.reportingPeriodAt(LocalDate.now(clock)).rocYear());
		return List.copyOf(years);
	}

	private List<Integer> planYears() {
		return plans.plans().stream().map(PlanKey::rocYear).distinct().sorted().toList();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
