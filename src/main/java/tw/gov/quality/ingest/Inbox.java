package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.spreadsheet.ContainerEnds;

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

	/**
	 * What one scan found.
	 *
	 * @param complete files to receive now
	 * @param waiting files left for a later run, each with why (in Chinese)
	 * @param ignored entries that are not regular files (links, pipes, devices), never opened, each with what it is
	 */
	record Scan(List<InboxFile> complete, List<Left> waiting, List<Left> ignored) {
	}

	/** An inbox entry not received this run, by its path relative to the inbox. */
	record Left(String path, String reason) {
	}

	Scan scan() throws IOException, InterruptedException {
		Path root = folders.inbox();
		Files.createDirectories(root);
		LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
		Optional<LocalDateTime> previousScan = jdbc.sql("SELECT MAX(scanned_at) FROM inbox_scan")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toLocalDateTime);
		List<Left> ignored = new ArrayList<>();
		Map<Path, Look> first = look(root, ignored);
		if (!first.isEmpty() && !properties.settleTime().isZero()) {
			Thread.sleep(properties.settleTime().toMillis());
		}
		Map<Path, Look> second = look(root, new ArrayList<>());
		jdbc.sql("INSERT INTO inbox_scan (scanned_at) VALUES (?)").param(Timestamp.valueOf(now)).update();
		// Every observation in one query and the new ones in one batch: a busy inbox holds thousands of files.
		Map<String, LocalDateTime> known = observations();
		List<Object[]> firstSeen = new ArrayList<>();
		List<InboxFile> complete = new ArrayList<>();
		List<Left> waiting = new ArrayList<>();
		for (Map.Entry<Path, Look> entry : second.entrySet()) {
			Path path = entry.getKey();
			Look look = entry.getValue();
			LocalDateTime notBefore = notBefore(path, look, now, previousScan.orElse(null), known, firstSeen);
			String shown = FileNames.printable(root.relativize(path).toString());
			if (!look.equals(first.get(path))) {
				log.info("Inbox file {} is still being written; left for the next run", shown);
				waiting.add(new Left(shown, "檔案仍在寫入中（大小或修改時間仍在變動）"));
				continue;
			}
			if (unfinished(path, look, now)) {
				log.info("Inbox file {} has no end yet (an unfinished copy?); left for the next run", shown);
				waiting.add(new Left(shown, "檔案尚未傳送完整（試算表結尾不完整）；修改後 "
						+ properties.incompleteWait().toMinutes() + " 分鐘內仍未完整才會退件"));
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
		// IGNORE: another node scanning at the same moment may have recorded the same first sight.
		batch.batchUpdate("""
				INSERT IGNORE INTO inbox_observation (path, size_bytes, modified_at, first_seen_at, not_before)
				VALUES (?, ?, ?, ?, ?)""", firstSeen);
		forgetVanished(known.keySet(), second);
		complete.sort(Comparator.comparing(InboxFile::path));
		return new Scan(complete, waiting, ignored);
	}

	/** The path as offices see it: relative to the inbox. */
	String relative(Path path) {
		return folders.inbox().relativize(path).toString();
	}

	/** A spreadsheet still missing its container's end, modified recently enough that its writer may still be at it. */
	private boolean unfinished(Path path, Look look, LocalDateTime now) {
		if (look.modified().plus(properties.incompleteWait()).isBefore(now)) {
			return false;
		}
		try {
			return ContainerEnds.missing(path);
		}
		catch (IOException ex) {
			return false; // receiving reads it next and says what is wrong
		}
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

	/** Regular files by path; links, pipes and devices go to {@code ignored}, never followed or opened. */
	private Map<Path, Look> look(Path root, List<Left> ignored) throws IOException {
		Map<Path, Look> files = new HashMap<>();
		ZoneId zone = clock.getZone();
		// An inbox configured as a link (to the shared drive) is walked where it points; links inside it never are.
		Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
		Files.walkFileTree(start, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path walked, BasicFileAttributes attributes) {
				Path path = root.resolve(start.relativize(walked));
				String name = path.getFileName().toString();
				if (!attributes.isRegularFile()) {
					String kind = attributes.isSymbolicLink() ? "捷徑（符號連結）" : "特殊檔案（具名管道、裝置等）";
					String shown = FileNames.printable(root.relativize(path).toString());
					log.warn("Inbox entry {} is not a regular file ({}); not received", shown,
							attributes.isSymbolicLink() ? "symbolic link" : "pipe, socket or device");
					ignored.add(new Left(shown, kind + "不是一般檔案，系統不會收取；請改放檔案本身"));
				}
				else if (!isScratch(name)) {
					LocalDateTime modified = LocalDateTime.ofInstant(attributes.lastModifiedTime().toInstant(), zone)
						.truncatedTo(ChronoUnit.MILLIS);
					files.put(path, new Look(attributes.size(), modified));
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path walked, IOException ex) {
				Path path = root.resolve(start.relativize(walked));
				// gone between listing and looking (a sender moved it away), or unreadable: seen next run
				if (!(ex instanceof NoSuchFileException)) {
					log.warn("Inbox entry {} could not be looked at: {}", FileNames.printable(root.relativize(path).toString()),
							ex.toString());
				}
				return FileVisitResult.CONTINUE;
			}
		});
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
