package tw.gov.quality.formats;

import java.util.List;

import org.jodconverter.local.office.LocalOfficeUtils;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * LibreOffice for tests: tests that need it run where {@code soffice} is installed and are skipped
 * elsewhere, except with {@code -Dquality.require-office=true} (CI), where a missing LibreOffice fails
 * them. One converter, and so one office process, for every test class of the JVM.
 */
public final class Office {

	public static final String REQUIRE = "quality.require-office";

	private static OfficeConverter shared;

	private Office() {
	}

	/** Skips the test without LibreOffice, or fails it when LibreOffice is required. */
	public static void assumeInstalled() {
		boolean installed = LocalOfficeUtils.getDefaultOfficeHome() != null;
		if (!installed && Boolean.getBoolean(REQUIRE)) {
			fail("LibreOffice (soffice) is not installed, and -D" + REQUIRE + "=true requires it: "
					+ "apt-get install libreoffice-calc-nogui fonts-noto-cjk");
		}
		assumeTrue(installed, "LibreOffice (soffice) is not installed: ODF/PDF test skipped");
	}

	/** The JVM's converter with the default settings (xlsx, ods, pdf); its office stops when the JVM ends. */
	public static synchronized OfficeConverter converter() {
		assumeInstalled();
		if (shared == null) {
			shared = new OfficeConverter(properties(List.of(OutputFormat.values()), ""), java.time.Clock.systemUTC());
			OfficeConverter stopping = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(stopping::destroy, "office-test-shutdown"));
		}
		return shared;
	}

	static FormatsProperties properties(List<OutputFormat> formats, String home) {
		return new FormatsProperties(formats, new FormatsProperties.Office(home, 1, List.of(),
				java.time.Duration.ofMinutes(2), java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(2), 200,
				java.nio.file.Path.of("target", "office-work"), java.time.Duration.ofSeconds(60), java.time.Duration.ofMinutes(30)));
	}

}
