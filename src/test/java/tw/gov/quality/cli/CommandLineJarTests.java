package tw.gov.quality.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tw.gov.quality.faults.CliProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first five minutes with the packaged jar, run as a user runs it: help and version answered at once
 * without starting anything, every kind of mistake answered at once with exit code 2, and
 * {@code demo --serve} serving the demo's board.
 *
 * <p>
 * Tagged "faults" because it needs the packaged jar as a child process: the faults profile
 * ({@code ./mvnw -Pfaults verify}) packages it and runs this class through failsafe; {@code ./mvnw verify}
 * leaves it out.
 */
@Tag("faults")
class CommandLineJarTests {

	/** The issue asks for under a second; two allow for a machine shared by several builds. */
	private static final Duration AT_ONCE = Duration.ofSeconds(2);

	@TempDir
	Path temp;

	/** The installation the test's commands run in: config/ and input-templates/ copied from the project. */
	private Path folder;

	private final List<CliProcess> started = new ArrayList<>();

	@AfterEach
	void stop() {
		started.forEach(CliProcess::close);
		CliProcess.killServersUnder(temp);
	}

	private static final String XLSX_ONLY = "--quality.output.formats=xlsx";

	private CliProcess start(String... args) {
		CliProcess process = CliProcess.start(folder, args);
		started.add(process);
		return process;
	}

	private Answer run(String... args) throws Exception {
		if (folder == null) {
			folder = CliProcess.workingDirectory(temp);
		}
		long started = System.nanoTime();
		CliProcess run = start(args);
		int exit = run.awaitExit(Duration.ofSeconds(30));
		return new Answer(exit, run.console(), Duration.ofNanos(System.nanoTime() - started));
	}

	private record Answer(int exit, String output, Duration time) {
	}

	/** Nothing was started: no log, no database, no inbox or output folder. */
	private void assertNothingStarted() {
		assertThat(List.of("logs", "data", "inbox", "output", "archive"))
			.allSatisfy(name -> assertThat(folder.resolve(name)).as(name).doesNotExist());
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h", "-?", "help" })
	void everyWayOfAskingForHelpPrintsTheUsageAtOnce(String word) throws Exception {
		Answer answer = run(word);
		assertThat(answer.exit()).as(answer.output()).isZero();
		assertThat(answer.output()).contains("用法：java -jar quality-progress.jar <指令>")
			.contains("例：java -jar quality-progress.jar demo --serve")
			.contains("例：java -jar quality-progress.jar templates --year=107 --quarter=2")
			.contains("例：java -jar quality-progress.jar serve");
		assertThat(answer.time()).isLessThan(AT_ONCE);
		assertNothingStarted();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "help consolidate | consolidate --year=年度 --quarter=季別 [--supervisor=機關代碼]",
			"run --help | 例：java -jar quality-progress.jar run --year=107 --quarter=2" })
	void helpAboutOneCommand(String arguments, String expected) throws Exception {
		Answer answer = run(arguments.strip().split(" "));
		assertThat(answer.exit()).as(answer.output()).isZero();
		assertThat(answer.output()).contains(expected.strip());
		assertThat(answer.time()).isLessThan(AT_ONCE);
		assertNothingStarted();
	}

	@ParameterizedTest
	@ValueSource(strings = { "version", "--version" })
	void versionAndBuildTimeFromTheJar(String word) throws Exception {
		Answer answer = run(word);
		assertThat(answer.exit()).as(answer.output()).isZero();
		assertThat(answer.output()).matches("quality-progress \\d+\\.\\d+\\.\\d+\\S*（建置時間 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d 臺北時間）\\R");
		assertThat(answer.time()).isLessThan(AT_ONCE);
		assertNothingStarted();
	}

