package tw.gov.quality.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.formats.OutputFormat;

/**
 * The consolidated reports written so far: each supervisor's version folders
 * {@code output/reports/<year>/Q<quarter>/<supervisor>/v<N>/}, found by period, supervisor code and
 * version number only, never by a file name from outside. Only complete versions (with their
 * manifest, see {@link ReportVersions}) exist here: what an interrupted run left is never listed.
 */
@Component
public class PublishedReports {

	static final String WORKBOOK_PREFIX = "執行成果報告_";

	static final String REVIEW_PREFIX = "審查意見表_";

	private final Folders folders;

	PublishedReports(Folders folders) {
		this.folders = folders;
	}

	/**
	 * One version folder.
	 *
	 * @param annexName the report's annex 執行情形明細 (every office's texts whole), {@code null} in versions
	 * written before it existed
	 * @param reviewOffices the offices it has a 審查意見表 for
	 * @param formats the formats its workbook is there in ({@code xlsx}, and {@code ods} and {@code pdf} when
	 * converted), the review forms as a rule too
	 */
	public record ReportVersion(String supervisor, int rocYear, int quarter, int version, LocalDateTime writtenAt,
			String workbookName, String annexName, List<String> reviewOffices, List<String> formats) {
	}

	/** Every version of the supervisor's reports for the period, newest first. */
	public List<ReportVersion> versions(ReportingPeriod period, String supervisor) {
		Path base = ConsolidationJobConfiguration.reportFolder(folders, period, supervisor);
		List<ReportVersion> versions = new ArrayList<>();
		try {
			for (int version = ReportVersions.latest(base); version >= 1; version--) {
				Path folder = base.resolve("v" + version);
				if (!ReportVersions.isComplete(folder)) {
					continue;
				}
				Optional<Path> workbook = file(folder, WORKBOOK_PREFIX);
				List<String> reviews = new ArrayList<>();
				try (Stream<Path> files = Files.list(folder)) {
					files.map(file -> file.getFileName().toString())
						.filter(name -> name.startsWith(REVIEW_PREFIX) && name.endsWith(".xlsx"))
						.sorted()
						.forEach(name -> reviews.add(name.substring(REVIEW_PREFIX.length(), name.indexOf('_', REVIEW_PREFIX.length()))));
				}
				LocalDateTime writtenAt = LocalDateTime.ofInstant(Files.getLastModifiedTime(folder).toInstant(),
						ZoneId.systemDefault());
				List<String> formats = workbook.map(path -> Stream.of(OutputFormat.values())
					.filter(format -> Files.isRegularFile(format.sibling(path)))
					.map(OutputFormat::extension)
					.toList()).orElse(List.of());
				versions.add(new ReportVersion(supervisor, period.rocYear(), period.quarter(), version, writtenAt,
						workbook.map(path -> path.getFileName().toString()).orElse(null),
						file(folder, ExecutionTextsAnnex.FILE_PREFIX).map(path -> path.getFileName().toString()).orElse(null),
						List.copyOf(reviews), formats));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return versions;
	}

	/** The consolidated workbook of one version, if it exists. */
	public Optional<Path> workbook(ReportingPeriod period, String supervisor, int version) {
		return versionFolder(period, supervisor, version).flatMap(folder -> file(folder, WORKBOOK_PREFIX));
	}

	/** The report's annex 執行情形明細 of one version, if it exists. */
	public Optional<Path> annex(ReportingPeriod period, String supervisor, int version) {
		return versionFolder(period, supervisor, version).flatMap(folder -> file(folder, ExecutionTextsAnnex.FILE_PREFIX));
	}

	/** The review form of one office in one version, if it exists. */
	public Optional<Path> reviewForm(ReportingPeriod period, String supervisor, int version, String officeCode) {
		return versionFolder(period, supervisor, version)
			.flatMap(folder -> file(folder, REVIEW_PREFIX + officeCode + "_"));
	}

	private Optional<Path> versionFolder(ReportingPeriod period, String supervisor, int version) {
		if (version < 1) {
			return Optional.empty();
		}
		Path folder = ConsolidationJobConfiguration.reportFolder(folders, period, supervisor).resolve("v" + version);
		return ReportVersions.isComplete(folder) ? Optional.of(folder) : Optional.empty();
	}

	private static Optional<Path> file(Path folder, String prefix) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> {
				String name = file.getFileName().toString();
				return name.startsWith(prefix) && name.endsWith(".xlsx") && Files.isRegularFile(file);
			}).sorted().findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
