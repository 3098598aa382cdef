package tw.gov.quality.review;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.plan.Evaluation;

/**
 * The 評分紀錄 deadline (seed 000 伍.六: sent upward within 10 days of each 考核), watched like an office's
 * deadline. The 評分紀錄 is the returned review form that carries a score. The 考核 is taken as held on that
 * form's review date; while no scored form has come back, on the day the review form was first issued (the
 * earliest it can have been held), so a record never sent is flagged {@code recordDueDays} after that.
 * Only quarters the plan's rhythm holds a 考核 in: 每半年 the second and fourth, 每年 the fourth, otherwise every one.
 */
@Component
public class ScoreRecords {

	private final JdbcClient jdbc;

	private final ReviewedPeriods reviewed;

	ScoreRecords(JdbcClient jdbc, ReviewedPeriods reviewed) {
		this.jdbc = jdbc;
		this.reviewed = reviewed;
	}

	/** The state of one office's 評分紀錄 for a quarter as of a moment. */
	public enum State {

		/** Came back by its deadline. */
		ON_TIME,
		/** Came back after its deadline. */
		LATE,
		/** Not back, its deadline not yet passed. */
		PENDING,
		/** Not back, its deadline passed. */
		MISSING

	}

	/**
	 * @param due the end of the day the record is due, {@code null} while no form was issued
	 * @param late how late it came, or how long it has been missing; {@link Duration#ZERO} otherwise
	 */
	public record Record(State state, LocalDateTime due, Duration late) {

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
		if (evaluation == null || evaluation.recordDueDays() == null || !evaluated(evaluation.rhythm(), period)) {
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
				LocalDate held = reviewedOn == null ? receivedAt.toLocalDate() : reviewedOn.toLocalDate();
				LocalDateTime due = endOf(held.plusDays(days));
				return receivedAt.isAfter(due) ? new Record(State.LATE, due, Duration.between(due, receivedAt))
						: new Record(State.ON_TIME, due, Duration.ZERO);
			})
			.optional();
		if (back.isPresent()) {
			return back;
		}
		return reviewed.firstIssued(supervisorCode, officeCode, period).map(issued -> {
			LocalDateTime due = endOf(issued.toLocalDate().plusDays(days));
			return asOf.isAfter(due) ? new Record(State.MISSING, due, Duration.between(due, asOf))
					: new Record(State.PENDING, due, Duration.ZERO);
		});
	}

	/** 每半年: Q2 and Q4; 每年: Q4; any other rhythm (每季, none written): every quarter. */
	static boolean evaluated(String rhythm, ReportingPeriod period) {
		if (rhythm == null) {
			return true;
		}
		if (rhythm.contains("半年")) {
			return period.quarter() % 2 == 0;
		}
		if (rhythm.contains("每年") || rhythm.contains("年度")) {
			return period.quarter() == 4;
		}
		return true;
	}

	private static LocalDateTime endOf(LocalDate day) {
		return day.atTime(23, 59, 59);
	}

}
