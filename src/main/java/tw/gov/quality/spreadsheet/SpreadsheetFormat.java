package tw.gov.quality.spreadsheet;

/** What a workbook file's bytes are, whatever its name says. */
public enum SpreadsheetFormat {

	/** Office Open XML workbook (Excel 2007 and later). */
	XLSX,

	/** BIFF8 workbook in an OLE2 container (Excel 97–2003). */
	XLS,

	/** OpenDocument spreadsheet (LibreOffice / ODF Calc). */
	ODS

}
