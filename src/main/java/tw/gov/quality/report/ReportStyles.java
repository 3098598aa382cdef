package tw.gov.quality.report;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import tw.gov.quality.spreadsheet.WorkbookStyles;

/** The shared styles plus the few only reports need; created once per workbook. */
final class ReportStyles {

	/** Grey for an office that sent nothing: prints as grey in any mode. */
	static final String UNSUBMITTED_FILL = "D9D9D9";

	private final WorkbookStyles base;

	private final Map<RateBand, CellStyle> bands = new EnumMap<>(RateBand.class);

	private final CellStyle unsubmitted;

	private final CellStyle centred;

	private final CellStyle note;

	private final CellStyle signLabel;

	ReportStyles(Workbook workbook) {
		this.base = new WorkbookStyles(workbook);
		for (RateBand band : RateBand.values()) {
			CellStyle style = base.filled(base.percent(), band.fill(), band.numberFormat());
			style.setAlignment(HorizontalAlignment.CENTER);
			bands.put(band, style);
		}
		this.unsubmitted = base.filled(base.text(), UNSUBMITTED_FILL, null);
		this.unsubmitted.setAlignment(HorizontalAlignment.CENTER);
		this.centred = workbook.createCellStyle();
		this.centred.cloneStyleFrom(base.text());
		this.centred.setAlignment(HorizontalAlignment.CENTER);
		this.note = workbook.createCellStyle();
		// 11 pt like the body: notes print at 10 pt or more after fitting the page width.
		this.note.setFont(base.font(false, 11));
		this.signLabel = workbook.createCellStyle();
		this.signLabel.cloneStyleFrom(base.header());
		this.signLabel.setVerticalAlignment(VerticalAlignment.CENTER);
	}

	WorkbookStyles base() {
		return base;
	}

	CellStyle title() {
		return base.title();
	}

	CellStyle label() {
		return base.label();
	}

	CellStyle header() {
		return base.header();
	}

	CellStyle text() {
		return base.text();
	}

	CellStyle number() {
		return base.number();
	}

	CellStyle percent() {
		return base.percent();
	}

	CellStyle section() {
		return base.section();
	}

	CellStyle band(RateBand band) {
		return bands.get(band);
	}

	CellStyle unsubmitted() {
		return unsubmitted;
	}

	/** Bordered text, centred: states, dashes, symbols. */
	CellStyle centred() {
		return centred;
	}

	/** A sign-off label (評分, 審查人) beside the space to write in. */
	CellStyle signLabel() {
		return signLabel;
	}

	/** Unbordered, not bold: explanations under a title or a table. */
	CellStyle note() {
		return note;
	}

}
