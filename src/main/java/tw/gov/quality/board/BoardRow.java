package tw.gov.quality.board;

import java.time.LocalDateTime;

import tw.gov.quality.report.SubmissionState;

/**
 * One office on the quarter board.
 *
 * @param depth how far below the top of the board (0: a root of what the user sees)
 * @param supervisor whether it consolidates offices beneath it (then the rates are set, not the state)
 * @param expected whether it owes a sheet this quarter (a reporting office with a plan for the year)
 * @param state its state as of the board's moment; {@code null} for a supervisor or an office not expected
 * @param extendedUntil a granted extension, when its deadline was moved by one
 * @param submissionId the accepted sheet used, or else the latest refused one; {@code null} if none
 * @param findings errors and warnings of that submission
 * @param reportingRate for a supervisor: offices submitted over offices expected beneath it
 */
public record BoardRow(String officeCode, String officeName, String parentCode, int depth, boolean supervisor,
		boolean expected, SubmissionState state, LocalDateTime deadline, LocalDateTime extendedUntil,
		LocalDateTime receivedAt, Long submissionId, boolean receipt, int errors, int warnings, long expectedOffices,
		long receivedOffices, long onTimeOffices, Double reportingRate, Double onTimeRate, String reviewNote) {

	/** @param reviewNote for an office: its open 列管事項, a 考核 score below the pass line and a late or missing 評分紀錄, {@code null} if none */
	public BoardRow(String officeCode, String officeName, String parentCode, int depth, boolean supervisor,
			boolean expected, SubmissionState state, LocalDateTime deadline, LocalDateTime extendedUntil,
			LocalDateTime receivedAt, Long submissionId, boolean receipt, int errors, int warnings, long expectedOffices,
			long receivedOffices, long onTimeOffices, Double reportingRate, Double onTimeRate) {
		this(officeCode, officeName, parentCode, depth, supervisor, expected, state, deadline, extendedUntil, receivedAt,
				submissionId, receipt, errors, warnings, expectedOffices, receivedOffices, onTimeOffices, reportingRate,
				onTimeRate, null);
	}

	public String stateLabel() {
		if (supervisor) {
			return "";
		}
		return state == null ? "免繳（本年度無計畫）" : state.label();
	}

	public int findings() {
		return errors + warnings;
	}

}
