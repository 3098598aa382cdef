package tw.gov.quality.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;

/**
 * Turns the BIFF8 record stream into rows, the way {@link XlsxSheetHandler} does for .xlsx: the cell
 * type is kept, a date-formatted number becomes a date, and a formula gives its cached value.
 * <p>
 * BIFF8 stores a sheet's cells row by row, so a row is complete when a cell of another row (or the
 * sheet's end) arrives; only that one row is buffered.
 */
class XlsRecordListener implements HSSFListener {

	private final RowHandler handler;

	private final FormatTrackingHSSFListener formats;

	private final XlsCellValues values;

	private final List<BoundSheetRecord> sheets = new ArrayList<>();

	private BoundSheetRecord[] sheetsInStreamOrder;

	private SSTRecord strings;

	/** BOF/EOF nesting: 1 inside the globals or a sheet, 2 inside a chart embedded in a sheet. */
	private int depth;

	private int substream = -1;

	private boolean reading;

	private int rowIndex = -1;

	private final TreeMap<Integer, SheetCell> cells = new TreeMap<>();

	/** A formula whose string result comes in the following STRING record. */
	private FormulaRecord stringFormula;

	XlsRecordListener(RowHandler handler) {
		// Marked, so that XlsReader can tell the handler's failures from the file's
		this.handler = HandlerFailure.marking(handler);
		this.formats = new FormatTrackingHSSFListener(this);
		this.values = new XlsCellValues(formats);
	}

	/** The listener to register: it records number formats, then passes every record on to this one. */
	HSSFListener withFormatTracking() {
		return formats;
	}

	@Override
	public void processRecord(Record record) {
		if (record instanceof BOFRecord) {
			startSubstream((BOFRecord) record);
		}
		else if (record instanceof EOFRecord) {
			if (depth == 1 && reading) {
				flushRow();
				reading = false;
			}
			depth = Math.max(0, depth - 1);
		}
		else if (record instanceof BoundSheetRecord) {
			sheets.add((BoundSheetRecord) record);
		}
		else if (record instanceof SSTRecord) {
			strings = (SSTRecord) record;
		}
		else if (record instanceof DateWindow1904Record) {
			values.date1904(((DateWindow1904Record) record).getWindowing() == 1);
		}
		else if (reading && depth == 1) {
			cellRecord(record);
		}
	}

	private void startSubstream(BOFRecord bof) {
		depth++;
		if (depth != 1 || bof.getType() == BOFRecord.TYPE_WORKBOOK) {
			return;
		}
		// Sheet substreams follow the globals in the order of their offsets, which is usually but not
		// necessarily the tab order that BOUNDSHEET records (and people) use
		if (sheetsInStreamOrder == null) {
			sheetsInStreamOrder = BoundSheetRecord.orderByBofPosition(sheets);
		}
		substream++;
		reading = false;
		rowIndex = -1;
		cells.clear();
		stringFormula = null;
		if (substream < sheetsInStreamOrder.length) {
			BoundSheetRecord sheet = sheetsInStreamOrder[substream];
			int index = sheets.indexOf(sheet);
			reading = handler.startSheet(index, sheet.getSheetname());
		}
	}

	private void cellRecord(Record record) {
		if (record instanceof StringRecord) {
			if (stringFormula != null) {
				add(stringFormula, values.text(stringFormula, ((StringRecord) record).getString()));
				stringFormula = null;
			}
			return;
		}
		// SHRFMLA, ARRAY or TABLE may sit between a formula and its STRING record; only a cell ends the wait
		if (!(record instanceof CellValueRecordInterface)) {
			return;
		}
		stringFormula = null;
		if (record instanceof LabelSSTRecord) {
			LabelSSTRecord label = (LabelSSTRecord) record;
			add(label, values.text(label, strings.getString(label.getSSTIndex()).getString()));
		}
		else if (record instanceof LabelRecord) {
			LabelRecord label = (LabelRecord) record;
			add(label, values.text(label, label.getValue()));
		}
		else if (record instanceof NumberRecord) {
			NumberRecord number = (NumberRecord) record;
			add(number, values.numeric(number, number.getValue()));
		}
		else if (record instanceof RKRecord) {
			// POI turns RK records into NUMBER records already; kept for robustness
			RKRecord number = (RKRecord) record;
			add(number, values.numeric(number, number.getRKNumber()));
		}
		else if (record instanceof BoolErrRecord) {
			BoolErrRecord value = (BoolErrRecord) record;
			add(value, value.isBoolean() ? values.bool(value, value.getBooleanValue())
					: values.error(value, value.getErrorValue()));
		}
		else if (record instanceof FormulaRecord) {
			formula((FormulaRecord) record);
		}
	}

	private void formula(FormulaRecord formula) {
		switch (formula.getCachedResultTypeEnum()) {
			case NUMERIC -> add(formula, values.numeric(formula, formula.getValue()));
			case STRING -> stringFormula = formula.hasCachedResultString() ? formula : null;
			case BOOLEAN -> add(formula, values.bool(formula, formula.getCachedBooleanValue()));
			case ERROR -> add(formula, values.error(formula, formula.getCachedErrorValue()));
			default -> {
			}
		}
	}

	private void add(CellValueRecordInterface record, SheetCell cell) {
		if (record.getRow() != rowIndex) {
			flushRow();
			rowIndex = record.getRow();
		}
		if (cell != null) {
			cells.put(cell.column(), cell);
		}
	}

	private void flushRow() {
		if (!cells.isEmpty()) {
			SheetRow row = new SheetRow(rowIndex, new ArrayList<>(cells.values()));
			cells.clear();
			handler.row(row);
		}
	}

}
