package tw.gov.quality.validation;

import java.util.Optional;
import java.util.OptionalInt;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.progress.Field;
import tw.gov.quality.progress.PeriodFields;
import tw.gov.quality.progress.ProgressSheet;
import tw.gov.quality.progress.ProgressSheetLayout;

/**
 * What the header checks see: the sheet, the office whose folder it arrived in, and 計畫年度 and 季別
 * as read (empty when unreadable).
 */
record SheetHeader(ProgressSheet sheet, String folderOffice, Optional<Integer> year, Optional<Integer> quarter) {

	static SheetHeader read(ProgressSheet sheet, String folderOffice) {
		Optional<Integer> year = sheet.metadata(ProgressSheetLayout.YEAR)
			.map(PeriodFields::year)
			.filter(OptionalInt::isPresent)
			.map(OptionalInt::getAsInt);
		return new SheetHeader(sheet, folderOffice, year,
				sheet.metadata(ProgressSheetLayout.QUARTER).flatMap(PeriodFields::quarter));
	}

	/** The period the sheet reports on, when both its year and its quarter could be read. */
	Optional<ReportingPeriod> period() {
		return year.isPresent() && quarter.isPresent() ? Optional.of(new ReportingPeriod(year.get(), quarter.get()))
				: Optional.empty();
	}

	/** Where a header value is (or belongs); the sheet's name when its label is not there at all. */
	String metadataCell(String label) {
		return sheet.metadata(label).map(Field::ref).orElse(sheet.sheetName());
	}

	String metadataText(String label) {
		return sheet.metadata(label).map(Field::text).orElse("");
	}

}
