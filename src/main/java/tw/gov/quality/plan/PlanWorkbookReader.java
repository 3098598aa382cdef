package tw.gov.quality.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import tw.gov.quality.calendar.RocYear;
import tw.gov.quality.spreadsheet.RowHandler;
import tw.gov.quality.spreadsheet.SheetRow;
import tw.gov.quality.spreadsheet.UnreadableSpreadsheetException;
import tw.gov.quality.spreadsheet.XlsxReader;

import static tw.gov.quality.plan.PlanWorkbookLayout.*;

/** Reads a plan workbook (see {@link PlanWorkbookLayout}); every problem is reported with file, sheet and row. */
public class PlanWorkbookReader {

	/** The office code the workbook states, and the plan. */
	public record Result(String officeName, Plan plan) {
	}

	public Result read(Path file) throws IOException, PlanFormatException {
		String name = file.getFileName().toString();
		List<SheetRow> rows = new ArrayList<>();
		String[] sheetName = new String[1];
		try {
			new XlsxReader().read(file, new RowHandler() {
				@Override
				public boolean startSheet(int index, String sheet) {
					boolean wanted = SHEET.equals(sheet) || (index == 0 && sheetName[0] == null);
					if (wanted) {
						sheetName[0] = sheet;
						rows.clear();
					}
					return wanted;
				}

				@Override
				public void row(SheetRow row) {
					rows.add(row);
				}
			});
		}
		catch (UnreadableSpreadsheetException ex) {
			throw new PlanFormatException("計畫檔 " + name + " 無法讀取：" + ex.getMessage(), ex);
		}
		return parse(name, sheetName[0], rows);
	}

	private Result parse(String file, String sheet, List<SheetRow> rows) throws PlanFormatException {
		Header header = header(file, sheet, rows);
		Map<String, String> metadata = header.metadata();
		String officeCode = require(metadata, OFFICE_CODE, file, sheet);
		String yearText = require(metadata, YEAR, file, sheet);
		OptionalInt year = RocYear.parse(yearText);
		if (year.isEmpty()) {
			throw PlanFormatException.at(file, sheet, 1, "計畫年度「" + yearText + "」無法辨識，請填民國年，例如 107");
		}
		Map<Integer, Strategy> strategies = new LinkedHashMap<>();
		List<PlanItem> items = items(file, sheet, rows.subList(header.next(), rows.size()), header, year.getAsInt(),
				strategies);
		Plan plan = new Plan(officeCode, year.getAsInt(), metadata.getOrDefault(TITLE, ""),
				metadata.getOrDefault(SOURCE, file), List.copyOf(strategies.values()), items,
				evaluation(metadata, file, sheet));
		return new Result(metadata.getOrDefault(OFFICE_NAME, ""), plan);
	}

	/**
	 * The header row (one with 項次 and 具體推動作法) and the label-value pairs above it.
	 *
	 * @param next the index in the rows of the first row after the header
	 */
	private record Header(Map<String, String> metadata, Map<String, Integer> columns, int row, int next) {
	}

	private static Header header(String file, String sheet, List<SheetRow> rows) throws PlanFormatException {
		Map<String, String> metadata = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			SheetRow row = rows.get(i);
			Map<String, Integer> labels = labels(row);
			if (labels.containsKey(CODE) && labels.containsKey(ACTION)) {
				for (String required : REQUIRED_COLUMNS) {
					if (!labels.containsKey(required)) {
						throw PlanFormatException.at(file, sheet, row.number(), "標題列缺少「" + required + "」欄");
					}
				}
				return new Header(metadata, labels, row.number(), i + 1);
			}
			labels.forEach((label, column) -> metadata.put(label, valueRightOf(row, column)));
		}
		throw PlanFormatException.at(file, sheet, rows.isEmpty() ? 1 : rows.get(rows.size() - 1).number(),
				"找不到標題列（需含「項次」與「具體推動作法」欄）");
	}

	/** The items in the rows under the header, blank rows passed over; each 項次 once, at least one item. */
	private List<PlanItem> items(String file, String sheet, List<SheetRow> rows, Header header, int year,
			Map<Integer, Strategy> strategies) throws PlanFormatException {
		List<PlanItem> items = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (SheetRow row : rows) {
			if (row.isBlank()) {
				continue;
			}
			PlanItem item = new PlanItemRow(file, sheet, row, header.columns()).item(year, strategies);
			Integer earlier = seen.putIfAbsent(item.code(), row.number());
			if (earlier != null) {
				throw PlanFormatException.at(file, sheet, row.number(), "項次 " + item.code() + " 與第 " + earlier + " 列重複");
			}
			items.add(item);
		}
		if (items.isEmpty()) {
			throw PlanFormatException.at(file, sheet, header.row(), "標題列之後沒有任何計畫項目");
		}
		return items;
	}

	/** The optional 考核 settings: total and pass line together, or neither. */
	private static Evaluation evaluation(Map<String, String> metadata, String file, String sheet)
			throws PlanFormatException {
		String total = metadata.getOrDefault(EVALUATION_TOTAL, "").replace(",", "").strip();
		String pass = metadata.getOrDefault(EVALUATION_PASS, "").replace(",", "").strip();
		if (total.isEmpty() && pass.isEmpty()) {
			return null;
		}
		java.math.BigDecimal totalPoints;
		java.math.BigDecimal passLine;
		try {
			totalPoints = new java.math.BigDecimal(total).stripTrailingZeros();
			passLine = new java.math.BigDecimal(pass).stripTrailingZeros();
		}
		catch (NumberFormatException ex) {
			throw PlanFormatException.at(file, sheet, 1, "「" + EVALUATION_TOTAL + "」與「" + EVALUATION_PASS + "」須同時填寫數字");
		}
		if (totalPoints.signum() <= 0 || passLine.signum() < 0 || passLine.compareTo(totalPoints) > 0) {
			throw PlanFormatException.at(file, sheet, 1, "考核及格分數須介於 0 與考核總分之間");
		}
		String days = metadata.getOrDefault(EVALUATION_RECORD_DAYS, "").replaceAll("\\D", "");
		String rhythm = metadata.getOrDefault(EVALUATION_RHYTHM, "").strip();
		return new Evaluation(totalPoints, passLine, rhythm.isEmpty() ? null : rhythm,
				days.isEmpty() ? null : Integer.valueOf(days));
	}

	private static Map<String, Integer> labels(SheetRow row) {
		Map<String, Integer> labels = new HashMap<>();
		row.cells().forEach(cell -> {
			String label = PlanItemRow.normalize(cell.text()).replaceAll("\\s+", "");
			if (COLUMNS.contains(label) || List.of(OFFICE_CODE, OFFICE_NAME, YEAR, TITLE, SOURCE).contains(label)
					|| EVALUATION.contains(label)) {
				labels.putIfAbsent(label, cell.column());
			}
		});
		return labels;
	}

	private static String valueRightOf(SheetRow row, int column) {
		return row.cells()
			.stream()
			.filter(cell -> cell.column() > column && !cell.isBlank())
			.findFirst()
			.map(cell -> cell.text().strip())
			.orElse("");
	}

	private static String require(Map<String, String> metadata, String label, String file, String sheet)
			throws PlanFormatException {
		String value = metadata.getOrDefault(label, "");
		if (value.isBlank()) {
			throw PlanFormatException.at(file, sheet, 1, "缺少「" + label + "」或其值空白");
		}
		return PlanItemRow.normalize(value);
	}

}
