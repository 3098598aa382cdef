package tw.gov.quality.download;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;
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
import tw.gov.quality.security.RefusalRecorded;
import tw.gov.quality.security.Role;
import tw.gov.quality.template.Templates;
import tw.gov.quality.web.ConsoleTime;
import tw.gov.quality.web.NotFound;

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

	private final AuditLog audit;

	private final ConsoleTime time;

	private final OfficeConverter converter;

	Downloads(Submissions submissions, PublishedReports reports, Templates templates, OfficeRegistry offices,
			PlanRegistry plans, AccessScope scope, Folders folders, AuditLog audit, ConsoleTime time,
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
		this.audit = audit;
	}

	/**
	 * The receipt in {@code format}; without one, in the format the office sent (.ods for an .ods, else
	 * .xlsx), or .xlsx while that one is not converted yet.
	 */
	Download receipt(ConsoleUser user, long submissionId, OutputFormat format) {
		Submissions.StoredFiles files = submissions.files(submissionId)
			.orElseThrow(() -> new NotFound("查無收件編號 " + submissionId));
		Map<String, Object> parameters = parameters("kind", "receipt", "submission", submissionId);
		checked(user, parameters, () -> scope.check(user, files.officeCode()));
		if (files.receipt() == null) {
			throw new NotFound("收件編號 " + submissionId + " 尚未產生回執");
		}
		OutputFormat sent = OutputFormat.ODS.equals(OutputFormat.of(files.originalName())) ? OutputFormat.ODS
				: OutputFormat.XLSX;
		Path xlsx = existing(folders.output().resolve("receipts"), files.receipt());
		Path path = inFormat(xlsx, format == null ? sent : format, format == null, "回執");
		parameters.put("format", OutputFormat.of(path.getFileName().toString()).extension());
		return served(user, parameters, path, path.getFileName().toString());
	}

	Download original(ConsoleUser user, long submissionId) {
		Submissions.StoredFiles files = submissions.files(submissionId)
			.orElseThrow(() -> new NotFound("查無收件編號 " + submissionId));
		Map<String, Object> parameters = parameters("kind", "original", "submission", submissionId);
		checked(user, parameters, () -> scope.check(user, files.officeCode()));
		return served(user, parameters, existing(folders.archive(), files.archived()), files.originalName());
	}

	/** The template as .xlsx (default) or .ods, converted now if need be; an office may return either. */
	Download template(ConsoleUser user, String officeCode, ReportingPeriod period, OutputFormat format)
			throws Exception {
		Office office = offices.find(officeCode).orElseThrow(() -> new NotFound("查無機關代碼 " + officeCode));
		Map<String, Object> parameters = parameters("kind", "template", "office", office.code(), "year",
				period.rocYear(), "quarter", period.quarter());
		checked(user, parameters, () -> scope.check(user, office.code()));
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
			path = inFormat(path, wanted, false, "進度回報範本");
		}
		return served(user, parameters, path,
				wanted.rename(office.code() + "_" + period.rocYear() + "年第" + period.quarter() + "季_進度回報.xlsx"));
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

		java.util.Optional<Path> find(ReportingPeriod period, String supervisor, int version);

	}

	private Download supervisorFile(ConsoleUser user, ReportingPeriod period, String supervisor, int version,
			OutputFormat format, String kind, String what, VersionFile file) {
		Office office = offices.find(supervisor).orElseThrow(() -> new NotFound("查無機關代碼 " + supervisor));
		Map<String, Object> parameters = parameters("kind", kind, "supervisor", office.code(), "year",
				period.rocYear(), "quarter", period.quarter(), "version", version);
		checked(user, parameters, () -> scope.checkReport(user, office.code()));
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
		checked(user, parameters, () -> scope.checkReport(user, office.code()));
		Path xlsx = reports.reviewForm(period, office.code(), version, reviewed.code())
			.orElseThrow(() -> new NotFound("查無 " + reviewed.name() + " " + period.label() + " 第 " + version + " 版審查意見表"));
		return report(user, parameters, xlsx, version, format, "審查意見表");
	}

	private Download report(ConsoleUser user, Map<String, Object> parameters, Path xlsx, int version,
			OutputFormat format, String what) {
		OutputFormat wanted = format == null ? OutputFormat.XLSX : format;
		parameters.put("format", wanted.extension());
		Path path = inFormat(existing(folders.output().resolve("reports"), xlsx), wanted, false, what);
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return served(user, parameters, path, name.substring(0, dot) + "_v" + version + name.substring(dot));
	}

	/**
	 * The file beside {@code xlsx} in {@code format}. Missing: .xlsx when {@code fallBack} (the format was
	 * not asked for), else not found with the reason (not converted yet, or ODF/PDF off).
	 */
	private Path inFormat(Path xlsx, OutputFormat format, boolean fallBack, String what) {
		if (format == OutputFormat.XLSX) {
			return xlsx;
		}
		Path path = format.sibling(xlsx);
		if (Files.isRegularFile(path)) {
			return path;
		}
		if (fallBack) {
			return xlsx;
		}
		throw new NotFound("此" + what + "沒有 ." + format.extension() + " 版本"
				+ (converter.available() ? "（轉檔尚未完成，下次執行時會再轉）" : "：本服務未安裝 LibreOffice，只產生 .xlsx"));
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

	private void checked(ConsoleUser user, Map<String, Object> parameters, Runnable check) {
		try {
			check.run();
		}
		catch (AccessDeniedException ex) {
			audit.record(user.username(), user.role().name(), AuditAction.DOWNLOAD, parameters, AuditOutcome.REFUSED,
					ex.getMessage());
			throw new RefusalRecorded(ex.getMessage());
		}
	}

	private Download served(ConsoleUser user, Map<String, Object> parameters, Path path, String name) {
		audit.record(user.username(), user.role().name(), AuditAction.DOWNLOAD, parameters, AuditOutcome.SUCCEEDED,
				name);
		return new Download(path, name);
	}

	/** The recorded path inside its folder, and present; never anything outside. */
	private static Path existing(Path root, Path recorded) {
		Path path;
		try {
			path = Folders.confine(root, recorded);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("檔案不在允許下載的資料夾內");
		}
		if (!Files.isRegularFile(path)) {
			throw new NotFound("檔案已不存在：" + recorded.getFileName());
		}
		return path;
	}

	private static Map<String, Object> parameters(Object... pairs) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.put((String) pairs[i], pairs[i + 1]);
		}
		return parameters;
	}

}
