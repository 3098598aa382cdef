package tw.gov.quality.ingest;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.Deadline;
import tw.gov.quality.plan.Frequency;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.plan.PlanWorkbookWriter;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.plan.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test: {@code ./mvnw -o -Pbenchmark test -Dbenchmark.sheets=1000} (the name ends
 * in Benchmark, so {@code ./mvnw verify} never runs it). It configures N synthetic offices under one
 * supervising office, each with its own 40-item plan, drops one filled-in progress sheet per office
 * into the inbox, and times one ingestion run: the {@code ingestJob} plus the summary the
 * {@code ingest} command prints. Generating the plans and sheets is not measured.
 * <p>
 * It runs on its own embedded MariaDB and folders under {@code target/benchmark*}; it checks only
 * that every sheet was accepted with all its items, never a time.
 */
@SpringBootTest(properties = { "spring.quartz.auto-startup=false", "logging.file.name=target/benchmark.log",
		"logging.threshold.console=WARN",
		// The batch work alone: LibreOffice conversions are timed in the README's formats section.
		"quality.output.formats=xlsx" })
class IngestBenchmark {

	static final int SHEETS = Integer.getInteger("benchmark.sheets", 1000);

	static final int STRATEGIES = 5;

	static final int ITEMS_PER_STRATEGY = 8;

	static final int ITEMS = STRATEGIES * ITEMS_PER_STRATEGY;

	static final ReportingPeriod PERIOD = new ReportingPeriod(114, 2);

	static final String PARENT = "BENCH";

	static final Path ROOT = Path.of("target/benchmark").toAbsolutePath();

	@Autowired
	Ingestion ingestion;

	@Autowired
	tw.gov.quality.report.Consolidation consolidation;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PlanRegistry plans;

	@Autowired
	Folders folders;

	@Autowired
	JdbcClient jdbc;

	/** The offices, their plan workbooks (written here, loaded at start-up) and a private database and folders. */
	@DynamicPropertySource
	static void syntheticOffices(DynamicPropertyRegistry registry) throws Exception {
		IngestFixture.deleteRecursively(ROOT);
		Path planFolder = ROOT.resolve("plans");
		long started = System.nanoTime();
		Path prototypePlan = planFolder.resolve(code(1) + ".xlsx");
		new PlanWorkbookWriter().write(plan(code(1)), name(1), prototypePlan);
		parallel(SHEETS - 1, i -> Stamped.copy(prototypePlan, planFolder.resolve(code(i + 1) + ".xlsx"), office(i + 1)));
		System.out.printf(Locale.ROOT, "benchmark: wrote %d plan workbooks of %d items in %.1f s%n", SHEETS, ITEMS,
				seconds(System.nanoTime() - started));
		registry.add("quality.folders.plans", planFolder::toString);
		registry.add("quality.folders.inbox", () -> ROOT.resolve("inbox").toString());
		registry.add("quality.folders.archive", () -> ROOT.resolve("archive").toString());
		registry.add("quality.folders.output", () -> ROOT.resolve("output").toString());
		registry.add("quality.database.embedded.data-dir", () -> "target/benchmark-mariadb/data");
		registry.add("quality.database.embedded.base-dir", () -> "target/benchmark-mariadb/base");
		registry.add("quality.database.embedded.wipe-on-start", () -> "true");
		registry.add("quality.ingest.settle-time", () -> "0s");
		registry.add("quality.offices[0].code", () -> PARENT);
		registry.add("quality.offices[0].name", () -> "效能測試主管機關");
		for (int i = 1; i <= SHEETS; i++) {
			int office = i;
			registry.add("quality.offices[" + i + "].code", () -> code(office));
			registry.add("quality.offices[" + i + "].name", () -> name(office));
			registry.add("quality.offices[" + i + "].parent", () -> PARENT);
		}
		// The offices config/application.yml's demo console users belong to (no plan for the year).
		String[][] demoOffices = { { "MOJ", null }, { "MOJ-AEA", "MOJ" }, { "TPE-CA", null }, { "AEA-TPE", "MOJ-AEA" },
				{ "AEA-TXG", "MOJ-AEA" } };
		for (int d = 0; d < demoOffices.length; d++) {
			int index = SHEETS + 1 + d;
			String[] office = demoOffices[d];
			registry.add("quality.offices[" + index + "].code", () -> office[0]);
			registry.add("quality.offices[" + index + "].name", () -> office[0]);
			if (office[1] != null) {
				registry.add("quality.offices[" + index + "].parent", () -> office[1]);
			}
		}
	}

