package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.database.JdbcBatches;

/**
 * What scans of the inbox remember between runs: when each scan ran, and when each file was first
 * seen, so that a file's arrival is never dated before the last scan that did not see it.
 */
final class InboxObservations {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	InboxObservations(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** When the last scan ran, if one did. */
	Optional<LocalDateTime> lastScan() {
		return jdbc.sql("SELECT MAX(scanned_at) FROM inbox_scan")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toLocalDateTime);
	}

	/** Records a scan at {@code now} and reads what earlier scans observed. */
	Round start(LocalDateTime now, LocalDateTime previousScan) {
		jdbc.sql("INSERT INTO inbox_scan (scanned_at) VALUES (?)").param(Timestamp.valueOf(now)).update();
		// Every observation in one query and the new ones in one batch: a busy inbox holds thousands of files.
		return new Round(now, previousScan, observations());
	}

	/** What earlier scans recorded: path to not-before time ({@code null} if none was known). */
	private Map<String, LocalDateTime> observations() {
		Map<String, LocalDateTime> known = new HashMap<>();
		jdbc.sql("SELECT path, not_before FROM inbox_observation").query((ResultSet rs) -> {
			Timestamp notBefore = rs.getTimestamp(2);
			known.put(rs.getString(1), notBefore == null ? null : notBefore.toLocalDateTime());
		});
		return known;
	}

	/** One scan's observations: the files it sees first are recorded, the ones gone are forgotten, at its end. */
	final class Round {

		private final LocalDateTime now;

		private final LocalDateTime previousScan;

		private final Map<String, LocalDateTime> known;

		private final List<Object[]> firstSeen = new ArrayList<>();

		private Round(LocalDateTime now, LocalDateTime previousScan, Map<String, LocalDateTime> known) {
			this.now = now;
			this.previousScan = previousScan;
			this.known = known;
		}

		/** Recorded at first sight: the time of the last scan that did not see the file. */
		LocalDateTime notBefore(Path path, InboxLook look) {
			String key = path.toString();
			if (known.containsKey(key)) {
				return known.get(key);
			}
			firstSeen.add(new Object[] { key, look.size(), Timestamp.valueOf(look.modified()), Timestamp.valueOf(now),
					previousScan == null ? null : Timestamp.valueOf(previousScan) });
			return previousScan;
		}

		/** Records the files seen first and forgets those no longer {@code present}. */
		void finish(Collection<Path> present) {
			// IGNORE: another node scanning at the same moment may have recorded the same first sight.
			JdbcBatches.update(batch, """
					INSERT IGNORE INTO inbox_observation (path, size_bytes, modified_at, first_seen_at, not_before)
					VALUES (?, ?, ?, ?, ?)""", firstSeen);
			List<Object[]> vanished = known.keySet()
				.stream()
				.filter(path -> !present.contains(Path.of(path)))
				.map(path -> new Object[] { path })
				.toList();
			JdbcBatches.update(batch, "DELETE FROM inbox_observation WHERE path = ?", vanished);
		}

	}

}
