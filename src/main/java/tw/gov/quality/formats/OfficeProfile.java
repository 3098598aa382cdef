package tw.gov.quality.formats;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The LibreOffice profile every office process starts from (JODConverter copies it for each one): Traditional
 * Chinese as the default language for Asian text, since a workbook names its font (新細明體) but no language and
 * with LibreOffice's own default (zh-CN) the font substituted for it draws Simplified and Japanese glyph forms
 * (述, 角, 骨). No preview image in the files it saves: rendering one took about 0.1 s of each .ods, 40% of
 * its conversion, for a picture no reader of the form needs. Prepared once per work folder, LibreOffice
 * installation and settings: a new profile makes LibreOffice initialise it and restart (exit code 81), which
 * cost every start of the pool seconds.
 */
final class OfficeProfile {

	private static final Logger log = LoggerFactory.getLogger(OfficeProfile.class);

	private static final String SETTINGS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
			xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
			<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale_CJK" oor:op="fuse">\
			<value>zh-TW</value></prop></item>
			<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse">\
			<value>zh-TW</value></prop></item>
			<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">\
			<value>zh-TW</value></prop></item>
			<item oor:path="/org.openoffice.Office.Common/Save/Document"><prop oor:name="GenerateThumbnail" oor:op="fuse">\
			<value>false</value></prop></item>
			</oor:items>
			""";

	private OfficeProfile() {
	}

	/**
	 * The prepared profile under {@code workDir}, made (written, initialised by one LibreOffice start, renamed
	 * into place) if there is none for this installation yet; a fresh uninitialised one if that fails.
	 */
	static File of(File home, Path workDir) throws IOException {
		// Named for the installation and the settings: changed settings get a profile of their own.
		Path prepared = workDir.resolve("profile-zh-TW-" + Integer.toHexString(home.getAbsolutePath().hashCode()) + "-"
				+ Integer.toHexString(SETTINGS.hashCode()));
		if (Files.isRegularFile(prepared.resolve("user/registrymodifications.xcu"))) {
			return prepared.toFile();
		}
		Path fresh = settings(workDir.resolve(".profile-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)));
		try {
			if (initialise(home, fresh)) {
				Files.move(fresh, prepared, StandardCopyOption.ATOMIC_MOVE);
				return prepared.toFile();
			}
		}
		catch (IOException ex) {
			// another process prepared it first, or the folder is read-only: the fresh one serves
			if (Files.isDirectory(prepared)) {
				FileSystemUtils.deleteRecursively(fresh);
				return prepared.toFile();
			}
			log.debug("The office profile could not be kept under {}: {}", workDir, ex.toString());
		}
		return fresh.toFile();
	}

	private static Path settings(Path profile) throws IOException {
		Path user = Files.createDirectories(profile.resolve("user"));
		Files.writeString(user.resolve("registrymodifications.xcu"), SETTINGS, StandardCharsets.UTF_8);
		return profile;
	}

	/** One LibreOffice start that only initialises the profile and ends (exit code 81 or 0). */
	private static boolean initialise(File home, Path profile) {
		try {
			Process office = new ProcessBuilder(List.of(new File(home, "program/soffice.bin").getAbsolutePath(),
					"--headless", "--invisible", "--nocrashreport", "--nodefault", "--nologo", "--norestore",
					"--terminate_after_init", "-env:UserInstallation=" + profile.toUri()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!office.waitFor(60, TimeUnit.SECONDS)) {
				office.destroyForcibly();
				return false;
			}
			return (office.exitValue() == 0 || office.exitValue() == 81)
					&& Files.isDirectory(profile.resolve("user/config"));
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
