package tw.gov.quality.download;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.formats.OutputFormat;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.report.PublishedReports;
import tw.gov.quality.security.AccessScope;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.NotFound;

import static tw.gov.quality.download.DownloadGate.existing;
import static tw.gov.quality.download.DownloadGate.parameters;

/**
 * The downloads of a supervisor's published report version for {@link Downloads}: its workbook, its
 * annex and its review forms, each found by supervisor, period and version, checked against the user's
 * report scope, named with the version.
 */
final class ReportFiles {

	private final PublishedReports reports;

	private final OfficeRegistry offices;

	private final AccessScope scope;

	private final Folders folders;

	private final DownloadGate gate;

	ReportFiles(PublishedReports reports, OfficeRegistry offices, AccessScope scope, Folders folders,
			DownloadGate gate) {
		this.reports = reports;
		this.offices = offices;
		this.scope = scope;
		this.folders = folders;
		this.gate = gate;
	}

	Download workbook(ConsoleUser user, ReportingPeriod period, String supervisor, int version, OutputFormat format) {
		return supervisorFile(user, period, supervisor, version, format, "workbook", "執行成果報告", reports::workbook);
	}

	/** The report's annex 執行情形明細: every office's texts whole, offered like the report. */
	Download annex(ConsoleUser user, ReportingPeriod period, String supervisor, int version, OutputFormat format) {
		return supervisorFile(user, period, supervisor, version, format, "annex", "執行情形明細", reports::annex);
	}

	/** Finds one file of a supervisor's report version. */
	@FunctionalInterface
	private interface VersionFile {

		Optional<Path> find(ReportingPeriod period, String supervisor, int version);

	}

	private Download supervisorFile(ConsoleUser user, ReportingPeriod period, String supervisor, int version,
			OutputFormat format, String kind, String what, VersionFile file) {
		Office office = offices.find(supervisor).orElseThrow(() -> new NotFound("查無機關代碼 " + supervisor));
		Map<String, Object> parameters = parameters("kind", kind, "supervisor", office.code(), "year",
				period.rocYear(), "quarter", period.quarter(), "version", version);
		gate.checked(user, parameters, () -> scope.checkReport(user, office.code()));
		Path xlsx = file.find(period, office.code(), version)
			.orElseThrow(() -> new NotFound("查無 " + office.name() + " " + period.label() + " 第 " + version + " 版" + what));
		return report(user, parameters, xlsx, version, format, what);
	}

	Download reviewForm(ConsoleUser user, ReportingPeriod period, String supervisor, int version, String officeCode,
			OutputFormat format) {
		Office office = offices.find(supervisor).orElseThrow(() -> new NotFound("查無機關代碼 " + supervisor));
		Office reviewed = offices.find(officeCode).orElseThrow(() -> new NotFound("查無機關代碼 " + officeCode));
		Map<String, Object> parameters = parameters("kind", "review", "supervisor", office.code(), "office",
				reviewed.code(), "year", period.rocYear(), "quarter", period.quarter(), "version", version);
		gate.checked(user, parameters, () -> scope.checkReport(user, office.code()));
		Path xlsx = reports.reviewForm(period, office.code(), version, reviewed.code())
			.orElseThrow(() -> new NotFound("查無 " + reviewed.name() + " " + period.label() + " 第 " + version + " 版審查意見表"));
		return report(user, parameters, xlsx, version, format, "審查意見表");
	}

	private Download report(ConsoleUser user, Map<String, Object> parameters, Path xlsx, int version,
			OutputFormat format, String what) {
		OutputFormat wanted = format == null ? OutputFormat.XLSX : format;
		parameters.put("format", wanted.extension());
		Path path = gate.inFormat(existing(folders.output().resolve("reports"), xlsx), wanted, false, what);
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return gate.served(user, parameters, path, name.substring(0, dot) + "_v" + version + name.substring(dot));
	}

}
