package tw.gov.quality.report;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.Deadline;
import tw.gov.quality.plan.Frequency;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.plan.PlanWorkbookWriter;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.plan.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test: {@code ./mvnw -o -Pbenchmark test -Dtest=ConsolidationBenchmark
 * -Dbenchmark.offices=10000} (the name ends in Benchmark, so {@code ./mvnw verify} never runs it).
 * N offices under one supervisor, all on the supervisor's 40-item plan, each with an accepted quarter
 * stored directly in the database (not timed: the ingest benchmark times reading sheets), then one
 * consolidation of the supervisor timed: the workbook with its N office sheets, N review forms and
 * the manifest, in the JVM's heap ({@code -Xmx256m} in the benchmark profile). It checks only that
 * every file was written, never a time.
 */
@SpringBootTest(properties = { "spring.quartz.auto-startup=false",
		"logging.file.name=target/consolidation-benchmark.log", "logging.threshold.console=WARN",
		// The batch work alone: LibreOffice conversions are timed in the README's formats section.
		"quality.output.formats=xlsx" })
class ConsolidationBenchmark {

	static final int OFFICES = Integer.getInteger("benchmark.offices", 1000);

	static final ReportingPeriod PERIOD = new ReportingPeriod(114, 2);

	static final String PARENT = "BENCH";

	static final Path ROOT = Path.of("target/consolidation-benchmark").toAbsolutePath();

	static final int STRATEGIES = 5;

	static final int ITEMS_PER_STRATEGY = 8;

	@Autowired
	Consolidation consolidation;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void syntheticOffices(DynamicPropertyRegistry registry) throws Exception {
		deleteRecursively(ROOT);
		Path plans = Files.createDirectories(ROOT.resolve("plans"));
		new PlanWorkbookWriter().write(plan(), "效能測試主管機關", plans.resolve(PARENT + ".xlsx"));
		registry.add("quality.folders.plans", plans::toString);
		registry.add("quality.folders.inbox", () -> ROOT.resolve("inbox").toString());
		registry.add("quality.folders.archive", () -> ROOT.resolve("archive").toString());
		registry.add("quality.folders.output", () -> ROOT.resolve("output").toString());
		registry.add("quality.database.embedded.data-dir", () -> "target/consolidation-benchmark-mariadb/data");
		registry.add("quality.database.embedded.base-dir", () -> "target/consolidation-benchmark-mariadb/base");
		registry.add("quality.database.embedded.wipe-on-start", () -> "true");
		registry.add("quality.offices[0].code", () -> PARENT);
		registry.add("quality.offices[0].name", () -> "效能測試主管機關");
		for (int i = 1; i <= OFFICES; i++) {
			int office = i;
			registry.add("quality.offices[" + i + "].code", () -> code(office));
			registry.add("quality.offices[" + i + "].name", () -> "效能測試第" + office + "分署");
			registry.add("quality.offices[" + i + "].parent", () -> PARENT);
		}
		// The offices config/application.yml's console users belong to (no plan for the year).
		String[][] demoOffices = { { "MOJ", null }, { "MOJ-AEA", "MOJ" }, { "TPE-CA", null }, { "AEA-TPE", "MOJ-AEA" },
				{ "AEA-TXG", "MOJ-AEA" } };
		for (int d = 0; d < demoOffices.length; d++) {
			String[] office = demoOffices[d];
			int index = OFFICES + 1 + d;
			registry.add("quality.offices[" + index + "].code", () -> office[0]);
			registry.add("quality.offices[" + index + "].name", () -> office[0]);
			if (office[1] != null) {
				registry.add("quality.offices[" + index + "].parent", () -> office[1]);
			}
		}
	}

	@Test
	void consolidateTheSupervisor() throws Exception {
		long seeded = System.nanoTime();
		seed();
		System.out.printf(Locale.ROOT, "benchmark: stored %d accepted quarters in %.1f s%n", OFFICES,
				(System.nanoTime() - seeded) / 1e9);

		System.gc();
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		HeapSampler heap = new HeapSampler();
		long gcBefore = gcMillis();
		long cpuBefore = cpuNanos();
		long start = System.nanoTime();
		Consolidation.Result result = consolidation.consolidate(PERIOD, PARENT, LocalDateTime.of(2025, 7, 20, 12, 0));
		long wall = System.nanoTime() - start;
		heap.stop();
		long gc = gcMillis() - gcBefore;
		long cpu = cpuNanos() - cpuBefore;
		Path folder = Path.of(result.folders().get(0));
		List<Path> files;
		try (Stream<Path> written = Files.list(folder)) {
			files = written.toList();
		}
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		Runtime runtime = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, """

				=== consolidation benchmark: %d offices x %d items, %d cores, -Xmx%d MB ===
				machine load   %.2f (1-minute load average before the run)
				job status     %s
				wall time      %.2f s (workbook of %d office sheets, %d review forms, manifest)
				CPU time       %.2f s (the whole JVM's, all threads: what the run costs on a quiet machine)
				files written  %d, %.1f MB
				peak heap used %d MB (sampled every 10 ms)
				GC time        %.2f s
				%n""", OFFICES, STRATEGIES * ITEMS_PER_STRATEGY, runtime.availableProcessors(),
				runtime.maxMemory() / (1024 * 1024), load, result.status(), wall / 1e9, OFFICES, files.size() - 3, cpu / 1e9,
				files.size(), bytes / 1024.0 / 1024.0, heap.peak() / (1024 * 1024), gc / 1000.0);
		assertThat(result.status()).as(result.failure()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(files).as("the forms, the report, its annex 執行情形明細 and the manifest").hasSize(OFFICES + 3);
	}

