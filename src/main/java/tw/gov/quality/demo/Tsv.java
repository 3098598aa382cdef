package tw.gov.quality.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the tab-separated resources under {@code /demo}: lines starting with {@code #} and blank lines are
 * skipped, the first other line names the columns, a line may stop short of the last columns.
 */
final class Tsv {

	private Tsv() {
	}

	/** One data line: its values by column name, and where it is for error messages. */
	record Line(String resource, int number, Map<String, String> values) {

		/** The value, stripped; {@code ""} where the line stops short of the column. */
		String get(String column) {
			return values.getOrDefault(column, "");
		}

		IllegalStateException error(String message) {
			return new IllegalStateException(resource + " line " + number + ": " + message);
		}

	}

	static List<Line> read(String resource) throws IOException {
		return readIfPresent(resource)
			.orElseThrow(() -> new IllegalStateException("demo resource " + resource + " not found"));
	}

	static Optional<List<Line>> readIfPresent(String resource) throws IOException {
		InputStream in = Tsv.class.getResourceAsStream(resource);
		if (in == null) {
			return Optional.empty();
		}
		List<String> columns = null;
		List<Line> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String text;
			int number = 0;
			while ((text = reader.readLine()) != null) {
				number++;
				if (number == 1 && text.startsWith("\uFEFF")) {
					text = text.substring(1);
				}
				if (text.isBlank() || text.startsWith("#")) {
					continue;
				}
				String[] cells = text.split("\t", -1);
				if (columns == null) {
					columns = Arrays.stream(cells).map(String::strip).toList();
					continue;
				}
				if (cells.length > columns.size()) {
					throw new IllegalStateException(resource + " line " + number + ": " + cells.length
							+ " values for " + columns.size() + " columns " + columns);
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < cells.length; i++) {
					values.put(columns.get(i), cells[i].strip());
				}
				lines.add(new Line(resource, number, values));
			}
		}
		return Optional.of(lines);
	}

}
