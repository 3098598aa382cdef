package tw.gov.quality.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import tw.gov.quality.office.OfficeRegistry;

/**
 * Loads the plan workbooks into the database at start-up and whenever {@link #refresh()} finds a
 * file whose checksum changed. A malformed workbook is reported and skipped; the plan loaded from
 * its last good version stays in force.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PlanLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlanLoader.class);

	private final Folders folders;

	private final OfficeRegistry offices;

	private final PlanRepository repository;

	private final PlanWorkbookReader reader = new PlanWorkbookReader();

	private volatile Report lastReport = new Report(List.of(), List.of(), List.of());

	private final PlanRegistry registry;

	PlanLoader(Folders folders, OfficeRegistry offices, PlanRepository repository, PlanRegistry registry) {
		this.folders = folders;
		this.offices = offices;
		this.repository = repository;
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

	public synchronized Report refresh() {
		List<String> loaded = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		// One query, not one per file (file_name has no index: each lookup scanned the whole table).
		// A save below only replaces this file's row or that of a file no longer in the folder, so
		// what was read stays true for every file still to come.
		Map<String, String> stored = repository.checksums();
		for (Path file : planFiles(problems)) {
			String name = file.getFileName().toString();
			try {
				String sha256 = Checksums.sha256(file);
				if (sha256.equals(stored.get(name))) {
					unchanged.add(name);
					continue;
				}
				PlanWorkbookReader.Result result = reader.read(file);
				Plan plan = result.plan();
				if (offices.find(plan.officeCode()).isEmpty()) {
					throw new PlanFormatException("計畫檔 " + name + " 的機關代碼 " + plan.officeCode()
							+ " 不在機關名冊中（config/application.yml 的 quality.offices）");
				}
				String other = repository.fileOf(plan.officeCode(), plan.rocYear()).orElse(name);
				if (!other.equals(name) && Files.exists(file.resolveSibling(other))) {
					throw new PlanFormatException("計畫檔 " + name + " 與 " + other + " 都是 " + plan.officeCode() + " 的 "
							+ plan.rocYear() + " 年度計畫，請只保留一個");
				}
				repository.save(plan, name, sha256);
				loaded.add(name);
				log.info("Loaded plan {} for {} year {}: {} items", name, plan.officeCode(), plan.rocYear(),
						plan.items().size());
			}
			catch (PlanFormatException ex) {
				problems.add(ex.getMessage());
				log.error("Plan file {} not loaded: {}", name, ex.getMessage());
			}
			catch (IOException ex) {
				problems.add("計畫檔 " + name + " 無法讀取：" + ex.getMessage());
				log.error("Plan file {} not readable", name, ex);
			}
		}
		if (!loaded.isEmpty()) {
			registry.forget();
		}
		lastReport = new Report(List.copyOf(loaded), List.copyOf(unchanged), List.copyOf(problems));
		return lastReport;
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
