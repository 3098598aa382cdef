package tw.gov.quality.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A cell as read from any spreadsheet format.
 *
 * @param column zero-based column index
 * @param text the value: a string as typed, a number in plain decimal notation, a date in ISO form
 * ({@code 2018-03-05} or {@code 2018-03-05T10:15}), {@code TRUE}/{@code FALSE}, or an error code
 */
public record SheetCell(int column, Kind kind, String text) {

	public enum Kind {

		TEXT, NUMBER, DATE, BOOLEAN, ERROR

	}

	public Optional<BigDecimal> number() {
		if (kind != Kind.NUMBER) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(text));
	}

	public Optional<LocalDate> date() {
		if (kind != Kind.DATE) {
			return Optional.empty();
		}
		return Optional.of(text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text));
	}

	public boolean isBlank() {
		return text == null || text.isBlank();
	}

	/** A1-style column letters: 0 → A, 26 → AA. */
	public static String columnLetters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int c = column; c >= 0; c = c / 26 - 1) {
			letters.insert(0, (char) ('A' + c % 26));
		}
		return letters.toString();
	}

}
