package tw.gov.quality.database;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Batched statements sent in parts of at most about {@value #PART_BYTES} bytes. MariaDB's driver encodes a
 * batch in one buffer that grows from 128 KB straight to 1 MB, and in a small heap (the benchmark's 256 MB:
 * 1 MB regions) every such buffer is a humongous object, which G1 answers with a concurrent collection:
 * 26 of them while 10,000 sheets were ingested, one per chunk's items (2,000 rows). In parts, the buffer
 * stays at 128 KB and the rows still go in a few round trips.
 */
public final class JdbcBatches {

	/** Well under the driver's 128 KB step, counting every character as three bytes. */
	static final int PART_BYTES = 96 * 1024;

	private JdbcBatches() {
	}

	/** Runs the statement once per row, in the rows' order, a part at a time. */
	public static void update(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
		for (List<Object[]> part : parts(rows)) {
			jdbc.batchUpdate(sql, part);
		}
	}

	static List<List<Object[]>> parts(List<Object[]> rows) {
		List<List<Object[]>> parts = new ArrayList<>();
		List<Object[]> part = new ArrayList<>();
		long bytes = 0;
		for (Object[] row : rows) {
			long size = encodedSize(row);
			if (!part.isEmpty() && bytes + size > PART_BYTES) {
				parts.add(part);
				part = new ArrayList<>();
				bytes = 0;
			}
			part.add(row);
			bytes += size;
		}
		if (!part.isEmpty()) {
			parts.add(part);
		}
		return parts;
	}

	/** At most what the row takes in a bulk packet: UTF-8 (3 bytes a character here), 9 for anything else. */
	private static long encodedSize(Object[] row) {
		long size = 0;
		for (Object value : row) {
			size += value instanceof CharSequence text ? 3L * text.length() + 9 : 9;
		}
		return size;
	}

}
