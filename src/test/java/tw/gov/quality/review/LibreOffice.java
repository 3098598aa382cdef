package tw.gov.quality.review;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Resaves a workbook the way a reviewer's LibreOffice Calc does, with {@code soffice --headless}. Where it is
 * not installed the test is skipped by assumption, unless {@code -Dquality.require-office=true} makes its
 * absence a failure.
 */
final class LibreOffice {

	private LibreOffice() {
	}

	static void assumeInstalled() {
		boolean found = System.getenv("PATH") != null && List.of(System.getenv("PATH").split(File.pathSeparator))
			.stream()
			.anyMatch(dir -> Files.isExecutable(Path.of(dir, "soffice")));
		if (!found && Boolean.getBoolean("quality.require-office")) {
			throw new AssertionError("soffice is not installed, and -Dquality.require-office=true requires it");
		}
		Assumptions.assumeTrue(found, "LibreOffice (soffice) is not installed");
	}

	/**
	 * @param filter {@code ods} or {@code xlsx:Calc MS Excel 2007 XML}
	 * @return the converted file, in its own folder under {@code work}
	 */
	static Path convert(Path source, String filter, Path work) throws Exception {
		assumeInstalled();
		Path out = Files.createTempDirectory(work, "lo-out");
		Path profile = Files.createTempDirectory(work, "lo-profile");
		Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--convert-to", filter, "--outdir", out.toString(), source.toString())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("soffice.log").toFile())
			.start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("soffice did not finish in 3 minutes");
		}
		String extension = filter.contains(":") ? filter.substring(0, filter.indexOf(':')) : filter;
		String name = source.getFileName().toString();
		Path converted = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
		if (!Files.exists(converted)) {
			throw new AssertionError("soffice wrote nothing: " + Files.readString(work.resolve("soffice.log")));
		}
		return converted;
	}

}
