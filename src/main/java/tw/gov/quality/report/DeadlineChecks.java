package tw.gov.quality.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;

/**
 * Computes each office's state for a quarter as of a moment (準時, 逾期, 未繳, 退件未補正, 待繳) and keeps
 * it with the time of the check, so the states can be queried and shown later.
 */
@Component
public class DeadlineChecks {

	private static final Logger log = LoggerFactory.getLogger(DeadlineChecks.class);

	private final QuarterAssembler assembler;

	private final JdbcClient jdbc;

	private final Clock clock;

	DeadlineChecks(QuarterAssembler assembler, JdbcClient jdbc, Clock clock) {
		this.assembler = assembler;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One office's state as of the check. */
	public record Flag(Office office, SubmissionState state, LocalDateTime deadline, LocalDateTime receivedAt,
			java.time.Duration late) {
	}

	@Transactional
	public List<Flag> check(ReportingPeriod period, LocalDateTime asOf) {
		LocalDateTime checkedAt = LocalDateTime.now(clock);
		List<Flag> flags = new ArrayList<>();
		for (Office office : assembler.expectedOffices(period)) {
			OfficeReport report = assembler.officeReport(office, period, asOf);
			Flag flag = new Flag(office, report.state(), report.deadline(), report.receivedAt(), report.late());
			flags.add(flag);
			jdbc.sql("""
					INSERT INTO deadline_check (office_code, roc_year, quarter, state, deadline, received_at,
						late_minutes, as_of, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(office.code(), period.rocYear(), period.quarter(), flag.state().name(),
						Timestamp.valueOf(flag.deadline()),
						flag.receivedAt() == null ? null : Timestamp.valueOf(flag.receivedAt()), flag.late().toMinutes(),
						Timestamp.valueOf(asOf), Timestamp.valueOf(checkedAt))
				.update();
		}
		Map<SubmissionState, Long> counts = new EnumMap<>(SubmissionState.class);
		flags.forEach(flag -> counts.merge(flag.state(), 1L, Long::sum));
		log.info("Deadline check {} as of {}: {} office(s), {} on time, {} late, {} missing, {} refused uncorrected, "
				+ "{} pending", period, asOf, flags.size(), counts.getOrDefault(SubmissionState.ON_TIME, 0L),
				counts.getOrDefault(SubmissionState.LATE, 0L), counts.getOrDefault(SubmissionState.MISSING, 0L),
				counts.getOrDefault(SubmissionState.REFUSED_UNCORRECTED, 0L),
				counts.getOrDefault(SubmissionState.PENDING, 0L));
		return flags;
	}

	/** An office's latest stored state for a quarter. */
	public record LatestState(String officeCode, SubmissionState state) {
	}

	/** The latest stored state of each office for the quarter, by office code. */
	public List<LatestState> latest(ReportingPeriod period) {
		return jdbc.sql("""
				SELECT c.office_code, c.state FROM deadline_check c
				WHERE c.roc_year = ? AND c.quarter = ? AND c.id = (SELECT MAX(d.id) FROM deadline_check d
					WHERE d.office_code = c.office_code AND d.roc_year = c.roc_year AND d.quarter = c.quarter)
				ORDER BY c.office_code""")
			.params(period.rocYear(), period.quarter())
			.query((rs, n) -> new LatestState(rs.getString(1), SubmissionState.valueOf(rs.getString(2))))
			.list();
	}

	/** When the latest check of the quarter was made, if any. */
	public Optional<LocalDateTime> latestCheckedAt(ReportingPeriod period) {
		return jdbc.sql("SELECT MAX(checked_at) FROM deadline_check WHERE roc_year = ? AND quarter = ?")
			.params(period.rocYear(), period.quarter())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toLocalDateTime);
	}

}
