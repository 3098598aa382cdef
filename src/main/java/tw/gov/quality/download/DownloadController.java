package tw.gov.quality.download;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.Periods;

/**
 * Downloads, under {@code /files/…} for the pages and {@code /api/files/…} for the API: receipts and
 * archived originals by submission id, templates by office and period, consolidated workbooks and
 * review forms by supervisor, period and version. {@code /downloads}: the page that lists them.
 */
@Controller
@Tag(name = "下載", description = "範本、回執、存檔原件、執行成果報告與審查意見表")
class DownloadController {

	private final Downloads downloads;

	private final Periods periods;

	DownloadController(Downloads downloads, Periods periods) {
		this.downloads = downloads;
		this.periods = periods;
	}

	@GetMapping("/downloads")
	String page(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String year,
			@RequestParam(required = false) String quarter, Model model) {
		ReportingPeriod period = periods.parse(year, quarter);
		model.addAttribute("period", period);
		model.addAttribute("years", periods.years());
		model.addAttribute("templateOffices", downloads.templateOffices(user, period));
		model.addAttribute("reports", downloads.reports(user, period));
		return "downloads";
	}

	@Operation(summary = "下載回執", description = "該收件所屬機關在呼叫者可查看的範圍內才可下載")
	@GetMapping({ "/files/submissions/{id}/receipt", "/api/files/submissions/{id}/receipt" })
	ResponseEntity<Resource> receipt(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id) {
		return send(downloads.receipt(user, id));
	}

	@Operation(summary = "下載存檔原件", description = "機關送來的原始檔案，逐位元組相同")
	@GetMapping({ "/files/submissions/{id}/original", "/api/files/submissions/{id}/original" })
	ResponseEntity<Resource> original(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id) {
		return send(downloads.original(user, id));
	}

	@Operation(summary = "下載進度回報範本", description = "尚未產生時即時產生；年度可用民國年或西元年")
	@GetMapping({ "/files/templates/{year}/{quarter}/{office}", "/api/files/templates/{year}/{quarter}/{office}" })
	ResponseEntity<Resource> template(@AuthenticationPrincipal ConsoleUser user, @PathVariable String year,
			@PathVariable String quarter, @PathVariable String office) throws Exception {
		return send(downloads.template(user, office, periods.required(year, quarter)));
	}

	@Operation(summary = "下載執行成果報告", description = "上級機關某季某一版的彙整活頁簿")
	@GetMapping({ "/files/reports/{year}/{quarter}/{supervisor}/{version}/workbook",
			"/api/files/reports/{year}/{quarter}/{supervisor}/{version}/workbook" })
	ResponseEntity<Resource> workbook(@AuthenticationPrincipal ConsoleUser user, @PathVariable String year,
			@PathVariable String quarter, @PathVariable String supervisor, @PathVariable int version) {
		return send(downloads.workbook(user, periods.required(year, quarter), supervisor, version));
	}

	@Operation(summary = "下載審查意見表", description = "上級機關某季某一版中，對其直屬機關的審查意見表")
	@GetMapping({ "/files/reports/{year}/{quarter}/{supervisor}/{version}/review/{office}",
			"/api/files/reports/{year}/{quarter}/{supervisor}/{version}/review/{office}" })
	ResponseEntity<Resource> reviewForm(@AuthenticationPrincipal ConsoleUser user, @PathVariable String year,
			@PathVariable String quarter, @PathVariable String supervisor, @PathVariable int version,
			@PathVariable String office) {
		return send(downloads.reviewForm(user, periods.required(year, quarter), supervisor, version, office));
	}

	private static ResponseEntity<Resource> send(Download download) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.name(), StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(download.path()));
	}

}
