package tw.gov.quality;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the service reads and writes, relative to the working directory unless absolute.
 *
 * @param plans plan workbooks, one per office and year
 * @param output templates, receipts, reports and reminders
 * @param inbox where offices drop their progress sheets, one folder per office code
 * @param archive every received file, byte for byte, never pruned
 */
@ConfigurationProperties("quality.folders")
public record Folders(@DefaultValue("input-templates/plans") Path plans, @DefaultValue("output") Path output,
		@DefaultValue("inbox") Path inbox, @DefaultValue("archive") Path archive) {

	/**
	 * The path, normalised, if it lies inside {@code root} (also once symbolic links are followed, for
	 * what exists); never a way out of the configured folders through {@code ..} or a link.
	 *
	 * @throws IllegalArgumentException when it does not
	 */
	public static Path confine(Path root, Path candidate) {
		Path base = root.toAbsolutePath().normalize();
		Path path = candidate.toAbsolutePath().normalize();
		if (!path.startsWith(base) || path.equals(base)) {
			throw new IllegalArgumentException("路徑不在允許的資料夾內：" + candidate.getFileName());
		}
		try {
			if (java.nio.file.Files.exists(path)
					&& !path.toRealPath().startsWith(java.nio.file.Files.exists(base) ? base.toRealPath() : base)) {
				throw new IllegalArgumentException("路徑不在允許的資料夾內：" + candidate.getFileName());
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalArgumentException("無法讀取檔案：" + candidate.getFileName(), ex);
		}
		return path;
	}

}
