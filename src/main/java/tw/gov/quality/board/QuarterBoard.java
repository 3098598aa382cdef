package tw.gov.quality.board;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.report.SubmissionState;
import tw.gov.quality.security.AccessScope;
import tw.gov.quality.security.ConsoleUser;

/** Builds the quarter board: the offices a user may see, each one's state as of a moment, the rates. */
@Component
class QuarterBoard {

	private final AccessScope scope;

	private final OfficeRegistry offices;

	private final OfficeRows officeRows;

	QuarterBoard(AccessScope scope, OfficeRegistry offices, OfficeRows officeRows) {
		this.scope = scope;
		this.offices = offices;
		this.officeRows = officeRows;
	}

	Board build(ConsoleUser user, ReportingPeriod period, LocalDateTime asOf) {
		List<Office> visible = scope.visibleOffices(user);
		Map<String, BoardRow> leaves = new HashMap<>();
		for (Office office : visible) {
			if (!offices.isSupervisor(office.code())) {
				leaves.put(office.code(), officeRows.row(office, period, asOf));
			}
		}
		int top = visible.isEmpty() ? 0 : offices.ancestors(visible.get(0).code()).size();
		List<BoardRow> rows = new ArrayList<>();
		for (Office office : visible) {
			int depth = Math.max(0, offices.ancestors(office.code()).size() - top);
			if (offices.isSupervisor(office.code())) {
				List<BoardRow> beneath = offices.descendants(office.code())
					.stream()
					.map(descendant -> leaves.get(descendant.code()))
					.filter(row -> row != null && row.expected())
					.toList();
				rows.add(supervisor(office, depth, beneath));
			}
			else {
				BoardRow row = leaves.get(office.code());
				rows.add(withDepth(row, depth));
			}
		}
		List<BoardRow> expected = leaves.values().stream().filter(BoardRow::expected).toList();
		Map<SubmissionState, Long> counts = new EnumMap<>(SubmissionState.class);
		expected.forEach(row -> counts.merge(row.state(), 1L, Long::sum));
		long received = expected.stream().filter(row -> row.state().submitted()).count();
		long onTime = counts.getOrDefault(SubmissionState.ON_TIME, 0L);
		return new Board(period, period.label(), asOf, rows, expected.size(), received, onTime, counts,
				rate(received, expected.size()), rate(onTime, expected.size()));
	}

	private static BoardRow supervisor(Office office, int depth, List<BoardRow> beneath) {
		long received = beneath.stream().filter(row -> row.state().submitted()).count();
		long onTime = beneath.stream().filter(row -> row.state() == SubmissionState.ON_TIME).count();
		return new BoardRow(office.code(), office.name(), office.parentCode(), depth, true, false, null, null, null,
				null, null, false, 0, 0, beneath.size(), received, onTime, rate(received, beneath.size()),
				rate(onTime, beneath.size()));
	}

	private static BoardRow withDepth(BoardRow row, int depth) {
		return new BoardRow(row.officeCode(), row.officeName(), row.parentCode(), depth, row.supervisor(),
				row.expected(), row.state(), row.deadline(), row.extendedUntil(), row.receivedAt(), row.submissionId(),
				row.receipt(), row.errors(), row.warnings(), row.expectedOffices(), row.receivedOffices(),
				row.onTimeOffices(), row.reportingRate(), row.onTimeRate(), row.reviewNote());
	}

	static Double rate(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}

}