	/** Every kind of mistake: exit code 2 at once, the argument named, a correct example shown. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"nosuch                                                  | 不認得的指令「nosuch」                | help",
			"templates --year=abc                                    | --year=abc：「abc」不是年度             | templates --year=107 --quarter=2",
			"templates --year=107 --quarter=5                        | --quarter=5：「5」不是季別              | templates --year=107 --quarter=2",
			"templates --year=107                                    | 缺少必填選項 --quarter                 | templates --year=107 --quarter=2",
			"templates --yaer=107 --quarter=2                        | 不認得的選項「--yaer」                 | templates --year=107 --quarter=2",
			"check-deadlines --year=107 --quarter=2 --as-of=2018-13-01 | --as-of=2018-13-01：「2018-13-01」不是日期 | check-deadlines --year=107 --quarter=2",
			"extend --office=AEA-TPE --year=107 --quarter=2 --until=7/20 --reason=x --by=y | --until=7/20：「7/20」不是日期 | extend --office=AEA-TPE",
			"templates --year=107 --quarter=2 --office=NOPE          | --office=NOPE：查無機關代碼「NOPE」      | templates --year=107 --quarter=2",
			"consolidate --year=107 --quarter=2 --supervisor=AEA-TPE | --supervisor=AEA-TPE：AEA-TPE 沒有所屬機關 | consolidate --year=107 --quarter=2",
			"demo --serve=yes                                        | --serve 不需要值                       | demo --serve",
			"ingest now                                              | 多餘的參數「now」                      | ingest" })
	void aMistakeIsAnsweredAtOnceWithACorrectExample(String arguments, String named, String example) throws Exception {
		Answer answer = run(arguments.strip().split("\\s+"));
		assertThat(answer.exit()).as(answer.output()).isEqualTo(2);
		assertThat(answer.output()).contains(named.strip()).contains("java -jar quality-progress.jar " + example.strip());
		assertThat(answer.time()).isLessThan(AT_ONCE);
		assertNothingStarted();
	}

	/** After the demo the console serves its data: the demo's quarter on the board, as the demo administrator. */
	@Test
	void demoServeShowsTheDemosBoard() throws Exception {
		folder = CliProcess.workingDirectory(temp);
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		CliProcess demo = start("demo", "--serve", "--server.port=" + port);
		long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (!demo.console().contains("按 Ctrl-C 結束") && System.nanoTime() < end) {
			assertThat(demo.isAlive()).as(demo.console()).isTrue();
			Thread.sleep(500);
		}
		String output = demo.console();
		assertThat(output).contains("主控台已開啟，顯示範例資料：http://localhost:" + port + "/")
			.contains("範例帳號（密碼皆為 demo1234）")
			.containsPattern("admin +管理者")
			.containsPattern("aea-txg +機關 AEA-TXG");
		assertThat(folder.resolve("demo/mariadb")).isDirectory();
		// its own database (the MariaDB binaries are unpacked once under data/mariadb/base)
		assertThat(folder.resolve("data/mariadb/data")).doesNotExist();

		HttpResponse<String> board = get(port, "/api/board?year=104&quarter=2", "admin");
		assertThat(board.statusCode()).isEqualTo(200);
		// the demo's 104Q2: AEA-KHH sent late, AEA-TYN's sheet was refused, AEA-TXG on time
		assertThat(board.body()).contains("\"periodLabel\":\"104年第2季\"")
			.containsPattern("\"officeCode\":\"AEA-KHH\"[^}]*\"state\":\"LATE\"")
			.containsPattern("\"officeCode\":\"AEA-TYN\"[^}]*\"state\":\"REFUSED_UNCORRECTED\"")
			.containsPattern("\"officeCode\":\"AEA-TXG\"[^}]*\"state\":\"ON_TIME\"");
		HttpResponse<String> supervisor = get(port, "/api/board?year=104&quarter=2", "aea");
		assertThat(supervisor.statusCode()).isEqualTo(200);
		assertThat(supervisor.body()).contains("\"officeCode\":\"AEA-KHH\"").doesNotContain("\"officeCode\":\"TPE-CA\"");
		assertThat(demo.isAlive()).as("still serving").isTrue();
	}

