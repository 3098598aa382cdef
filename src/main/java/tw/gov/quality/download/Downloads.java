package tw.gov.quality.download;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.formats.OfficeConverter;
import tw.gov.quality.formats.OutputFormat;
import tw.gov.quality.ingest.Submissions;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.PublishedReports;
import tw.gov.quality.security.AccessScope;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.security.Role;
import tw.gov.quality.template.Templates;
import tw.gov.quality.web.ConsoleTime;
import tw.gov.quality.web.NotFound;

import static tw.gov.quality.download.DownloadGate.existing;
import static tw.gov.quality.download.DownloadGate.parameters;

/**
 * Every download, for pages and API alike. A file is found only through what identifies it (a
 * submission id, an office code and period, a supervisor, period and version), each checked against
 * the registry; the office it belongs to is checked against the user's subtree; the path is
 * confined to the configured folder. Each download, and each refused one, is in the audit log.
 */
@Component
class Downloads {

	private final Submissions submissions;

	private final PublishedReports reports;

	private final Templates templates;

	private final OfficeRegistry offices;

	private final PlanRegistry plans;

	private final AccessScope scope;

	private final Folders folders;

	private final DownloadGate gate;

	private final ConsoleTime time;

	private final OfficeConverter converter;

	private final ReportFiles reportFiles;

	Downloads(Submissions submissions, PublishedReports reports, Templates templates, OfficeRegistry offices,
			PlanRegistry plans, AccessScope scope, Folders folders, DownloadGate gate, ConsoleTime time,
			OfficeConverter converter) {
		this.time = time;
		this.converter = converter;
		this.submissions = submissions;
		this.reports = reports;
		this.templates = templates;
		this.offices = offices;
		this.plans = plans;
		this.scope = scope;
		this.folders = folders;
		this.gate = gate;
		this.reportFiles = new ReportFiles(reports, offices, scope, folders, gate);
	}

	/**
	 * The receipt in {@code format}; without one, in the format the office sent (.ods for an .ods, else
	 * .xlsx), or .xlsx while that one is not converted yet.
	 */
	Download receipt(ConsoleUser user, long submissionId, OutputFormat format) {
		Submissions.StoredFiles files = submissions.files(submissionId)
			.orElseThrow(() -> new NotFound("查無收件編號 " + submissionId));
		Map<String, Object> parameters = parameters("kind", "receipt", "submission", submissionId);
		gate.checked(user, parameters, () -> scope.check(user, files.officeCode()));
		if (files.receipt() == null) {
			throw new NotFound("收件編號 " + submissionId + " 尚未產生回執");
		}
		OutputFormat sent = OutputFormat.ODS.equals(OutputFormat.of(files.originalName())) ? OutputFormat.ODS
				: OutputFormat.XLSX;
		Path xlsx = existing(folders.output().resolve("receipts"), files.receipt());
		Path path = gate.inFormat(xlsx, format == null ? sent : format, format == null, "回執");
		parameters.put("format", OutputFormat.of(path.getFileName().toString()).extension());
		return gate.served(user, parameters, path, path.getFileName().toString());
	}

	Download original(ConsoleUser user, long submissionId) {
		Submissions.StoredFiles files = submissions.files(submissionId)
			.orElseThrow(() -> new NotFound("查無收件編號 " + submissionId));
		Map<String, Object> parameters = parameters("kind", "original", "submission", submissionId);
		gate.checked(user, parameters, () -> scope.check(user, files.officeCode()));
		return gate.served(user, parameters, existing(folders.archive(), files.archived()), files.originalName());
	}

	/** The template as .xlsx (default) or .ods, converted now if need be; an office may return either. */
	Download template(ConsoleUser user, String officeCode, ReportingPeriod period, OutputFormat format)
			throws Exception {
		Office office = offices.find(officeCode).orElseThrow(() -> new NotFound("查無機關代碼 " + officeCode));
		Map<String, Object> parameters = parameters("kind", "template", "office", office.code(), "year",
				period.rocYear(), "quarter", period.quarter());
		gate.checked(user, parameters, () -> scope.check(user, office.code()));
		if (offices.isSupervisor(office.code()) || plans.planFor(office.code(), period.rocYear()).isEmpty()) {
			throw new NotFound(office.name() + " 沒有 " + period.rocYear() + " 年度的計畫，沒有進度回報範本");
		}
		OutputFormat wanted = format == null ? OutputFormat.XLSX : format;
		if (wanted == OutputFormat.PDF) {
			throw new NotFound("範本提供 .xlsx 與 .ods，沒有 PDF");
		}
		parameters.put("format", wanted.extension());
		Path path = existing(folders.output().resolve("templates"), templates.ensure(period, office.code()));
		if (wanted != OutputFormat.XLSX) {
			// Written with the template normally; converted now when that failed or LibreOffice was installed since.
			converter.convert(path, java.util.EnumSet.of(wanted));
			path = gate.inFormat(path, wanted, false, "進度回報範本");
		}
		return gate.served(user, parameters, path,
				wanted.rename(office.code() + "_" + period.rocYear() + "年第" + period.quarter() + "季_進度回報.xlsx"));
	}

	Download workbook(ConsoleUser user, ReportingPeriod period, String supervisor, int version, OutputFormat format) {
		return reportFiles.workbook(user, period, supervisor, version, format);
	}

	/** The report's annex 執行情形明細: every office's texts whole, offered like the report. */
	Download annex(ConsoleUser user, ReportingPeriod period, String supervisor, int version, OutputFormat format) {
		return reportFiles.annex(user, period, supervisor, version, format);
	}

	Download reviewForm(ConsoleUser user, ReportingPeriod period, String supervisor, int version, String officeCode,
			OutputFormat format) {
		return reportFiles.reviewForm(user, period, supervisor, version, officeCode, format);
	}

	/** Whether templates are offered as .ods too (LibreOffice there, ods configured). */
	boolean odf() {
		return converter.formats(false).contains(OutputFormat.ODS);
	}

	/** A supervisor's report versions a user may download, with the supervisor. */
	record SupervisorReports(Office supervisor, List<PublishedReports.ReportVersion> versions) {
	}

	List<SupervisorReports> reports(ConsoleUser user, ReportingPeriod period) {
		List<SupervisorReports> result = new ArrayList<>();
		if (user.role() == Role.OFFICE) {
			return result;
		}
		for (Office office : scope.visibleOffices(user)) {
			if (offices.isSupervisor(office.code())) {
				result.add(new SupervisorReports(office, reports.versions(period, office.code())
					.stream()
					.map(this::inCalendarZone)
					.toList()));
			}
		}
		return result;
	}

	/** A version folder's time is its modification time, read in the JVM's zone: shown in the calendar's. */
	private PublishedReports.ReportVersion inCalendarZone(PublishedReports.ReportVersion version) {
		return new PublishedReports.ReportVersion(version.supervisor(), version.rocYear(), version.quarter(),
				version.version(), time.fromJvmZone(version.writtenAt()), version.workbookName(), version.annexName(),
				version.reviewOffices(),
				version.formats());
	}

	/** The reporting offices a user may download templates of, for the period (those with a plan). */
	List<Office> templateOffices(ConsoleUser user, ReportingPeriod period) {
		return scope.visibleOffices(user)
			.stream()
			.filter(office -> !offices.isSupervisor(office.code()))
			.filter(office -> plans.planFor(office.code(), period.rocYear()).isPresent())
			.toList();
	}

}
