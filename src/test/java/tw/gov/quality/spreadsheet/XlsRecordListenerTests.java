package tw.gov.quality.spreadsheet;

import java.util.List;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SharedFormulaRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.number;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.text;

/** Record sequences HSSFWorkbook never writes but Excel and other generators do. */
class XlsRecordListenerTests {

	@Test
	void takesAStringResultThatFollowsASharedFormulaRecord() {
		FormulaRecord shared = formula(0, 0);
		shared.setSharedFormula(true);
		FormulaRecord plain = formula(0, 1);
		// No XF records are fed: the number must still come through, as a number
		NumberRecord after = new NumberRecord();
		after.setRow(1);
		after.setValue(3);
		RecordingRowHandler handler = new RecordingRowHandler();

		feed(new XlsRecordListener(handler), sheet("資料"), shared, new SharedFormulaRecord(), string("甲"), plain,
				string("乙"), after);

		assertThat(handler.rows).containsExactly(new SheetRow(0, List.of(text(0, "甲"), text(1, "乙"))),
				new SheetRow(1, List.of(number(0, "3"))));
	}

	@Test
	void readsNumbersOfAWorkbookWithoutCellFormats() {
		NumberRecord number = new NumberRecord();
		number.setXFIndex((short) 15);
		number.setValue(43164);
		RecordingRowHandler handler = new RecordingRowHandler();

		feed(new XlsRecordListener(handler), sheet("資料"), number);

		assertThat(handler.rows).containsExactly(new SheetRow(0, List.of(number(0, "43164"))));
	}

	@Test
	void dropsAStringRecordThatFollowsNoFormula() {
		RecordingRowHandler handler = new RecordingRowHandler();

		feed(new XlsRecordListener(handler), sheet("資料"), string("孤兒"));

		assertThat(handler.rows).isEmpty();
	}

	private static void feed(XlsRecordListener listener, Record[] start, Record... cells) {
		for (Record record : start) {
			listener.withFormatTracking().processRecord(record);
		}
		for (Record record : cells) {
			listener.withFormatTracking().processRecord(record);
		}
		listener.withFormatTracking().processRecord(EOFRecord.instance);
	}

	/** Globals naming one sheet, then that sheet's BOF. */
	private static Record[] sheet(String name) {
		BOFRecord globals = new BOFRecord();
		globals.setType(BOFRecord.TYPE_WORKBOOK);
		BOFRecord worksheet = new BOFRecord();
		worksheet.setType(BOFRecord.TYPE_WORKSHEET);
		return new Record[] { globals, new BoundSheetRecord(name), EOFRecord.instance, worksheet };
	}

	private static FormulaRecord formula(int row, int column) {
		FormulaRecord formula = new FormulaRecord();
		formula.setRow(row);
		formula.setColumn((short) column);
		formula.setCachedResultTypeString();
		return formula;
	}

	private static StringRecord string(String value) {
		StringRecord string = new StringRecord();
		string.setString(value);
		return string;
	}

}
