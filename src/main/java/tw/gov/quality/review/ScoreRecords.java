package tw.gov.quality.review;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.plan.Evaluation;
import tw.gov.quality.plan.Frequency;

/**
 * The 評分紀錄 deadline (seed 000 伍.六: sent upward within 10 days of each 考核), watched like an office's
 * deadline. The 評分紀錄 is the returned review form that carries a score. The 考核 is taken as held on that
 * form's review date; while no scored form has come back, on the last day of the quarter's review (seed 002
 * 陸.四: the supervisor's 初審 of the quarter is due on the 20th of the following month, {@link
 * OfficeDeadlines#supervisorDeadline}), the latest a 考核 of that quarter can be held. So a record never sent is
 * due {@code recordDueDays} after a date every supervisor can read in the calendar, the same whenever or however
 * often the reports were written, and never from a file's time. Only quarters the plan's rhythm (考核週期)
 * holds a 考核 in: 每半年 the second and fourth, 每年 the fourth, otherwise every one.
 */
@Component
public class ScoreRecords {

	private final JdbcClient jdbc;

	private final ReviewedPeriods reviewed;

	private final OfficeDeadlines deadlines;

	ScoreRecords(JdbcClient jdbc, ReviewedPeriods reviewed, OfficeDeadlines deadlines) {
		this.jdbc = jdbc;
		this.reviewed = reviewed;
		this.deadlines = deadlines;
	}

	/** The state of one office's 評分紀錄 for a quarter as of a moment. */
	public enum State {

		/** Came back by its deadline. */
		ON_TIME("已送回"),
		/** Came back after its deadline. */
		LATE("逾期送回"),
		/** Not back, its deadline not yet passed. */
		PENDING("待送"),
		/** Not back, its deadline passed. */
		MISSING("逾期未送");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * @param due the end of the day the record is due
	 * @param late how late it came, or how long it has been missing; {@link Duration#ZERO} otherwise
	 * @param receivedAt when the scored form came back, {@code null} while it has not
	 */
	public record Record(State state, LocalDateTime due, Duration late, LocalDateTime receivedAt) {

		/** 評分紀錄逾期 3 天（期限 107/7/30）, or empty when nothing is wrong. */
		public Optional<String> flag() {
			return switch (state) {
				case LATE -> Optional.of("評分紀錄逾期 " + late.toDays() + " 天送回（期限 " + RocDates.date(due.toLocalDate()) + "）");
				case MISSING -> Optional.of("評分紀錄逾期未送（期限 " + RocDates.date(due.toLocalDate()) + "）");
				default -> Optional.empty();
			};
		}

	}

	/**
	 * The office's 評分紀錄 for the quarter, empty when none is owed: the plan declares no 考核 or no record
	 * deadline, the rhythm holds no 考核 in the quarter, or no review form was issued for it.
	 *
	 * @param supervisorCode the supervisor that reviews the office
	 */
	public Optional<Record> record(String officeCode, String supervisorCode, ReportingPeriod period,
			Evaluation evaluation, LocalDateTime asOf) {
		if (evaluation == null || evaluation.recordDueDays() == null || !evaluated(evaluation.rhythm(), period)
				|| !reviewed.reviewed(supervisorCode, officeCode, period)) {
			return Optional.empty();
		}
		int days = evaluation.recordDueDays();
		// The first scored form sent for the quarter is the record, whether or not a later one superseded it.
		Optional<Record> back = jdbc.sql("""
				SELECT reviewed_on, received_at FROM review_form
				WHERE office_code = ? AND roc_year = ? AND quarter = ? AND score IS NOT NULL AND received_at <= ?
				ORDER BY received_at, id LIMIT 1""")
			.params(officeCode, period.rocYear(), period.quarter(), Timestamp.valueOf(asOf))
			.query((rs, n) -> {
				LocalDateTime receivedAt = rs.getTimestamp("received_at").toLocalDateTime();
				java.sql.Date reviewedOn = rs.getDate("reviewed_on");
				LocalDate held = reviewedOn == null ? reviewEnd(period) : reviewedOn.toLocalDate();
				LocalDateTime due = endOf(held.plusDays(days));
				return receivedAt.isAfter(due) ? new Record(State.LATE, due, Duration.between(due, receivedAt), receivedAt)
						: new Record(State.ON_TIME, due, Duration.ZERO, receivedAt);
			})
			.optional();
		if (back.isPresent()) {
			return back;
		}
		LocalDateTime due = endOf(reviewEnd(period).plusDays(days));
		return Optional.of(asOf.isAfter(due) ? new Record(State.MISSING, due, Duration.between(due, asOf), null)
				: new Record(State.PENDING, due, Duration.ZERO, null));
	}

	/** The last day of the quarter's review: the supervisor's deadline (seed 002: the 20th after the quarter). */
	private LocalDate reviewEnd(ReportingPeriod period) {
		return deadlines.supervisorDeadline(period).toLocalDate();
	}

	/**
	 * Whether the rhythm holds a 考核 in the quarter: one that comes n times a year ends a 考核 period every 4/n
	 * quarters (每半年: Q2 and Q4; 每年: Q4); every quarter for 每季 or more often, or no rhythm or one not read.
	 */
	static boolean evaluated(String rhythm, ReportingPeriod period) {
		int times = Frequency.parse(rhythm).map(Frequency::timesPerYear).orElse(4);
		int every = 4 / Math.min(4, Math.max(1, times));
		return period.quarter() % every == 0;
	}

	private static LocalDateTime endOf(LocalDate day) {
		return day.atTime(23, 59, 59);
	}

}