	/** Offices stored a part at a time: 10,000 offices' rows at once (360,000 items) filled most of the 256 MB heap. */
	static final int SEED_PART = 500;

	/** One accepted sheet per office (a few late, every tenth missing), 40 items, some behind pace. */
	private void seed() {
		for (int first = 1; first <= OFFICES; first += SEED_PART) {
			seed(first, Math.min(OFFICES, first + SEED_PART - 1));
		}
	}

	private void seed(int firstOffice, int lastOffice) {
		LocalDateTime deadline = LocalDateTime.of(2025, 7, 10, 23, 59, 59);
		String[] statuses = { "COMPLETED", "IN_PROGRESS", "ONGOING", "NOT_STARTED", "NOT_APPLICABLE" };
		List<Object[]> submissions = new ArrayList<>();
		List<Object[]> items = new ArrayList<>();
		List<Object[]> findings = new ArrayList<>();
		for (int i = firstOffice; i <= lastOffice; i++) {
			if (i % 10 == 0) {
				continue;
			}
			LocalDateTime received = i % 7 == 0 ? deadline.plusDays(2) : deadline.minusDays(3);
			submissions.add(new Object[] { i, code(i), code(i), code(i) + "_114年第2季.xlsx", "0".repeat(64), 40_000,
					Timestamp.valueOf(received), "archive/" + code(i), "ACCEPTED", 114, 2, PARENT,
					Timestamp.valueOf(received.plusSeconds(5)) });
			int seq = 0;
			for (int s = 1; s <= STRATEGIES; s++) {
				for (int n = 1; n <= ITEMS_PER_STRATEGY; n++) {
					String item = s + "." + n;
					String status = statuses[(i + n) % statuses.length];
					items.add(new Object[] { i, item, status, n, status.equals("COMPLETED") ? LocalDate.of(2025, 5, n) : null,
							"本季辦理第" + n + "項措施，召開檢討會議並公告於機關網站，民眾反映良好。", n % 4 == 0 ? "配合上級機關辦理" : null });
					if ((i + n) % 9 == 0) {
						findings.add(new Object[] { i, seq++, "WARNING", "BEHIND_PACE", "F" + (5 + n), item,
								"項目 " + item + " 累計辦理數量低於本季應有進度。", "請補充說明落後原因。" });
					}
				}
			}
		}
		jdbc.batchUpdate("""
				INSERT INTO submission (id, folder, office_code, original_name, sha256, size_bytes, received_at,
					archived_path, state, roc_year, quarter, plan_office_code, processed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", submissions);
		jdbc.batchUpdate("""
				INSERT INTO submission_item (submission_id, item_code, status, cumulative, completed_on, description, remark)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", items);
		jdbc.batchUpdate("""
				INSERT INTO submission_finding (submission_id, seq, severity, rule_code, cell, item_code, message, fix)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", findings);
	}

	static String code(int office) {
		return String.format(Locale.ROOT, "%s-%05d", PARENT, office);
	}

	/** 40 items over five strategies, with the kinds of deadline and target real plans have. */
	static Plan plan() {
		List<Strategy> strategies = new ArrayList<>();
		List<PlanItem> items = new ArrayList<>();
		for (int s = 1; s <= STRATEGIES; s++) {
			strategies.add(new Strategy(s, "提升服務品質之第" + s + "項實施要項"));
			for (int i = 1; i <= ITEMS_PER_STRATEGY; i++) {
				int n = (s - 1) * ITEMS_PER_STRATEGY + i;
				Deadline deadline = n % 2 == 0 ? new Deadline.Recurring("每季", Frequency.QUARTERLY)
						: new Deadline.Continuous("經常辦理");
				Target target = n % 3 == 0 ? new Target(4, "次", Frequency.YEARLY) : null;
				items.add(new PlanItem(s + "." + i, s, null, "辦理第" + n + "項為民服務措施，定期檢討作業流程並公告於機關網站，提升民眾滿意度。", null,
						deadline, List.of("秘書室", "研考科"), "民眾洽公更便利，服務滿意度提升。", target, null, null));
			}
		}
		return new Plan(PARENT, PERIOD.rocYear(), "114年度提升服務品質執行計畫", "效能測試產生", strategies, items);
	}

	static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	static void deleteRecursively(Path root) throws Exception {
		if (Files.exists(root)) {
			try (Stream<Path> paths = Files.walk(root)) {
				for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	/** The largest heap use seen while the run lasts. */
	static final class HeapSampler {

		private final AtomicLong peak = new AtomicLong();

		private final Thread thread;

		private volatile boolean running = true;

		HeapSampler() {
			thread = new Thread(() -> {
				while (running) {
					peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(10);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "heap-sampler");
			thread.setDaemon(true);
			thread.start();
		}

		void stop() throws InterruptedException {
			running = false;
			thread.join();
		}

		long peak() {
			return peak.get();
		}

	}

}
