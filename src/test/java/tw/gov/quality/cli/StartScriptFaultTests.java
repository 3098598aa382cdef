package tw.gov.quality.cli;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.gov.quality.faults.CliProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start script built beside the jar ({@code target/quality-progress}): the same commands as
 * {@code java -jar}, from the jar unpacked once, and from the second run on with the classes the first
 * one recorded mapped from a class-data archive; a rebuilt jar is unpacked and recorded again.
 */
@Tag("faults")
class StartScriptFaultTests {

	@TempDir
	Path temp;

	@Test
	void theSecondRunMapsTheClassesTheFirstRecordedAndANewJarStartsOver() throws Exception {
		Path installed = Files.createDirectories(temp.resolve("app"));
		Path jar = Files.copy(CliProcess.JAR, installed.resolve("quality-progress.jar"));
		Path script = Files.copy(CliProcess.JAR.resolveSibling("quality-progress"), installed.resolve("quality-progress"),
				StandardCopyOption.COPY_ATTRIBUTES);
		Path work = CliProcess.workingDirectory(temp);

		Run first = run(script, work, "templates", "--year=107", "--quarter=2");
		assertThat(first.exit()).as(first.output()).isZero();
		assertThat(first.output()).contains("範本");
		Path cache = installed.resolve(".quality-progress");
		assertThat(cache.resolve("quality-progress.jar")).as("unpacked beside the jar").exists();

		Run second = run(script, work, "templates", "--year=107", "--quarter=2");
		assertThat(second.exit()).as(second.output()).isZero();
		assertThat(cache.resolve("app.jsa")).as("the first run's classes, recorded").exists();
		assertThat(second.sharedClasses()).as("classes mapped from the archive").isGreaterThan(3_000);

		// A recording cut short (its Java killed while writing it) would crash every start that maps it: it is
		// checked, discarded and made again.
		Path archive = cache.resolve("app.jsa");
		long ended = new ProcessBuilder("true").start().onExit().get().pid();
		Path cut = cache.resolve("app-" + ended + ".jsa");
		try (FileChannel in = FileChannel.open(archive);
				FileChannel out = FileChannel.open(cut, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			in.transferTo(0, in.size() / 3, out);
		}
		Files.delete(archive);
		Run afterCut = run(script, work, "templates", "--year=107", "--quarter=2");
		assertThat(afterCut.exit()).as(afterCut.output()).isZero();
		assertThat(cut).as("discarded").doesNotExist();
		Run remade = run(script, work, "templates", "--year=107", "--quarter=2");
		assertThat(remade.exit()).as(remade.output()).isZero();
		assertThat(remade.sharedClasses()).as("recorded again and mapped").isGreaterThan(3_000);

		// A rebuilt jar: unpacked again, its first run records anew.
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
		Run rebuilt = run(script, work, "version");
		assertThat(rebuilt.exit()).as(rebuilt.output()).isZero();
		assertThat(rebuilt.output()).contains("quality-progress");
		assertThat(cache.resolve("app.jsa")).as("the old archive went with the old unpacked jar").doesNotExist();
	}

	@Test
	void aCommandRunsWithTheThroughputCollectorUnlessJavaOptsChoosesOne() throws Exception {
		Path script = installedScript();
		Path work = CliProcess.workingDirectory(temp);

		Run command = runWith(script, work, "-Xlog:gc:stdout", "version");
		assertThat(command.exit()).as(command.output()).isZero();
		assertThat(command.output()).contains("Using Parallel").contains("quality-progress");

		// Java refuses two collectors: the one JAVA_OPTS names is the only one passed
		Run chosen = runWith(script, work, "-Xlog:gc:stdout -XX:+UseSerialGC", "version");
		assertThat(chosen.exit()).as(chosen.output()).isZero();
		assertThat(chosen.output()).contains("Using Serial").doesNotContain("Multiple garbage collectors");
	}

	@Test
	void aCommandRunsWithASmallYoungGenerationUnlessJavaOptsSizesIt() throws Exception {
		Path script = installedScript();
		Path work = CliProcess.workingDirectory(temp);

		Run command = runWith(script, work, "-XX:+PrintFlagsFinal", "version");
		assertThat(command.exit()).as(command.output()).isZero();
		assertThat(command.output()).containsPattern("MaxNewSize\\s+= 33554432\\b").doesNotContain("VM warning");
		// Huge pages asked for only where the kernel offers them on request (no warning where it does not)
		Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
		boolean offered = Files.exists(setting) && Files.readString(setting).contains("[madvise]");
		assertThat(command.output()).containsPattern("UseTransparentHugePages\\s+= " + offered + "\\b");

		Run sized = runWith(script, work, "-XX:+PrintFlagsFinal -Xmn64m", "version");
		assertThat(sized.exit()).as(sized.output()).isZero();
		assertThat(sized.output()).containsPattern("MaxNewSize\\s+= 67108864\\b");
	}

	/** The jar and its start script copied into a folder of their own; returns the script. */
	private Path installedScript() throws Exception {
		Path installed = Files.createDirectories(temp.resolve("app"));
		Files.copy(CliProcess.JAR, installed.resolve("quality-progress.jar"));
		return Files.copy(CliProcess.JAR.resolveSibling("quality-progress"), installed.resolve("quality-progress"),
				StandardCopyOption.COPY_ATTRIBUTES);
	}

	private record Run(int exit, String output, long sharedClasses) {
	}

	private Run run(Path script, Path work, String... args) throws Exception {
		return runWith(script, work, "", args);
	}

	/** A run with more JAVA_OPTS than every run's. */
	private Run runWith(Path script, Path work, String javaOpts, String... args) throws Exception {
		Path classLog = Files.createTempFile(temp, "classes", ".log");
		Path output = Files.createTempFile(temp, "output", ".txt");
		ProcessBuilder builder = new ProcessBuilder(concat(script.toString(), args)).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment()
			.put("JAVA_OPTS", "-Xmx384m -Dfile.encoding=UTF-8 -Xlog:class+load=info:file=" + classLog + " " + javaOpts);
		Process process = builder.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
		long shared;
		try (var lines = Files.lines(classLog)) {
			shared = lines.filter(line -> line.contains("source: shared objects file (top)")).count();
		}
		return new Run(process.exitValue(), Files.readString(output), shared);
	}

	private static List<String> concat(String first, String... rest) {
		List<String> all = new java.util.ArrayList<>(List.of(first));
		all.addAll(List.of(rest));
		return all;
	}

}
