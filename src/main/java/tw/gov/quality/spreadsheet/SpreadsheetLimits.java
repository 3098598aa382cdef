package tw.gov.quality.spreadsheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How much of a submitted workbook this service is willing to read. The defaults fit a quarterly
 * progress sheet with plenty of room; anything far beyond them is more likely a mistake or an attack
 * than a report.
 *
 * @param maxFileBytes largest file accepted, as stored on disk
 * @param maxRows most rows read per sheet (enforced by the readers)
 * @param maxUncompressedBytes largest single zip entry once inflated
 * @param minInflateRatio smallest compressed/uncompressed ratio of a zip entry; lower means a zip bomb
 * @param maxZipEntries most entries a zip container may hold
 */
public record SpreadsheetLimits(long maxFileBytes, int maxRows, long maxUncompressedBytes, double minInflateRatio,
		int maxZipEntries) {

	private static final long MB = 1024L * 1024L;

	/** POI's own ceiling for one entry; a limit above it would loosen POI rather than tighten it. */
	private static final long POI_MAX_ENTRY_SIZE = 0xFFFFFFFFL;

	public SpreadsheetLimits {
		require(maxFileBytes > 0, "maxFileBytes must be positive");
		require(maxRows > 0, "maxRows must be positive");
		require(maxUncompressedBytes > 0 && maxUncompressedBytes <= POI_MAX_ENTRY_SIZE,
				"maxUncompressedBytes must be between 1 and " + POI_MAX_ENTRY_SIZE);
		// 0 would switch POI's zip-bomb check off; 1 or more would refuse every compressed file
		require(minInflateRatio > 0 && minInflateRatio < 1, "minInflateRatio must be greater than 0 and less than 1");
		require(maxZipEntries > 0, "maxZipEntries must be positive");
	}

	/** Limits with POI's default entry count (1000). */
	public SpreadsheetLimits(long maxFileBytes, int maxRows, long maxUncompressedBytes, double minInflateRatio) {
		this(maxFileBytes, maxRows, maxUncompressedBytes, minInflateRatio, 1000);
	}

	/** 20 MB per file, 5000 rows per sheet, 200 MB per zip entry, POI's inflate ratio 0.01, 1000 entries. */
	public static SpreadsheetLimits defaults() {
		return new SpreadsheetLimits(20 * MB, 5000, 200 * MB, 0.01, 1000);
	}

	/**
	 * Sets POI's zip-bomb guards, which every OOXML reader in this JVM shares, to these limits. The
	 * compact constructor already refused values that would turn a guard off.
	 */
	public void applyToPoi() {
		ZipSecureFile.setMinInflateRatio(minInflateRatio);
		ZipSecureFile.setMaxEntrySize(maxUncompressedBytes);
		ZipSecureFile.setMaxFileCount(maxZipEntries);
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
