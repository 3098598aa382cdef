package tw.gov.quality.calendar;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When an office's quarterly sheet is due: the configured default (the 10th of the month after the
 * quarter, 23:59:59 Asia/Taipei), a per-quarter override, or an extension an administrator granted
 * the office, whichever is latest.
 */
@Component
public class OfficeDeadlines {

	private final CalendarProperties properties;

	private final JdbcClient jdbc;

	public OfficeDeadlines(CalendarProperties properties, JdbcClient jdbc) {
		this.properties = properties;
		this.jdbc = jdbc;
	}

	/** An extension granted to one office. */
	public record Extension(String officeCode, ReportingPeriod period, LocalDateTime until, String reason,
			String grantedBy, LocalDateTime grantedAt) {
	}

	/** The office's deadline: every office's, or the later one an extension granted it. */
	public LocalDateTime deadline(String officeCode, ReportingPeriod period) {
		return deadline(period, extension(officeCode, period));
	}

	/** The deadline given the office's latest extension for the quarter, already looked up ({@link #extensions}). */
	public LocalDateTime deadline(ReportingPeriod period, Optional<Extension> extension) {
		LocalDateTime base = officeDeadline(period);
		return extension.map(Extension::until).filter(until -> until.isAfter(base)).orElse(base);
	}

	/** Every office's deadline for the quarter, before any extension. */
	public LocalDateTime officeDeadline(ReportingPeriod period) {
		return override(period).map(CalendarProperties.Override::officeDeadline)
			.orElseGet(() -> defaultDeadline(period, properties.officeDeadlineDay(), properties.officeDeadlineTime()));
	}

	/** When the supervisor forwards its consolidated report upward (seed 002: the 20th). */
	public LocalDateTime supervisorDeadline(ReportingPeriod period) {
		return override(period).map(CalendarProperties.Override::supervisorDeadline)
			.orElseGet(() -> defaultDeadline(period, properties.supervisorDeadlineDay(), properties.officeDeadlineTime()));
	}

	public boolean onTime(String officeCode, ReportingPeriod period, LocalDateTime receivedAt) {
		return !receivedAt.isAfter(deadline(officeCode, period));
	}

	public void grant(Extension extension) {
		jdbc.sql("""
				INSERT INTO deadline_extension (office_code, roc_year, quarter, extended_until, reason, granted_by, granted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(extension.officeCode(), extension.period().rocYear(), extension.period().quarter(),
					Timestamp.valueOf(extension.until()), extension.reason(), extension.grantedBy(),
					Timestamp.valueOf(extension.grantedAt()))
			.update();
	}

	/** The latest extension granted to the office for the quarter. */
	public Optional<Extension> extension(String officeCode, ReportingPeriod period) {
		return jdbc.sql("""
				SELECT extended_until, reason, granted_by, granted_at FROM deadline_extension
				WHERE office_code = ? AND roc_year = ? AND quarter = ? ORDER BY granted_at DESC, id DESC LIMIT 1""")
			.params(officeCode, period.rocYear(), period.quarter())
			.query((rs, n) -> new Extension(officeCode, period, rs.getTimestamp(1).toLocalDateTime(), rs.getString(2),
					rs.getString(3), rs.getTimestamp(4).toLocalDateTime()))
			.optional();
	}

	/**
	 * The latest extension of every quarter of each of these offices, in one query: for a caller that
	 * looks up many offices' deadlines at once. Offices without any are left out.
	 */
	public Map<String, Map<ReportingPeriod, Extension>> extensions(Collection<String> officeCodes) {
		Map<String, Map<ReportingPeriod, Extension>> latest = new HashMap<>();
		if (officeCodes.isEmpty()) {
			return latest;
		}
		jdbc.sql("""
				SELECT office_code, roc_year, quarter, extended_until, reason, granted_by, granted_at FROM deadline_extension
				WHERE office_code IN (:offices) ORDER BY granted_at, id""")
			.param("offices", officeCodes)
			.query((ResultSet rs) -> {
				ReportingPeriod period = new ReportingPeriod(rs.getInt(2), rs.getInt(3));
				// in the order granted: the last one of a quarter is its latest
				latest.computeIfAbsent(rs.getString(1), office -> new HashMap<>())
					.put(period, new Extension(rs.getString(1), period, rs.getTimestamp(4).toLocalDateTime(),
							rs.getString(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime()));
			});
		return latest;
	}

	private Optional<CalendarProperties.Override> override(ReportingPeriod period) {
		List<CalendarProperties.Override> overrides = properties.overrides();
		return overrides.stream()
			.filter(o -> o.year() == period.rocYear() && o.quarter() == period.quarter())
			.findFirst();
	}

	private static LocalDateTime defaultDeadline(ReportingPeriod period, int day, java.time.LocalTime time) {
		LocalDate monthAfter = period.lastDay().plusDays(1);
		return monthAfter.withDayOfMonth(Math.min(day, monthAfter.lengthOfMonth())).atTime(time);
	}

	/**
	 * The quarter an office is reporting on at a given moment: the last one that has ended. Used to
	 * file a received file in the archive before its content is read.
	 */
	public static ReportingPeriod reportingPeriodAt(LocalDate date) {
		int quarterNow = (date.getMonthValue() - 1) / 3 + 1;
		int rocYear = date.getYear() - RocYear.OFFSET;
		return quarterNow == 1 ? new ReportingPeriod(rocYear - 1, 4) : new ReportingPeriod(rocYear, quarterNow - 1);
	}

}