	/** With -Dbenchmark.warm=N, the service first ingests N sheets of the quarter before, untimed: a later run of a running service. */
	static final int WARM = Integer.getInteger("benchmark.warm", 0);

	static final ReportingPeriod EARLIER = new ReportingPeriod(114, 1);

	@Test
	void ingestOneSheetPerOffice() throws Exception {
		String earlierRun = WARM > 0 ? ingestTheQuarterBefore() : "";
		long started = System.nanoTime();
		dropSheets(PERIOD, SHEETS);
		System.out.printf(Locale.ROOT, "benchmark: wrote %d filled sheets in %.1f s%n", SHEETS,
				seconds(System.nanoTime() - started));
		List<Path> dropped;
		try (java.util.stream.Stream<Path> files = Files.walk(folders.inbox())) {
			dropped = files.filter(Files::isRegularFile).sorted().toList();
		}

		// The two it is measured against, on the same files, before ingestion moves them away
		RawPass.Timed raw = RawPass.timed(dropped);
		Peer peer = Peer.run(folders.inbox(), ROOT.resolve("peer-master.xlsx"));

		System.gc();
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Recording recording = startRecording();
		AsyncProfiling profiling = AsyncProfiling.start();
		HeapSampler heap = new HeapSampler();
		CpuSampler cpu = new CpuSampler();
		Map<String, Long> serverBefore = serverStatus();
		long gcBefore = gcMillis();
		long start = System.nanoTime();
		IngestResult result = ingestion.ingestNow();
		long wall = System.nanoTime() - start;
		heap.stop();
		String cpuUse = cpu.stop();
		Map<String, Long> serverAfter = serverStatus();
		stopRecording(recording);
		profiling.stop();
		long gc = gcMillis() - gcBefore;
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		// The floor again, on the archived copies of the same files: a single pass swings on some machines (0.7 or 1.3 s
		// for the same files), and a ratio against one pass alone can read half or twice what it is.
		List<Path> archived = jdbc.sql("SELECT archived_path FROM submission WHERE roc_year = ? AND quarter = ? ORDER BY id")
			.params(PERIOD.rocYear(), PERIOD.quarter())
			.query((rs, n) -> Path.of(rs.getString(1)))
			.list();
		RawPass.Timed rawAfter = RawPass.timed(archived);

		Map<String, Integer> states = new LinkedHashMap<>();
		jdbc.sql("SELECT state, COUNT(*) FROM submission GROUP BY state ORDER BY state")
			.query((rs, n) -> states.put(rs.getString(1), rs.getInt(2)))
			.list();
		int items = jdbc.sql("SELECT COUNT(*) FROM submission_item").query(Integer.class).single();
		Runtime runtime = Runtime.getRuntime();
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "%n=== ingest benchmark: %d sheets x %d items, %d cores, -Xmx%d MB ===%n",
				SHEETS, ITEMS, runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024)));
		report.append(String.format(Locale.ROOT, "machine load   %.2f before, %.2f after (1-minute load average)%n",
				loadBefore, loadAfter));
		report.append(jvm());
		report.append(earlierRun);
		report.append(String.format(Locale.ROOT, "job status     %s%n", result.status()));
		report.append(String.format(Locale.ROOT, "sheets         %d%n", SHEETS));
		report.append(String.format(Locale.ROOT, "items stored   %d%n", items));
		report.append(String.format(Locale.ROOT, "wall time      %.2f s (the ingest job, as the ingest command runs it)%n",
				seconds(wall)));
		report.append(String.format(Locale.ROOT, "throughput     %.1f sheets/s%n", SHEETS / seconds(wall)));
		report.append(String.format(Locale.ROOT, "peak heap used %d MB (sampled every 10 ms)%n", heap.peak() / (1024 * 1024)));
		report.append(String.format(Locale.ROOT, "GC time        %.2f s%n", gc / 1000.0));
		report.append(cpuUse);
		report.append(serverWork(serverBefore, serverAfter));
		report.append(String.format(Locale.ROOT, "accepted       %d (command summary: %d)%n",
				states.getOrDefault(SubmissionStatus.ACCEPTED.name(), 0), result.accepted()));
		report.append(String.format(Locale.ROOT, "refused        %d%n", states.getOrDefault(SubmissionStatus.REFUSED.name(), 0)));
		report.append(String.format(Locale.ROOT, "duplicates     %d%n", states.getOrDefault(SubmissionStatus.DUPLICATE.name(), 0)));
		jdbc.sql("""
				SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION
				WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""")
			.param(result.jobExecutionId())
			.query((rs, n) -> report.append(String.format(Locale.ROOT, "  %-24s %.2f s%n", rs.getString(1),
					seconds(Duration.between(rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime())
						.toNanos()))))
			.list();
		report.append(String.format(Locale.ROOT, "raw pass       %.2f s before the job, %.2f s after it on the archived copies (unzip + StAX over sharedStrings and sheet1, one thread, %d / %d cells)%n",
				seconds(raw.nanos()), seconds(rawAfter.nanos()), raw.cells(), rawAfter.cells()));
		report.append(peer.describe());
		report.append(String.format(Locale.ROOT, "ratios         service / raw pass = %.1f (before), %.1f (after)",
				(double) wall / raw.nanos(), (double) wall / rawAfter.nanos()));
		if (peer.nanos() > 0) {
			report.append(String.format(Locale.ROOT, "; peer / service = %.1f (the service %.1f times as fast)",
					(double) peer.nanos() / wall, (double) peer.nanos() / wall));
		}
		report.append(String.format("%n"));
		System.out.println(report);

		assertThat(result.completed()).as(result.failure()).isTrue();
		assertThat(states).containsOnly(Map.entry(SubmissionStatus.ACCEPTED.name(), SHEETS + WARM));
		assertThat(items).isEqualTo((SHEETS + WARM) * ITEMS);
		assertThat(rawAfter.cells()).as("cells in the archived copies").isEqualTo(raw.cells());

		// The issue sets the consolidation target at 1,000 offices; -Dbenchmark.consolidate=true forces it.
		if (Boolean.parseBoolean(System.getProperty("benchmark.consolidate", String.valueOf(SHEETS <= 1000)))) {
			consolidateTheSupervisor();
		}
	}

	/** One line: the JVM's -XX flags and its collectors, which change every figure. */
	private static String jvm() {
		String flags = ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter(argument -> argument.startsWith("-XX:"))
			.collect(java.util.stream.Collectors.joining(" "));
		String collectors = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.map(java.lang.management.GarbageCollectorMXBean::getName)
			.collect(java.util.stream.Collectors.joining(", "));
		return String.format(Locale.ROOT, "jvm            %s (collectors: %s)%n", flags.isEmpty() ? "defaults" : flags,
				collectors);
	}

	/** The database server's counters of the work it was asked to do (statements, commits, flushes). */
	private static final List<String> SERVER_COUNTERS = List.of("Questions", "Com_insert", "Com_update", "Com_delete",
			"Com_select", "Com_commit", "Handler_write", "Handler_update", "Innodb_data_fsyncs", "Innodb_os_log_fsyncs",
			"Innodb_log_writes");

	private Map<String, Long> serverStatus() {
		Map<String, Long> status = new LinkedHashMap<>();
		jdbc.sql("SHOW GLOBAL STATUS").query((rs, n) -> {
			if (SERVER_COUNTERS.contains(rs.getString(1))) {
				status.put(rs.getString(1), Long.parseLong(rs.getString(2)));
			}
			return null;
		}).list();
		return status;
	}

	/** One line: how much of each counter the run used. */
	private static String serverWork(Map<String, Long> before, Map<String, Long> after) {
		StringBuilder line = new StringBuilder("database       ");
		for (String counter : SERVER_COUNTERS) {
			if (!after.containsKey(counter)) {
				continue; // not kept by this server's version
			}
			line.append(String.format(Locale.ROOT, "%s %d ", counter,
					after.getOrDefault(counter, 0L) - before.getOrDefault(counter, 0L)));
		}
		return line.toString().stripTrailing() + String.format("%n");
	}

	/**
	 * Offices 1 to {@code count} drop their sheet for the period: one filled in as an office would, the
	 * others its copies with their own office's code and name.
	 */
	private void dropSheets(ReportingPeriod period, int count) throws Exception {
		String name = "_" + period.rocYear() + "年第" + period.quarter() + "季.xlsx";
		Path prototype = ROOT.resolve("prototype").resolve(code(1) + name);
		Files.createDirectories(prototype.getParent());
		FilledSheets.write(offices.get(code(1)), plans.planFor(code(1), period.rocYear()).orElseThrow(), period, prototype,
				entries -> {
				});
		parallel(count, i -> Stamped.copy(prototype, folders.inbox().resolve(code(i)).resolve(code(i) + name), office(i)));
	}

	/** The run before the timed one (its sheets for {@link #EARLIER}), so that the timed run is not the service's first. */
	private String ingestTheQuarterBefore() throws Exception {
		dropSheets(EARLIER, WARM);
		long start = System.nanoTime();
		IngestResult result = ingestion.ingestNow();
		long wall = System.nanoTime() - start;
		assertThat(result.completed()).as(result.failure()).isTrue();
		return String.format(Locale.ROOT, "earlier run    %.2f s (%d sheets of %s, the service's first run, untimed below)%n",
				seconds(wall), WARM, EARLIER);
	}

	/** Second measurement: the supervisor's consolidated workbook and one review form per office. */
	private void consolidateTheSupervisor() throws Exception {
		System.gc();
		HeapSampler heap = new HeapSampler();
		long gcBefore = gcMillis();
		long start = System.nanoTime();
		tw.gov.quality.report.Consolidation.Result result = consolidation.consolidate(PERIOD, PARENT,
				java.time.LocalDateTime.of(2025, 7, 20, 12, 0));
		long wall = System.nanoTime() - start;
		heap.stop();
		long gc = gcMillis() - gcBefore;
		Path folder = Path.of(result.folders().get(0));
		long files;
		long forms;
		long bytes;
		try (java.util.stream.Stream<Path> written = Files.list(folder)) {
			List<Path> all = written.toList();
			files = all.size();
			forms = all.stream().filter(file -> file.getFileName().toString().startsWith("審查意見表")).count();
			bytes = all.stream().mapToLong(file -> file.toFile().length()).sum();
		}
		Runtime runtime = Runtime.getRuntime();
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "%n=== consolidation benchmark: %d offices x %d items, %d cores, -Xmx%d MB ===%n",
				SHEETS, ITEMS, runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024)));
		report.append(String.format(Locale.ROOT, "job status     %s%n", result.status()));
		report.append(String.format(Locale.ROOT, "wall time      %.2f s (workbook, its annex, %d review forms, manifest)%n",
				seconds(wall), forms));
		report.append(String.format(Locale.ROOT, "files written  %d, %.1f MB%n", files, bytes / 1024.0 / 1024.0));
		report.append(String.format(Locale.ROOT, "peak heap used %d MB (sampled every 10 ms)%n", heap.peak() / (1024 * 1024)));
		report.append(String.format(Locale.ROOT, "GC time        %.2f s%n", gc / 1000.0));
		System.out.println(report);
		assertThat(result.status().name()).as(result.failure()).isEqualTo("COMPLETED");
		assertThat(forms).as("a review form per office").isEqualTo(SHEETS);
		assertThat(files).as("the forms, the report, its annex and the manifest").isEqualTo(SHEETS + 3);
	}

	/**
	 * The Python peer (src/test/benchmark/consolidate_peer.py: openpyxl + pandas read every sheet and write
	 * one master workbook), timed as a whole process; skipped when /usr/bin/python3 lacks either library
	 * or with -Dbenchmark.peer=false.
	 */
	record Peer(long nanos, String output) {

		static final String PYTHON = "/usr/bin/python3";

		static Peer run(Path inbox, Path master) throws Exception {
			if (!Boolean.parseBoolean(System.getProperty("benchmark.peer", "true")) || !Files.isExecutable(Path.of(PYTHON))
					|| exec(PYTHON, "-c", "import openpyxl, pandas").exitCode != 0) {
				return new Peer(0, "not run (no " + PYTHON + " with openpyxl and pandas, or -Dbenchmark.peer=false)");
			}
			long start = System.nanoTime();
			Exec peer = exec(PYTHON, "src/test/benchmark/consolidate_peer.py", inbox.toString(), master.toString());
			long nanos = System.nanoTime() - start;
			assertThat(peer.exitCode).as(peer.output).isZero();
			return new Peer(nanos, peer.output.strip());
		}

		String describe() {
			if (nanos == 0) {
				return String.format(Locale.ROOT, "peer           %s%n", output);
			}
			return String.format(Locale.ROOT, "peer           %.2f s (openpyxl + pandas, whole process; %s)%n", seconds(nanos),
					output);
		}

		private record Exec(int exitCode, String output) {
		}

		private static Exec exec(String... command) throws Exception {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			return new Exec(process.waitFor(), output);
		}

	}

	/** With -Dbenchmark.jfr=FILE, a Java Flight Recording (profile settings) of the timed run only. */
	static Recording startRecording() throws Exception {
		String file = System.getProperty("benchmark.jfr", "");
		if (file.isBlank()) {
			return null;
		}
		Recording recording = new Recording(Configuration.getConfiguration("profile"));
		// Every database round trip and every wait for the answering threads, however short: where the
		// step's thread waits, not only where threads run.
		recording.enable("jdk.SocketRead").withThreshold(Duration.ZERO).withStackTrace();
		recording.enable("jdk.ThreadPark").withThreshold(Duration.ofMillis(1)).withStackTrace();
		// Every compilation and deoptimization: what the compilers spend their CPU on.
		recording.enable("jdk.Compilation").withThreshold(Duration.ZERO);
		// A sample a millisecond: the timed run lasts two seconds, the profile settings' 10 ms leave too few.
		recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
		recording.enable("jdk.Deoptimization").withStackTrace();
		recording.setDestination(Path.of(file));
		recording.start();
		return recording;
	}

	static void stopRecording(Recording recording) {
		if (recording != null) {
			recording.stop();
			System.out.println("benchmark: flight recording written to " + recording.getDestination());
			recording.close();
		}
	}

	static String code(int office) {
		return String.format(Locale.ROOT, "%s-%05d", PARENT, office);
	}

	static String name(int office) {
		return "效能測試第" + office + "分署";
	}

	/** What makes office 1's workbooks another office's. */
	static Map<String, String> office(int office) {
		return office == 1 ? Map.of() : Map.of(code(1), code(office), name(1), name(office));
	}

	/** 40 items over five strategies, with the kinds of deadline and target real plans have. */
	static Plan plan(String officeCode) {
		List<Strategy> strategies = new ArrayList<>();
		List<PlanItem> items = new ArrayList<>();
		for (int s = 1; s <= STRATEGIES; s++) {
			strategies.add(new Strategy(s, "提升服務品質之第" + s + "項實施要項"));
			for (int i = 1; i <= ITEMS_PER_STRATEGY; i++) {
				int n = (s - 1) * ITEMS_PER_STRATEGY + i;
				Deadline deadline = switch (n % 4) {
					case 0 -> new Deadline.Recurring("每季", Frequency.QUARTERLY);
					case 1 -> new Deadline.Continuous("經常辦理");
					case 2 -> new Deadline.Fixed("12月", LocalDate.of(PERIOD.adYear(), 12, 31));
					default -> new Deadline.None();
				};
				Target target = switch (n % 3) {
					case 0 -> new Target(4, "次", Frequency.YEARLY);
					case 1 -> new Target(2, "場", Frequency.QUARTERLY);
					default -> null;
				};
				items.add(new PlanItem(s + "." + i, s, null,
						"辦理第" + n + "項為民服務措施，定期檢討作業流程並公告於機關網站，提升民眾滿意度。", null, deadline,
						List.of("秘書室", "研考科"), "民眾洽公更便利，服務滿意度提升。", target, null, null));
			}
		}
		return new Plan(officeCode, PERIOD.rocYear(), "114年度提升服務品質執行計畫", "效能測試產生", strategies, items);
	}

	interface Task {

		void run(int office) throws Exception;

	}

	/** Runs the task for offices 1..count on every core. */
	static void parallel(int count, Task task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 1; i <= count; i++) {
				int office = i;
				done.add(pool.submit(() -> {
					task.run(office);
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	static double seconds(long nanos) {
		return nanos / 1e9;
	}

	static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	/**
	 * Where the run's CPU went: each Java thread's CPU time (sampled, since the receiving threads end with
	 * their step), grouped by name; the rest of the process (the JIT compilers, the garbage collector); and
	 * the embedded database server, a child process.
	 */
	static final class CpuSampler {

		private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();

		private final Map<Long, Long> startCpu = new java.util.concurrent.ConcurrentHashMap<>();

		private final Map<Long, Long> lastCpu = new java.util.concurrent.ConcurrentHashMap<>();

		private final Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();

		private final long processStart = processCpu();

		private final long databaseStart = databaseCpu();

		private final Sampling sampling;

		CpuSampler() {
			sample(startCpu);
			sampling = new Sampling("cpu-sampler", 50, () -> sample(lastCpu));
		}

		private void sample(Map<Long, Long> into) {
			for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
				if (info == null) {
					continue;
				}
				long cpu = threads.getThreadCpuTime(info.getThreadId());
				if (cpu >= 0) {
					into.put(info.getThreadId(), cpu);
					names.putIfAbsent(info.getThreadId(), info.getThreadName().replaceAll("[-_ ]?\\d+$", ""));
				}
			}
		}

		/** One line: the process's CPU seconds, by thread group, the rest, and the database server's. */
		String stop() throws InterruptedException {
			sampling.stop();
			Map<String, Long> byGroup = new java.util.TreeMap<>();
			lastCpu.forEach((id, cpu) -> byGroup.merge(names.get(id), cpu - startCpu.getOrDefault(id, 0L), Long::sum));
			long process = processCpu() - processStart;
			long javaThreads = byGroup.values().stream().mapToLong(Long::longValue).sum();
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "CPU            process %.2f s:", seconds(process)));
			byGroup.entrySet()
				.stream()
				.filter(group -> group.getValue() >= 50_000_000L)
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.forEach(group -> line.append(String.format(Locale.ROOT, " %s %.2f,", group.getKey(), seconds(group.getValue()))));
			line.append(String.format(Locale.ROOT, " outside Java threads (JIT, GC) %.2f; database server %.2f s%n",
					seconds(process - javaThreads), seconds(databaseCpu() - databaseStart)));
			return line.toString();
		}

		private static long processCpu() {
			return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
		}

		private static long databaseCpu() {
			return ProcessHandle.current()
				.descendants()
				.filter(child -> child.info().command().map(command -> command.contains("mariadbd")).orElse(false))
				.mapToLong(child -> child.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
				.sum();
		}

	}

	/** A daemon thread taking a sample every few milliseconds until stopped, then once more. */
	static final class Sampling {

		private final Runnable sample;

		private final Thread thread;

		private volatile boolean running = true;

		Sampling(String name, long millis, Runnable sample) {
			this.sample = sample;
			thread = new Thread(() -> {
				while (running) {
					sample.run();
					try {
						Thread.sleep(millis);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, name);
			thread.setDaemon(true);
			thread.start();
		}

		void stop() throws InterruptedException {
			running = false;
			thread.join();
			sample.run();
		}

	}

	/** The largest heap use seen while the run lasts. */
	static final class HeapSampler {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final AtomicLong peak = new AtomicLong();

		private final Sampling sampling = new Sampling("heap-sampler", 10,
				() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max));

		void stop() throws InterruptedException {
			sampling.stop();
		}

		long peak() {
			return peak.get();
		}

	}

}
