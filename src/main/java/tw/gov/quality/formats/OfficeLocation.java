package tw.gov.quality.formats;

import java.io.File;
import java.util.function.Supplier;

import org.jodconverter.local.office.LocalOfficeUtils;

/**
 * Where LibreOffice is, or why ODF and PDF are off: decided once, when the converter is made.
 *
 * @param home the LibreOffice installation; {@code null} when there is none to use
 * @param unavailable why ODF and PDF are off, for users; {@code null} when they are on
 * @param homeConfigured whether {@code quality.output.office.home} names the installation
 */
record OfficeLocation(File home, String unavailable, boolean homeConfigured) {

	/**
	 * @param wantsConversion whether any format besides xlsx is configured
	 * @param search where LibreOffice is found when no home is configured; {@code null} for nowhere
	 */
	static OfficeLocation find(FormatsProperties properties, boolean wantsConversion, Supplier<File> search) {
		boolean homeConfigured = !properties.office().home().isBlank();
		if (!wantsConversion) {
			return new OfficeLocation(null, "quality.output.formats 只設定 xlsx", homeConfigured);
		}
		if (homeConfigured) {
			File candidate = new File(properties.office().home());
			return LocalOfficeUtils.getOfficeExecutable(candidate).isFile()
					? new OfficeLocation(candidate, null, true)
					: new OfficeLocation(null,
							"quality.output.office.home 所指的 " + candidate + " 沒有 LibreOffice（program/soffice）", true);
		}
		File found = search.get();
		return new OfficeLocation(found, found == null ? "找不到 LibreOffice（soffice）" : null, false);
	}

	/** Why ODF and PDF are off, in English for the log. */
	String unavailableInEnglish() {
		return unavailable.startsWith("quality.output.office.home") ? "quality.output.office.home has no program/soffice"
				: unavailable.startsWith("quality.output.formats") ? "quality.output.formats lists xlsx only"
						: "LibreOffice (soffice) not found";
	}

}
