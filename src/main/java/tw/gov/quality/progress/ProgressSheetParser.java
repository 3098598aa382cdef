package tw.gov.quality.progress;

import tw.gov.quality.spreadsheet.RowHandler;
import tw.gov.quality.spreadsheet.SheetRow;

import static tw.gov.quality.progress.ProgressSheetLayout.*;

/**
 * Turns a workbook's rows into what the office reported; one parser per file, then {@link #result()}.
 * <p>
 * Reads the sheet named 進度回報 if it has a header row (a row with 項次 and 執行狀態), else the first
 * sheet that has one, so that a sheet the office typed itself is read too; the hidden
 * {@code _identity} sheet wherever it is; nothing else. At most two candidate sheets are held: the
 * first with a header, and 進度回報 should it come later.
 */
public class ProgressSheetParser implements RowHandler {

	private final IdentitySheet identity = new IdentitySheet();

	private SheetCandidate current;

	private SheetCandidate named;

	private SheetCandidate first;

	private String firstSheet;

	/** The 進度回報 sheet's name as written, when it has no header row. */
	private String namedWithoutHeader;

	@Override
	public boolean startSheet(int index, String name) {
		finishSheet();
		boolean identityRows = identity.start(name);
		if (IdentitySheet.is(name)) {
			return identityRows;
		}
		if (firstSheet == null) {
			firstSheet = name;
		}
		boolean isNamed = Labels.isProgressSheet(name);
		if (named != null || Labels.isInstructions(name) || (first != null && !isNamed)) {
			return false;
		}
		current = new SheetCandidate(name);
		return true;
	}

	@Override
	public void row(SheetRow row) {
		if (!identity.row(row) && current != null) {
			current.row(row);
		}
	}

	/** The sheet the office reported in. */
	public ProgressSheet result() throws ProgressSheetException {
		finishSheet();
		SheetCandidate chosen = (named != null) ? named : first;
		if (chosen != null) {
			return chosen.toSheet(identity.values());
		}
		if (namedWithoutHeader != null) {
			throw new ProgressSheetException("工作表「" + SHEET + "」找不到標題列：需有一列同時含「" + CODE + "」與「" + STATUS
					+ "」欄。請使用系統產生的範本填寫，勿刪除或改寫標題列。", Field.ref(namedWithoutHeader, 1, 0));
		}
		throw new ProgressSheetException("活頁簿中找不到進度回報表：沒有任何工作表有同時含「" + CODE + "」與「" + STATUS
				+ "」欄的標題列。請使用系統產生的範本填寫，工作表名稱請保留「" + SHEET + "」。",
				(firstSheet == null) ? null : Field.ref(firstSheet, 1, 0));
	}

	private void finishSheet() {
		if (current == null) {
			return;
		}
		boolean isNamed = Labels.isProgressSheet(current.name());
		if (current.hasHeader()) {
			if (isNamed) {
				named = current;
				first = null;
			}
			else if (first == null) {
				first = current;
			}
		}
		else if (isNamed) {
			namedWithoutHeader = current.name();
		}
		current = null;
	}

}
