package tw.gov.quality.report;

import java.io.IOException;
import java.util.List;
import java.util.StringJoiner;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

import tw.gov.quality.progress.ItemStatus;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;
import tw.gov.quality.spreadsheet.StreamedSheet;
import tw.gov.quality.validation.ReportedItem;

import static tw.gov.quality.spreadsheet.Cells.text;

/**
 * The foot of an office's sheet: the items a reviewer need not read on paper ({@link ItemReport#settled()}), a
 * line per state listing each with its date and its figure against the target (「1.2（2／每年1次）」), then
 * where the whole texts are: the annex 執行情形明細.
 */
final class SettledItems {

	private final List<ItemReport> items;

	SettledItems(List<ItemReport> items) {
		this.items = items;
	}

	/**
	 * Writes the lines from row {@code r} on, each merged across the sheet's columns.
	 *
	 * @return the next free row
	 */
	int write(StreamedSheet sheet, int r, ReportStyles styles, String annexName) throws IOException {
		int row = r;
		long settled = items.stream().filter(ItemReport::settled).count();
		for (ItemStatus status : List.of(ItemStatus.COMPLETED, ItemStatus.ONGOING)) {
			String line = line(status);
			if (line != null) {
				row = merged(sheet, row, line, styles);
			}
		}
		String where = (settled > 0 ? "以上 " + settled + " 項檢核無誤，本表不列其執行情形；" : "") + "各項執行情形及備註全文（機關填報之全部文字）見"
				+ ExecutionTextsAnnex.LABEL + "「" + ExecutionTextsAnnex.NAME + "」（" + annexName + "）。";
		return merged(sheet, row, where, styles);
	}

	/** 「持續辦理 22 項：1.1、1.2（2／每年1次）…」; {@code null} when no settled item has the state. */
	private String line(ItemStatus status) {
		StringJoiner codes = new StringJoiner("、");
		int count = 0;
		for (ItemReport item : items) {
			if (item.settled() && item.reported().status() == status) {
				codes.add(item.item().code() + figures(item));
				count++;
			}
		}
		return count == 0 ? null : status.label() + " " + count + " 項：" + codes;
	}

	/** 「（104年4月24日；1／每年1次）」: the date done and the figure against the target, what there is of them. */
	private static String figures(ItemReport item) {
		ReportedItem reported = item.reported();
		StringJoiner parts = new StringJoiner("；", "（", "）").setEmptyValue("");
		if (reported.completedOn() != null) {
			parts.add(ReportTexts.date(reported.completedOn()));
		}
		if (reported.cumulative() != null || item.item().target() != null) {
			String done = reported.cumulative() == null ? "—" : ReportTexts.quantity(reported.cumulative());
			parts.add(item.item().target() == null ? done : done + "／" + item.item().target().label());
		}
		return parts.toString();
	}

	private static int merged(StreamedSheet sheet, int r, String line, ReportStyles styles) throws IOException {
		Row row = sheet.createRow(r);
		for (int c = 0; c < OfficeSheet.COLUMNS.size(); c++) {
			text(row, c, c == 0 ? line : null, styles.text());
		}
		sheet.addMergedRegion(new CellRangeAddress(r, r, 0, OfficeSheet.COLUMNS.size() - 1));
		row.setHeightInPoints(RowHeights.height(line, PrintLayout.PRINTED_WIDTH));
		return r + 1;
	}

}
