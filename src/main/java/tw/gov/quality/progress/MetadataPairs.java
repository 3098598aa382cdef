package tw.gov.quality.progress;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import tw.gov.quality.spreadsheet.SheetCell;
import tw.gov.quality.spreadsheet.SheetRow;

/**
 * Label / value pairs on one row: a label cell takes the nearest non-blank cell to its right, unless
 * that cell is the next label ("填報人 | | 聯絡電話 | 02-1234" leaves 填報人 blank).
 */
final class MetadataPairs {

	private MetadataPairs() {
	}

	/** Adds the row's pairs to {@code metadata}; a value already read is kept. */
	static void read(String sheet, SheetRow row, Map<String, Field> metadata) {
		List<SheetCell> cells = row.cells()
			.stream()
			.filter(cell -> !cell.isBlank())
			.sorted(Comparator.comparingInt(SheetCell::column))
			.toList();
		for (int i = 0; i < cells.size(); i++) {
			SheetCell cell = cells.get(i);
			if (cell.kind() != SheetCell.Kind.TEXT) {
				continue;
			}
			int at = i;
			Labels.metadata(cell.text()).ifPresentOrElse(key -> {
				boolean valued = at + 1 < cells.size() && !isLabel(cells.get(at + 1));
				put(metadata, key, valued ? Field.of(sheet, row.number(), cells.get(at + 1))
						: Field.blank(sheet, row.number(), cell.column() + 1));
			}, () -> Labels.metadataPair(cell.text())
				.ifPresent(pair -> put(metadata, pair.getKey(), new Field(pair.getValue(), SheetCell.Kind.TEXT, sheet,
						row.number(), cell.column()))));
		}
	}

	private static boolean isLabel(SheetCell cell) {
		return cell.kind() == SheetCell.Kind.TEXT
				&& (Labels.metadata(cell.text()).isPresent() || Labels.metadataPair(cell.text()).isPresent());
	}

	private static void put(Map<String, Field> metadata, String key, Field value) {
		Field earlier = metadata.get(key);
		if (earlier == null || (earlier.isBlank() && !value.isBlank())) {
			metadata.put(key, value);
		}
	}

}
