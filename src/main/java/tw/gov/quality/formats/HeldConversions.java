package tw.gov.quality.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tw.gov.quality.Checksums;
import tw.gov.quality.spreadsheet.WorkbookFiles;

/**
 * Conversions that failed for a reason the next run would meet again: LibreOffice took longer than the
 * file's timeout on the same bytes. Each is recorded beside its workbook in a hidden file
 * ({@code .回執.xlsx.ods.held}) with the workbook's SHA-256; while the workbook keeps that SHA-256 the
 * conversion is not tried again on every run, only once the workbook changed or an administrator asks
 * ({@code retry-conversions}, which deletes the records). Hidden files are no outputs: sweeps, manifests
 * and downloads skip them.
 */
final class HeldConversions {

	static final String SUFFIX = ".held";

	private HeldConversions() {
	}

	/** What was recorded for the conversion, when the workbook is still the one that failed. */
	record Held(String sha256, LocalDateTime at, String reason) {

		/** The line run summaries and health show users. */
		String inChinese(Path xlsx, OutputFormat format) {
			return xlsx.getFileName() + " 轉為 ." + format.extension() + " 於 " + at.withNano(0) + " 逾時（" + reason
					+ "），檔案未變更前不再重試";
		}

	}

	static Path record(Path xlsx, OutputFormat format) {
		return xlsx.resolveSibling("." + xlsx.getFileName() + "." + format.extension() + SUFFIX);
	}

	/** The record of an earlier timeout on these same bytes; empty when none, or the workbook changed since. */
	static Optional<Held> of(Path xlsx, OutputFormat format) throws IOException {
		Path record = record(xlsx, format);
		if (!Files.isRegularFile(record)) {
			return Optional.empty();
		}
		String[] lines = Files.readString(record).split("\n", 3);
		if (lines.length < 3 || !lines[0].equals(Checksums.sha256(xlsx))) {
			return Optional.empty();
		}
		return Optional.of(new Held(lines[0], LocalDateTime.parse(lines[1]), lines[2].strip()));
	}

	/** Records a timeout on the workbook as it is now. */
	static void hold(Path xlsx, OutputFormat format, LocalDateTime at, String reason) throws IOException {
		WorkbookFiles.writeText(record(xlsx, format), Checksums.sha256(xlsx) + "\n" + at + "\n" + reason + "\n");
	}

	/** Forgets the record once the conversion succeeded. */
	static void release(Path xlsx, OutputFormat format) throws IOException {
		Files.deleteIfExists(record(xlsx, format));
	}

	/**
	 * An administrator's rerun: every record under {@code folder} deleted, so the next sweep tries again.
	 * Hidden folders (staging folders, office profiles) hold no outputs and are not entered.
	 */
	static int releaseAll(Path folder) {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		List<Path> records = new ArrayList<>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					return dir.equals(folder) || !dir.getFileName().toString().startsWith(".") ? FileVisitResult.CONTINUE
							: FileVisitResult.SKIP_SUBTREE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (file.getFileName().toString().endsWith(SUFFIX)) {
						records.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					return FileVisitResult.CONTINUE; // gone meanwhile
				}

			});
			for (Path record : records) {
				Files.deleteIfExists(record);
			}
			return records.size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
