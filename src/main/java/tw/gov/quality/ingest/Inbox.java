package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.office.OfficeRegistry;

/**
 * The shared folder offices drop their sheets into: {@code inbox/<office-code>/}. A file is taken
 * only when two looks, {@link IngestProperties#settleTime()} apart, see the same size and
 * modification time.
 */
@Component
class Inbox {

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	private final Folders folders;

	private final OfficeRegistry offices;

	private final IngestProperties properties;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	Inbox(Folders folders, OfficeRegistry offices, IngestProperties properties, JdbcClient jdbc, JdbcTemplate batch,
			Clock clock) {
		this.folders = folders;
		this.offices = offices;
		this.properties = properties;
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	private record Look(long size, LocalDateTime modified) {
	}

	List<InboxFile> completeFiles() throws IOException, InterruptedException {
		Path root = folders.inbox();
		Files.createDirectories(root);
		LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
		Optional<LocalDateTime> previousScan = jdbc.sql("SELECT MAX(scanned_at) FROM inbox_scan")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toLocalDateTime);
		Map<Path, Look> first = look(root);
		if (!first.isEmpty() && !properties.settleTime().isZero()) {
			Thread.sleep(properties.settleTime().toMillis());
		}
		Map<Path, Look> second = look(root);
		jdbc.sql("INSERT INTO inbox_scan (scanned_at) VALUES (?)").param(Timestamp.valueOf(now)).update();
		// Every observation in one query and the new ones in one batch: a busy inbox holds thousands of files.
		Map<String, LocalDateTime> known = observations();
		List<Object[]> firstSeen = new ArrayList<>();
		List<InboxFile> complete = new ArrayList<>();
		for (Map.Entry<Path, Look> entry : second.entrySet()) {
			Path path = entry.getKey();
			Look look = entry.getValue();
			LocalDateTime notBefore = notBefore(path, look, now, previousScan.orElse(null), known, firstSeen);
			if (!look.equals(first.get(path))) {
				log.info("Inbox file {} is still being written; left for the next run", root.relativize(path));
				continue;
			}
			LocalDateTime received = look.modified();
			if (notBefore != null && received.isBefore(notBefore)) {
				received = notBefore;
			}
			if (received.isAfter(now)) {
				received = now;
			}
			Path relative = root.relativize(path);
			String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
			String office = offices.find(folder).map(o -> o.code()).orElse(null);
			complete.add(new InboxFile(path, folder, office, path.getFileName().toString(), look.size(), received));
		}
		batch.batchUpdate("""
				INSERT INTO inbox_observation (path, size_bytes, modified_at, first_seen_at, not_before)
				VALUES (?, ?, ?, ?, ?)""", firstSeen);
		forgetVanished(known.keySet(), second);
		return complete;
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

	/** Recorded at first sight: the time of the last scan that did not see the file. */
	private static LocalDateTime notBefore(Path path, Look look, LocalDateTime now, LocalDateTime previousScan,
			Map<String, LocalDateTime> known, List<Object[]> firstSeen) {
		String key = path.toString();
		if (known.containsKey(key)) {
			return known.get(key);
		}
		firstSeen.add(new Object[] { key, look.size(), Timestamp.valueOf(look.modified()), Timestamp.valueOf(now),
				previousScan == null ? null : Timestamp.valueOf(previousScan) });
		return previousScan;
	}

	private void forgetVanished(Collection<String> known, Map<Path, Look> present) {
		List<Object[]> vanished = known.stream()
			.filter(path -> !present.containsKey(Path.of(path)))
			.map(path -> new Object[] { path })
			.toList();
		batch.batchUpdate("DELETE FROM inbox_observation WHERE path = ?", vanished);
	}

	private Map<Path, Look> look(Path root) throws IOException {
		Map<Path, Look> files = new HashMap<>();
		ZoneId zone = clock.getZone();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || isScratch(path.getFileName().toString())) {
					continue;
				}
				BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
						LinkOption.NOFOLLOW_LINKS);
				LocalDateTime modified = LocalDateTime.ofInstant(attributes.lastModifiedTime().toInstant(), zone)
					.truncatedTo(ChronoUnit.MILLIS);
				files.put(path, new Look(attributes.size(), modified));
			}
		}
		return files;
	}

	/** Lock and partial files that editors and copy tools leave next to a document: not submissions. */
	static boolean isScratch(String name) {
		String lower = name.toLowerCase();
		return name.startsWith("~$") || name.startsWith(".~lock.") || name.startsWith(".writing-")
				|| lower.equals("thumbs.db") || lower.equals(".ds_store") || lower.endsWith(".tmp")
				|| lower.endsWith(".part") || lower.endsWith(".crdownload");
	}

}
