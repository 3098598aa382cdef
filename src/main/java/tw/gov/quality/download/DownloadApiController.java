package tw.gov.quality.download;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.PeriodParameters;

/**
 * The API's downloads under {@code /api/files/…} and what there is to download: each file through what
 * identifies it, checked against the caller's subtree, exactly as the pages' downloads.
 */
@RestController
@Tag(name = "下載", description = "範本、回執、存檔原件、執行成果報告與審查意見表")
class DownloadApiController {

	private final Downloads downloads;

	private final PeriodParameters periods;

	DownloadApiController(Downloads downloads, PeriodParameters periods) {
		this.downloads = downloads;
		this.periods = periods;
	}

	/** An office whose template the caller may download for the period, and where. */
	record TemplateLink(String office, String name, String href) {
	}

	@Operation(summary = "可下載範本的機關")
	@GetMapping("/api/templates")
	List<TemplateLink> templates(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String year,
			@RequestParam(required = false) String quarter) {
		ReportingPeriod period = periods.parse(year, quarter);
		return downloads.templateOffices(user, period)
			.stream()
			.map(office -> new TemplateLink(office.code(), office.name(), "/api/files/templates/" + period.rocYear() + "/"
					+ period.quarter() + "/" + office.code()))
			.toList();
	}

	/** A supervisor's report versions for the period. */
	record Reports(Office supervisor, List<tw.gov.quality.report.PublishedReports.ReportVersion> versions) {
	}

	@Operation(summary = "可下載的執行成果報告版本（ADMIN、SUPERVISOR）")
	@GetMapping("/api/reports")
	List<Reports> reports(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String year,
			@RequestParam(required = false) String quarter) {
		return downloads.reports(user, periods.parse(year, quarter))
			.stream()
			.map(reports -> new Reports(reports.supervisor(), reports.versions()))
			.toList();
	}

	@Operation(summary = "下載回執", description = "該收件所屬機關在呼叫者可查看的範圍內才可下載")
	@GetMapping("/api/files/submissions/{id}/receipt")
	ResponseEntity<Resource> receipt(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id,
			@RequestParam(required = false) String format) {
		return DownloadController.send(downloads.receipt(user, id, DownloadController.format(format)));
	}

	@Operation(summary = "下載存檔原件", description = "機關送來的原始檔案，逐位元組相同")
	@GetMapping("/api/files/submissions/{id}/original")
	ResponseEntity<Resource> original(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id) {
		return DownloadController.send(downloads.original(user, id));
	}

	@Operation(summary = "下載進度回報範本", description = "尚未產生時即時產生；年度可用民國年或西元年")
	@GetMapping("/api/files/templates/{year}/{quarter}/{office}")
	ResponseEntity<Resource> template(@AuthenticationPrincipal ConsoleUser user, @PathVariable String year,
			@PathVariable String quarter, @PathVariable String office, @RequestParam(required = false) String format)
			throws Exception {
		return DownloadController.send(downloads.template(user, office, periods.required(year, quarter),
				DownloadController.format(format)));
	}

	@Operation(summary = "下載執行成果報告", description = "上級機關某季某一版的彙整活頁簿")
	@GetMapping("/api/files/reports/{year}/{quarter}/{supervisor}/{version}/workbook")
	ResponseEntity<Resource> workbook(@AuthenticationPrincipal ConsoleUser user, @PathVariable String year,
			@PathVariable String quarter, @PathVariable String supervisor, @PathVariable int version,
			@RequestParam(required = false) String format) {
		return DownloadController.send(downloads.workbook(user, periods.required(year, quarter), supervisor, version,
				DownloadController.format(format)));
	}

	@Operation(summary = "下載執行情形明細", description = "執行成果報告之附件一之一：各機關填報之執行情形及備註全文")
	@GetMapping("/api/files/reports/{year}/{quarter}/{supervisor}/{version}/annex")
	ResponseEntity<Resource> annex(@AuthenticationPrincipal ConsoleUser user, @PathVariable String year,
			@PathVariable String quarter, @PathVariable String supervisor, @PathVariable int version,
			@RequestParam(required = false) String format) {
		return DownloadController.send(downloads.annex(user, periods.required(year, quarter), supervisor, version,
				DownloadController.format(format)));
	}

	@Operation(summary = "下載審查意見表", description = "上級機關某季某一版中，對其直屬機關的審查意見表")
	@GetMapping("/api/files/reports/{year}/{quarter}/{supervisor}/{version}/review/{office}")
	ResponseEntity<Resource> reviewForm(@AuthenticationPrincipal ConsoleUser user, @PathVariable String year,
			@PathVariable String quarter, @PathVariable String supervisor, @PathVariable int version,
			@PathVariable String office, @RequestParam(required = false) String format) {
		return DownloadController
			.send(downloads.reviewForm(user, periods.required(year, quarter), supervisor, version, office,
				DownloadController.format(format)));
	}

}
