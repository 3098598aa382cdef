package tw.gov.quality.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The handful of cell styles every workbook this service writes shares, so that templates, receipts
 * and reports look like one family when printed. Styles are per workbook: create one instance each.
 */
public final class WorkbookStyles {

	/** A font every Traditional Chinese Windows and LibreOffice install has. */
	public static final String FONT = "新細明體";

	private final Workbook workbook;

	private final CellStyle title;

	private final CellStyle label;

	private final CellStyle header;

	private final CellStyle text;

	private final CellStyle input;

	private final CellStyle inputNumber;

	private final CellStyle inputDate;

	private final CellStyle number;

	public WorkbookStyles(Workbook workbook) {
		this.workbook = workbook;
		Font bold = font(true, 11);
		this.title = workbook.createCellStyle();
		this.title.setFont(font(true, 14));
		this.label = workbook.createCellStyle();
		this.label.setFont(bold);
		this.header = bordered(true);
		this.header.setFont(bold);
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.text = bordered(true);
		this.number = bordered(true);
		this.number.setAlignment(HorizontalAlignment.RIGHT);
		this.input = bordered(false);
		this.input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		this.input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.input.setDataFormat(workbook.createDataFormat().getFormat("@"));
		this.inputNumber = bordered(false);
		this.inputNumber.cloneStyleFrom(this.input);
		this.inputNumber.setDataFormat(workbook.createDataFormat().getFormat("0"));
		this.inputDate = bordered(false);
		this.inputDate.cloneStyleFrom(this.input);
		this.inputDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
	}

	public CellStyle title() {
		return title;
	}

	public CellStyle label() {
		return label;
	}

	/** Bold, grey, bordered column header; locked. */
	public CellStyle header() {
		return header;
	}

	/** Wrapped, bordered, locked text. */
	public CellStyle text() {
		return text;
	}

	public CellStyle number() {
		return number;
	}

	/** Unlocked, light yellow: where the office types. Stored as text so "=" stays text. */
	public CellStyle input() {
		return input;
	}

	public CellStyle inputNumber() {
		return inputNumber;
	}

	public CellStyle inputDate() {
		return inputDate;
	}

	public Font font(boolean bold, int points) {
		Font font = workbook.createFont();
		font.setFontName(FONT);
		font.setBold(bold);
		font.setFontHeightInPoints((short) points);
		return font;
	}

	private CellStyle bordered(boolean locked) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font(false, 11));
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setWrapText(true);
		style.setLocked(locked);
		return style;
	}

}
