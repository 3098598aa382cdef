package tw.gov.quality.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tw.gov.quality.Checksums;
import tw.gov.quality.Folders;
import tw.gov.quality.database.CollisionRetries;
import tw.gov.quality.office.OfficeRegistry;

/**
 * Loads the plan workbooks into the database at start-up and whenever {@link #refresh()} finds a
 * file whose checksum changed; a file whose size and time are as stored is not read at all. A malformed
 * workbook is reported and skipped; the plan loaded from its last good version stays in force.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PlanLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlanLoader.class);

	private final Folders folders;

	private final OfficeRegistry offices;

	private final PlanStore store;

	/** Plans stored in one transaction: a commit per plan is most of the time a thousand plans take. */
	private static final int SAVED_TOGETHER = 200;

	/** Times a batch's transaction is tried when it loses a deadlock to another process storing the same plans. */
	private static final int STORE_ATTEMPTS = 3;

	private final PlanWorkbookReader reader = new PlanWorkbookReader();

	private volatile Report lastReport = new Report(List.of(), List.of(), List.of());

	private final PlanRegistry registry;

	PlanLoader(Folders folders, OfficeRegistry offices, PlanStore store, PlanRegistry registry) {
		this.folders = folders;
		this.offices = offices;
		this.store = store;
		this.registry = registry;
	}

	/** What one refresh did; {@code problems} are messages for the administrator, in Chinese. */
	public record Report(List<String> loaded, List<String> unchanged, List<String> problems) {
	}

	@Override
	public void run(ApplicationArguments args) {
		refresh();
	}

	public Report lastReport() {
		return lastReport;
	}

	/**
	 * Reads the plan files a batch at a time (on every core: after a wiped database every file is read) and stores
	 * each batch's changed plans in one transaction, so that memory holds one batch of plans, not every plan.
	 */
	public synchronized Report refresh() {
		Report report = new Report(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		// One query, not one per file (file_name has no index: each lookup scanned the whole table).
		Map<String, PlanStore.StoredFile> stored = store.storedFiles();
		List<Path> files = planFiles(report.problems());
		Map<PlanKey, String> storedFiles = null;
		for (int from = 0; from < files.size(); from += SAVED_TOGETHER) {
			List<FileRead> reads = files.subList(from, Math.min(files.size(), from + SAVED_TOGETHER))
				.parallelStream()
				.map(file -> read(file, stored))
				.toList();
			if (storedFiles == null && !reads.stream().allMatch(FileRead::unchanged)) {
				storedFiles = store.files();
			}
			List<PlanStore.Loaded> toSave = sort(reads, storedFiles, report);
			if (!toSave.isEmpty()) {
				withRetries(() -> store.saveAll(toSave));
			}
			Map<String, PlanFileStat> settled = new HashMap<>();
			reads.stream().filter(FileRead::newlySettled).forEach(read -> settled.put(read.name(), read.stat()));
			if (!settled.isEmpty()) {
				withRetries(() -> store.settled(settled));
			}
		}
		if (!report.loaded().isEmpty()) {
			registry.forget();
		}
		lastReport = new Report(List.copyOf(report.loaded()), List.copyOf(report.unchanged()),
				List.copyOf(report.problems()));
		return lastReport;
	}

	/**
	 * Runs a store's transaction again when the database chose it to lose a deadlock: two processes starting at once
	 * (two commands on one database, or two nodes) refresh the same new plans side by side, and InnoDB's gap locks
	 * under their deletes and inserts can cross. Storing a plan replaces it, so a second try stores the same.
	 */
	private static void withRetries(Runnable transaction) {
		CollisionRetries.retried(STORE_ATTEMPTS, () -> {
			transaction.run();
			return null;
		}, ex -> log.info("Storing plans collided with another process; trying again: {}", ex.toString()));
	}

	/** The batch's plans to save; each file also noted in the report as loaded, unchanged or a problem. */
	private List<PlanStore.Loaded> sort(List<FileRead> reads, Map<PlanKey, String> storedFiles, Report report) {
		List<PlanStore.Loaded> toSave = new ArrayList<>();
		for (FileRead read : reads) {
			if (read.unchanged()) {
				report.unchanged().add(read.name());
				continue;
			}
			try {
				toSave.add(new PlanStore.Loaded(checked(read, storedFiles), read.name(), read.sha256(), read.stat()));
				report.loaded().add(read.name());
			}
			catch (PlanFormatException ex) {
				report.problems().add(ex.getMessage());
				log.error("Plan file {} not loaded: {}", read.name(), ex.getMessage());
			}
			catch (IOException ex) {
				report.problems().add("計畫檔 " + read.name() + " 無法讀取：" + ex.getMessage());
				log.error("Plan file {} not readable", read.name(), ex);
			}
		}
		return toSave;
	}

	/**
	 * The file's plan, when its office is in the registry and no other file holds that office's plan for the year;
	 * {@code storedFiles} (which file holds each plan) is updated as saving it will update the table.
	 */
	private Plan checked(FileRead read, Map<PlanKey, String> storedFiles) throws PlanFormatException, IOException {
		Plan plan = read.plan();
		if (offices.find(plan.officeCode()).isEmpty()) {
			throw new PlanFormatException("計畫檔 " + read.name() + " 的機關代碼 " + plan.officeCode()
					+ " 不在機關名冊中（config/application.yml 的 quality.offices）");
		}
		PlanKey key = new PlanKey(plan.officeCode(), plan.rocYear());
		String other = storedFiles.getOrDefault(key, read.name());
		if (!other.equals(read.name()) && Files.exists(read.file().resolveSibling(other))) {
			throw new PlanFormatException("計畫檔 " + read.name() + " 與 " + other + " 都是 " + plan.officeCode() + " 的 "
					+ plan.rocYear() + " 年度計畫，請只保留一個");
		}
		// What the save does to the table: this file's plan replaces the key's and its own old row.
		storedFiles.values().removeIf(read.name()::equals);
		storedFiles.put(key, read.name());
		log.info("Loaded plan {} for {} year {}: {} items", read.name(), plan.officeCode(), plan.rocYear(),
				plan.items().size());
		return plan;
	}

	/**
	 * A plan file as read: unchanged since it was stored, or read (or not readable).
	 *
	 * @param stat its size and time before it was read, {@code null} if not readable
	 * @param newlySettled unchanged by its checksum, and its settled size and time are not stored yet
	 * @param failure what reading it threw, {@code null} if it was read or is unchanged
	 */
	private record FileRead(Path file, String name, PlanFileStat stat, String sha256, boolean unchanged,
			boolean newlySettled, Plan read, Exception failure) {

		Plan plan() throws PlanFormatException, IOException {
			if (failure instanceof PlanFormatException format) {
				throw format;
			}
			if (failure instanceof IOException io) {
				throw io;
			}
			return read;
		}

	}

	/** Unchanged without reading it when its size and time are as stored; else by its checksum, or read. */
	private FileRead read(Path file, Map<String, PlanStore.StoredFile> stored) {
		String name = file.getFileName().toString();
		PlanStore.StoredFile known = stored.get(name);
		PlanFileStat stat = null;
		String sha256 = null;
		try {
			stat = PlanFileStat.of(file);
			if (known != null && stat.sameAs(known.size(), known.modified())) {
				return new FileRead(file, name, stat, known.sha256(), true, false, null, null);
			}
			sha256 = Checksums.sha256(file);
			if (known != null && sha256.equals(known.sha256())) {
				return new FileRead(file, name, stat, sha256, true, stat.settled(), null, null);
			}
			return new FileRead(file, name, stat, sha256, false, false, reader.read(file).plan(), null);
		}
		catch (PlanFormatException | IOException ex) {
			return new FileRead(file, name, stat, sha256, false, false, null, ex);
		}
	}

	private List<Path> planFiles(List<String> problems) {
		Path folder = folders.plans();
		if (!Files.isDirectory(folder)) {
			problems.add("找不到計畫檔資料夾 " + folder.toAbsolutePath());
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.filter(file -> file.getFileName().toString().toLowerCase().endsWith(".xlsx"))
				.filter(file -> !file.getFileName().toString().startsWith("~$"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			problems.add("無法列出計畫檔資料夾 " + folder.toAbsolutePath() + "：" + ex.getMessage());
			return List.of();
		}
	}

}
