package tw.gov.quality.progress;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

import tw.gov.quality.spreadsheet.SheetCell;

/**
 * Reads 累計辦理數量: a number cell (a formula's cached value included) or a number stored as text.
 * Text with anything else in it ("12次", "約10", "1 200") is refused, never guessed; the sign is
 * kept, so a negative figure reaches the checks.
 */
public final class Quantities {

	/** Digits with an optional fraction; thousands separators only where they group by three. */
	private static final Pattern NUMBER = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

	private Quantities() {
	}

	public static Optional<BigDecimal> parse(Field field) {
		if (field == null) {
			return Optional.empty();
		}
		if (field.kind() == SheetCell.Kind.NUMBER) {
			return decimal(field.text().strip());
		}
		if (field.kind() != SheetCell.Kind.TEXT) {
			return Optional.empty();
		}
		String text = Texts.dashes(Normalizer.normalize(field.text(), Normalizer.Form.NFKC)).strip();
		return NUMBER.matcher(text).matches() ? decimal(text.replace(",", "")) : Optional.empty();
	}

	private static Optional<BigDecimal> decimal(String text) {
		try {
			BigDecimal value = new BigDecimal(text).stripTrailingZeros();
			return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
