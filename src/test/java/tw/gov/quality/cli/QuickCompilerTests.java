package tw.gov.quality.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each case is a JVM of its own, started as {@code java -jar} starts one (no compiler options unless the case
 * gives some), which takes the command line, and then prints the compiler directives in force.
 */
class QuickCompilerTests {

	@Test
	void aCommandCompilesWithoutTheOptimisingCompiler() throws Exception {
		String printed = probe(List.of(), "ingest");
		assertThat(printed).startsWith("added");
		assertThat(c2Directives(printed)).contains("Exclude:true");
	}

	@Test
	void aCommandHashesFilesAtTheProcessorsSpeed() throws Exception {
		String command = probe(List.of(), "ingest", "--hash");
		String quick = probe(List.of("-XX:TieredStopAtLevel=1"), "ingest", "--hash");

		// SHA-256 only reaches the SHA instructions through C2: the command keeps it for the digests.
		assertThat(megabytesPerSecond(command)).as(command).isGreaterThan(2 * megabytesPerSecond(quick));
	}

	@Test
	void theServiceAndTheDemoThatServesKeepBothCompilers() throws Exception {
		for (String[] args : List.of(new String[0], new String[] { "serve" }, new String[] { "demo", "--serve" })) {
			String printed = probe(List.of(), args);
			assertThat(printed).as(String.join(" ", args)).startsWith("not added");
			assertThat(c2Directives(printed)).doesNotContain("Exclude:true");
		}
	}

	@Test
	void compilerOptionsGivenToJavaWin() throws Exception {
		// the start script's own option, and an operator's in JAVA_OPTS
		for (String option : List.of("-XX:TieredStopAtLevel=1", "-XX:-TieredCompilation")) {
			String printed = probe(List.of(option), "ingest");
			assertThat(printed).as(option).startsWith("not added");
		}
	}

	@Test
	void onlyCompilerOptionsCount() {
		assertThat(QuickCompiler.choosesCompilers(List.of("-Xmx256m", "-Dfile.encoding=UTF-8"))).isFalse();
		assertThat(QuickCompiler.choosesCompilers(List.of("-XX:CompileCommand=exclude,*.*"))).isTrue();
		assertThat(QuickCompiler.choosesCompilers(List.of("-Xint"))).isTrue();
	}

	/** The lines of every directive's c2 block, as the JVM prints them. */
	private static String c2Directives(String printed) {
		StringBuilder c2 = new StringBuilder();
		boolean inC2 = false;
		for (String line : printed.split("\n")) {
			if (line.contains("c1 directives") || line.startsWith("Directive")) {
				inC2 = false;
			}
			else if (line.contains("c2 directives")) {
				inC2 = true;
			}
			else if (inC2) {
				c2.append(line).append('\n');
			}
		}
		return c2.toString();
	}

	private static String probe(List<String> jvmOptions, String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(Probe.class.getName());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

	private static double megabytesPerSecond(String printed) {
		return Arrays.stream(printed.split("\n"))
			.filter(line -> line.startsWith("hashed "))
			.mapToDouble(line -> Double.parseDouble(line.split(" ")[1]))
			.findFirst()
			.orElseThrow();
	}

	/** The probe's JVM: what the program's main does first, then the directives in force. */
	static final class Probe {

		public static void main(String[] args) throws Exception {
			boolean hash = args.length > 1 && args[args.length - 1].equals("--hash");
			if (hash) {
				args = Arrays.copyOf(args, args.length - 1);
			}
			boolean added = QuickCompiler.forCommand(CommandLine.parse(args));
			System.out.println(added ? "added" : "not added");
			if (hash) {
				System.out.println("hashed " + hashingSpeed() + " MB/s");
			}
			System.out.println(ManagementFactory.getPlatformMBeanServer()
				.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
						new Object[] { new String[0] }, new String[] { String[].class.getName() }));
		}

		/** SHA-256 over 64 MB, once warmed up as a run of thousands of files warms it, in MB a second. */
		private static long hashingSpeed() throws Exception {
			byte[] block = new byte[8192];
			new Random(1).nextBytes(block);
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long best = 0;
			for (int round = 0; round < 4; round++) {
				long start = System.nanoTime();
				for (int i = 0; i < 8192; i++) {
					digest.update(block);
				}
				digest.digest();
				best = Math.max(best, Math.round(64 / ((System.nanoTime() - start) / 1e9)));
			}
			return best;
		}

	}

}
