package tw.gov.quality.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tw.gov.quality.formats.OfficeConverter;
import tw.gov.quality.formats.OutputFormat;

/**
 * The report's and review forms' .ods and PDF. A new version gets them in its staging folder, before
 * its manifest and its rename, so they are published with it and listed in its manifest. A version
 * published without them (LibreOffice missing, a conversion that failed or timed out) gets them on the
 * supervisor's next consolidation of the same quarter: they are added to the published folder (each
 * file renamed into place) and its manifest is written again listing them, so the folder is complete
 * at every moment.
 */
final class ReportConversions {

	private static final Logger log = LoggerFactory.getLogger(ReportConversions.class);

	private ReportConversions() {
	}

	/** Converts every .xlsx of a staged version; failures are returned, never thrown. */
	static OfficeConverter.Conversion staged(OfficeConverter converter, Path folder) throws IOException {
		OfficeConverter.Conversion done = OfficeConverter.Conversion.NONE;
		for (Path xlsx : workbooks(folder)) {
			done = done.plus(converter.convert(xlsx, converter.formats(true)));
		}
		return done;
	}

	/**
	 * Adds the missing formats to every published version under {@code base} and lists them in its
	 * manifest. Call it holding the supervisor's report lock.
	 */
	static OfficeConverter.Conversion completePublished(OfficeConverter converter, Path base) throws IOException {
		OfficeConverter.Conversion done = OfficeConverter.Conversion.NONE;
		if (converter.formats(true).size() == 1 || !Files.isDirectory(base)) {
			return done;
		}
		for (int version = ReportVersions.latest(base); version >= 1; version--) {
			Path folder = base.resolve("v" + version);
			if (!ReportVersions.isComplete(folder) || missing(converter, folder).isEmpty()) {
				continue;
			}
			OfficeConverter.Conversion converted = staged(converter, folder);
			if (!converted.written().isEmpty()) {
				Manifest.relist(folder);
				log.info("Report version {} completed with {} converted file(s) a previous run could not write", folder,
						converted.written().size());
			}
			done = done.plus(converted);
		}
		return done;
	}

	/** The workbooks of a version folder that lack one of the formats now written. */
	static List<Path> missing(OfficeConverter converter, Path folder) throws IOException {
		return workbooks(folder).stream().filter(xlsx -> converter.formats(true).stream().anyMatch(format -> {
			try {
				return format != OutputFormat.XLSX && !OfficeConverter.upToDate(xlsx, format.sibling(xlsx));
			}
			catch (IOException ex) {
				return true;
			}
		})).toList();
	}

	private static List<Path> workbooks(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> {
				String name = file.getFileName().toString();
				return !name.startsWith(".") && name.endsWith(".xlsx") && Files.isRegularFile(file);
			}).sorted().toList();
		}
	}

}
