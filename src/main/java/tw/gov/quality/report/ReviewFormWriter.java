package tw.gov.quality.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.spreadsheet.WorkbookFiles;

/**
 * Writes one office's 審查意見表 ({@link ReviewFormContent}). A consolidation writes one per office, thousands a
 * run, so no POI model is built per form: the layout (styles, widths, protection, drop-downs, names, print set-up,
 * the identity sheet; with and without tracked items to decide) is built once with POI as {@link #model} builds a
 * form, and each form streams its rows into that prepared package. {@link #model} stays the reference of what a form
 * looks like (the tests compare the two).
 */
class ReviewFormWriter {

	static final int HEADER_ROW = ReviewFormContent.HEADER_ROW;

	private final LocalDateTime writtenAt;

	/** @param writtenAt printed as 產製時間 beside the report's 資料截至 */
	ReviewFormWriter(LocalDateTime writtenAt) {
		this.writtenAt = writtenAt;
	}

	/** Writes the form as a finished file: beside the target, forced to disk, moved into place. */
	public void write(SupervisorReport report, OfficeReport office, Path target) throws IOException {
		ReviewFormContent form = ReviewFormContent.of(report, office, writtenAt);
		WorkbookFiles.write(target, out -> layout(form).write(form, out));
	}

	/**
	 * Writes the form straight to {@code target}, not forced to disk: for a version's staging folder,
	 * whose files are forced together before its manifest ({@link ReportVersions#forceAll}).
	 */
	void writeStaged(SupervisorReport report, OfficeReport office, Path target) throws IOException {
		ReviewFormContent form = ReviewFormContent.of(report, office, writtenAt);
		try (OutputStream out = Files.newOutputStream(target)) {
			layout(form).write(form, out);
		}
	}

	/** The form as a POI workbook: what {@link #write} writes, cell for cell; slow, for reference only. */
	static XSSFWorkbook model(SupervisorReport report, OfficeReport office, LocalDateTime writtenAt) {
		return ReviewFormModel.build(ReviewFormContent.of(report, office, writtenAt)).workbook();
	}

	private static ReviewFormPackage layout(ReviewFormContent form) {
		return form.tracking() ? Layouts.TRACKING : Layouts.PLAIN;
	}

	/**
	 * The two layouts, the same for every form: prepared once, on first use, by the thread writing the first
	 * form (a consolidation's report goes on meanwhile).
	 */
	private static final class Layouts {

		static final ReviewFormPackage PLAIN = ReviewFormPackage.prepare(false);

		static final ReviewFormPackage TRACKING = ReviewFormPackage.prepare(true);

	}

}
