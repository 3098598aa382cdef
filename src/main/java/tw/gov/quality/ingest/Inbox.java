package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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

	private final InboxObservations observations;

	private final Clock clock;

	Inbox(Folders folders, OfficeRegistry offices, IngestProperties properties, JdbcClient jdbc, JdbcTemplate batch,
			Clock clock) {
		this.folders = folders;
		this.offices = offices;
		this.properties = properties;
		this.observations = new InboxObservations(jdbc, batch);
		this.clock = clock;
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

		/** Its size or time still changing: its sender is still writing it. */
		static Left stillBeingWritten(String path) {
			return new Left(path, "檔案仍在寫入中（大小或修改時間仍在變動）");
		}

	}

	Scan scan() throws IOException, InterruptedException {
		Path root = folders.inbox();
		Files.createDirectories(root);
		LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
		Optional<LocalDateTime> previousScan = observations.lastScan();
		List<Left> ignored = new ArrayList<>();
		Map<Path, InboxLook> first = InboxLook.all(root, ignored, clock.getZone());
		if (!first.isEmpty() && !properties.settleTime().isZero() && !allSettled(first, now)) {
			Thread.sleep(properties.settleTime().toMillis());
		}
		Map<Path, InboxLook> second = InboxLook.all(root, new ArrayList<>(), clock.getZone());
		InboxObservations.Round round = observations.start(now, previousScan.orElse(null));
		List<InboxFile> complete = new ArrayList<>();
		List<Left> waiting = new ArrayList<>();
		for (Map.Entry<Path, InboxLook> entry : second.entrySet()) {
			Path path = entry.getKey();
			InboxLook look = entry.getValue();
			LocalDateTime notBefore = round.notBefore(path, look);
			Optional<Left> wait = waiting(root, path, look, first.get(path), now);
			if (wait.isPresent()) {
				waiting.add(wait.get());
				continue;
			}
			complete.add(file(root, path, look, notBefore, now));
		}
		round.finish(second.keySet());
		complete.sort(Comparator.comparing(InboxFile::path));
		return new Scan(complete, waiting, ignored);
	}

	/**
	 * Whether the second look can follow the first at once: every file unchanged for a settle time
	 * already and its container known to be whole. A copy that keeps the source's modification time
	 * (as Explorer's does) looks old while it grows, so its end decides: a zip's central directory or an
	 * OLE2 file's last sector is written last. Anything else (a .csv, a cut copy) waits as before.
	 */
	private boolean allSettled(Map<Path, InboxLook> looks, LocalDateTime now) {
		LocalDateTime settledBy = now.minus(properties.settleTime());
		for (Map.Entry<Path, InboxLook> look : looks.entrySet()) {
			try {
				if (look.getValue().modified().isAfter(settledBy) || !ContainerEnds.there(look.getKey())) {
					return false;
				}
			}
			catch (NoSuchFileException ex) {
				// Taken since the first look (by another node, or its sender): nothing of it to wait for. Waiting
				// a settle time for it let a busy node take every file while this one slept.
			}
			catch (IOException ex) {
				return false; // unreadable now: the two looks decide, as for any file
			}
		}
		return true;
	}

	/** Why a file is left for the next run, if it is: still being written, or its end not there yet. */
	private Optional<Left> waiting(Path root, Path path, InboxLook look, InboxLook before, LocalDateTime now) {
		String shown = FileNames.printable(root.relativize(path).toString());
		if (!look.equals(before)) {
			log.info("Inbox file {} is still being written; left for the next run", shown);
			return Optional.of(Left.stillBeingWritten(shown));
		}
		if (unfinished(path, look, now)) {
			log.info("Inbox file {} has no end yet (an unfinished copy?); left for the next run", shown);
			return Optional.of(new Left(shown, "檔案尚未傳送完整（試算表結尾不完整）；修改後 "
					+ properties.incompleteWait().toMinutes() + " 分鐘內仍未完整才會退件"));
		}
		return Optional.empty();
	}

	/** A complete file, received when modified but never before {@code notBefore} nor after {@code now}. */
	private InboxFile file(Path root, Path path, InboxLook look, LocalDateTime notBefore, LocalDateTime now) {
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
		return new InboxFile(path, folder, office, path.getFileName().toString(), look.size(), received);
	}

	/** The path as offices see it: relative to the inbox. */
	String relative(Path path) {
		return folders.inbox().relativize(path).toString();
	}

	/** A spreadsheet still missing its container's end, modified recently enough that its writer may still be at it. */
	private boolean unfinished(Path path, InboxLook look, LocalDateTime now) {
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

}
