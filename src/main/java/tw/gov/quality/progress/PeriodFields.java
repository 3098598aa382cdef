package tw.gov.quality.progress;

import java.util.Optional;
import java.util.OptionalInt;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocYear;
import tw.gov.quality.spreadsheet.SheetCell;

/** Reads the metadata 計畫年度 and 季別 in the forms people type them. */
public final class PeriodFields {

	private PeriodFields() {
	}

	/** The ROC year from 107, 107年, 民國107年, １０７, 2018 (AD); empty on anything else. */
	public static OptionalInt year(Field field) {
		return readable(field) ? RocYear.parse(Texts.compact(field.text())) : OptionalInt.empty();
	}

	/** The quarter from 2, 第2季, Q2, 第二季, ２; empty on anything else. */
	public static Optional<Integer> quarter(Field field) {
		return readable(field) ? ReportingPeriod.parseQuarter(Texts.compact(field.text())) : Optional.empty();
	}

	private static boolean readable(Field field) {
		return field != null && (field.kind() == SheetCell.Kind.TEXT || field.kind() == SheetCell.Kind.NUMBER);
	}

}
