package tw.gov.quality.spreadsheet;

import java.util.HexFormat;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFColor;

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

	private final CellStyle percent;

	private final CellStyle section;

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
		this.percent = bordered(true);
		this.percent.setAlignment(HorizontalAlignment.RIGHT);
		this.percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
		this.section = bordered(true);
		this.section.setFont(bold);
		this.section.setVerticalAlignment(VerticalAlignment.CENTER);
		this.section.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
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

	/** A ratio shown as a whole percentage: 0.8 prints 80%. */
	public CellStyle percent() {
		return percent;
	}

	/** Bold grey heading row inside a table, e.g. a strategy above its items. */
	public CellStyle section() {
		return section;
	}

	/**
	 * A new style like {@code base} with a solid fill; for SXSSF/XSSF workbooks only. Create each once
	 * per workbook and reuse it: a style per cell would exhaust Excel's 64,000 styles.
	 *
	 * @param rgb six hex digits, e.g. {@code C6EFCE}
	 * @param format a number format, or {@code null} to keep the base's
	 */
	public CellStyle filled(CellStyle base, String rgb, String format) {
		CellStyle style = workbook.createCellStyle();
		style.cloneStyleFrom(base);
		style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb), null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		if (format != null) {
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
		}
		return style;
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