	/**
	 * Ctrl-C in the middle of answering files: the job stops at a chunk boundary, the command says it was
	 * interrupted (exit 130), every file answered so far stays answered, and the next run answers the rest,
	 * each file exactly once.
	 */
	@Test
	void ctrlCStopsIngestionAtAChunkBoundaryAndTheNextRunFinishes() throws Exception {
		folder = CliProcess.workingDirectory(temp);
		CliProcess templates = start("templates", "--year=104", "--quarter=2", "--office=AEA-TXG");
		assertThat(templates.awaitExit(Duration.ofMinutes(3))).as(templates.console()).isZero();
		Path template = folder.resolve("output/templates/104/Q2/AEA-TXG.xlsx");
		Path inbox = Files.createDirectories(folder.resolve("inbox/AEA-TXG"));
		for (int i = 0; i < FILES; i++) {
			Path copy = inbox.resolve(String.format("臺中分署_%03d.xlsx", i));
			distinctCopy(template, copy, "copy " + i);
			Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2015-07-05T02:00:00Z").plusSeconds(60L * i)));
		}
		Path receipts = folder.resolve("output/receipts");

		// Receipts as .xlsx only: the count below is one receipt a file (with LibreOffice, .ods and PDF too).
		CliProcess first = start("ingest", XLSX_ONLY);
		long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (count(receipts) < 5 && first.isAlive() && System.nanoTime() < end) {
			Thread.sleep(20);
		}
		assertThat(first.isAlive()).as("still answering files: " + first.console()).isTrue();
		first.interrupt();
		// describe(): the log's end too, to tell "Ctrl-C not handled" from "handled after the last chunk".
		assertThat(first.awaitExit(Duration.ofMinutes(2))).as(first.describe()).isEqualTo(130);
		assertThat(first.console()).contains("已中斷：已完成的部分都已保存");
		long answered = count(receipts);
		assertThat(answered).as("stopped before the end").isLessThan(FILES);
		assertThat(first.logLines("OptimisticLockingFailureException")).as("no chunk failed on the way").isZero();
		assertThat(first.logLines("and the following status: [STOPPED]")).as("the job ended STOPPED").isPositive();
		int answeredFirst = refused(first.console());
		assertThat(answeredFirst).as("what the first run finished").isPositive().isLessThan(FILES);

		CliProcess rerun = start("ingest", XLSX_ONLY);
		assertThat(rerun.awaitExit(Duration.ofMinutes(4))).as(rerun.console()).isZero();
		assertThat(count(inbox)).as("files left in the inbox").isZero();
		assertThat(refused(rerun.console())).as("the rest, none twice").isEqualTo(FILES - answeredFirst);
		try (Stream<Path> files = Files.walk(receipts)) {
			List<String> names = files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
			assertThat(names).hasSize(FILES);
			for (int i = 0; i < FILES; i++) {
				String stem = String.format("臺中分署_%03d", i);
				assertThat(names.stream().filter(name -> name.contains(stem))).as(stem).hasSize(1);
			}
		}
	}

	/**
	 * Enough that the run is still answering when Ctrl-C has been handled. (Runs that answered all of 80 or
	 * 240 had SIGINT ignored, inherited from a background job; see CliProcess.withInterruptDefault.)
	 */
	private static final int FILES = 240;

	/** The same workbook with a different zip comment: other bytes (not a duplicate), still a valid .xlsx. */
	private static void distinctCopy(Path source, Path target, String comment) throws IOException {
		try (ZipFile in = new ZipFile(source.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (java.io.InputStream data = in.getInputStream(entry)) {
					data.transferTo(out);
				}
				out.closeEntry();
			}
			out.setComment(comment);
		}
	}

	/** The sheets are blank templates: every one answered is refused ({@code 退件 20 份}). */
	private static int refused(String output) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("退件 (\\d+) 份").matcher(output);
		assertThat(matcher.find()).as(output).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static long count(Path root) {
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith(".")).count();
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return 0;
		}
	}

	private static HttpResponse<String> get(int port, String path, String user) throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + basic)
			.timeout(Duration.ofSeconds(30))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
