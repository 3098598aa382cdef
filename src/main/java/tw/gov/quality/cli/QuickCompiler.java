package tw.gov.quality.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.management.ObjectName;

/**
 * A command started with {@code java -jar} compiles with the quick compiler (C1) alone, as the start script
 * runs it ({@code -XX:TieredStopAtLevel=1}): on two cores the optimising compiler (C2) mostly competes with the
 * short run it would speed up (an empty {@code ingest} took twice the CPU with it). A jar cannot pass JVM
 * options, so the command adds a compiler directive that keeps C2 out, through the JVM's diagnostic
 * commands, before Spring starts. The service keeps both compilers; so does a command whose JVM was given
 * compiler options, and a JVM without HotSpot's diagnostic commands.
 */
public final class QuickCompiler {

	/**
	 * Every method, never with C2; but the JDK's digests, whose SHA-256 only C2 turns into the processor's
	 * SHA instructions (ten times faster here than C1's code): receiving hashes every file it archives, and a
	 * plan file whose time changed is hashed.
	 */
	private static final String DIRECTIVES = "[{ match: \"sun.security.provider.*::*\", c2: { Exclude: false } },"
			+ " { match: \"*.*\", c2: { Exclude: true } }]";

	private QuickCompiler() {
	}

	/** @return whether the directive was added */
	public static boolean forCommand(CommandLine commandLine) {
		if (!commandLine.hasCommand() || commandLine.servesAfterwards()
				|| choosesCompilers(ManagementFactory.getRuntimeMXBean().getInputArguments())) {
			return false;
		}
		Path directives = null;
		try {
			directives = Files.createTempFile("quality-progress-compiler", ".json");
			Files.writeString(directives, DIRECTIVES);
			ManagementFactory.getPlatformMBeanServer()
				.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
						new Object[] { new String[] { directives.toString() } }, new String[] { String[].class.getName() });
			return true;
		}
		catch (Exception | LinkageError ex) {
			// Another JVM, or no temporary folder: the command runs with the JVM's own compilers.
			return false;
		}
		finally {
			if (directives != null) {
				try {
					Files.deleteIfExists(directives);
				}
				catch (Exception ex) {
					// a temporary file left behind is harmless
				}
			}
		}
	}

	/** Whether the JVM was started with options about its compilers (the start script's, or an operator's). */
	static boolean choosesCompilers(List<String> jvmArguments) {
		return jvmArguments.stream()
			.anyMatch(argument -> argument.contains("Tiered") || argument.contains("CompileCommand")
					|| argument.contains("CompilerDirectives") || argument.equals("-Xint")
					|| argument.equals("-Xcomp"));
	}

}
