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

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.formats.OutputFormat;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.NotFound;
import tw.gov.quality.web.PeriodParameters;

/**
 * Downloads of the pages, under {@code /files/…} (the API's are {@link DownloadApiController}): receipts
 * and archived originals by submission id, templates by office and period, consolidated workbooks and
 * review forms by supervisor, period and version. {@code /downloads}: the page that lists them.
 */
@Controller
class DownloadController {

	private final Downloads downloads;

	private final PeriodParameters periods;

	DownloadController(Downloads downloads, PeriodParameters periods) {
		this.downloads = downloads;
		this.periods = periods;
	}

	@GetMapping("/downloads")
	String page(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String year,
			@RequestParam(required = false) String quarter, Model model) {
		ReportingPeriod period = periods.pick(year, quarter, model);
		model.addAttribute("templateOffices", downloads.templateOffices(user, period));
		model.addAttribute("reports", downloads.reports(user, period));
		model.addAttribute("odf", downloads.odf());
		return "downloads";
	}

	@GetMapping("/files/submissions/{id}/receipt")
	ResponseEntity<Resource> receipt(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id,
			@RequestParam(required = false) String format) {
		return send(downloads.receipt(user, id, DownloadController.format(format)));
	}

	@GetMapping("/files/submissions/{id}/original")
	ResponseEntity<Resource> original(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id) {
		return send(downloads.original(user, id));
	}

	@GetMapping("/files/templates/{year}/{quarter}/{office}")
	ResponseEntity<Resource> template(@AuthenticationPrincipal ConsoleUser user, @PathVariable String year,
			@PathVariable String quarter, @PathVariable String office, @RequestParam(required = false) String format)
			throws Exception {
		return send(downloads.template(user, office, periods.required(year, quarter),
				DownloadController.format(format)));
	}

	@GetMapping("/files/reports/{year}/{quarter}/{supervisor}/{version}/workbook")
	ResponseEntity<Resource> workbook(@AuthenticationPrincipal ConsoleUser user, @PathVariable String year,
			@PathVariable String quarter, @PathVariable String supervisor, @PathVariable int version,
			@RequestParam(required = false) String format) {
		return send(downloads.workbook(user, periods.required(year, quarter), supervisor, version,
				DownloadController.format(format)));
	}

	@GetMapping("/files/reports/{year}/{quarter}/{supervisor}/{version}/annex")
	ResponseEntity<Resource> annex(@AuthenticationPrincipal ConsoleUser user, @PathVariable String year,
			@PathVariable String quarter, @PathVariable String supervisor, @PathVariable int version,
			@RequestParam(required = false) String format) {
		return send(downloads.annex(user, periods.required(year, quarter), supervisor, version,
				DownloadController.format(format)));
	}

	@GetMapping("/files/reports/{year}/{quarter}/{supervisor}/{version}/review/{office}")
	ResponseEntity<Resource> reviewForm(@AuthenticationPrincipal ConsoleUser user, @PathVariable String year,
			@PathVariable String quarter, @PathVariable String supervisor, @PathVariable int version,
			@PathVariable String office, @RequestParam(required = false) String format) {
		return send(downloads.reviewForm(user, periods.required(year, quarter), supervisor, version, office,
				DownloadController.format(format)));
	}

	/** {@code ?format=xlsx|ods|pdf}; absent: each download's own default. */
	static OutputFormat format(String format) {
		if (format == null || format.isBlank()) {
			return null;
		}
		OutputFormat parsed = OutputFormat.parse(format);
		if (parsed == null) {
			throw new NotFound("不提供「" + format + "」格式：可用 xlsx、ods、pdf");
		}
		return parsed;
	}

	static ResponseEntity<Resource> send(Download download) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.name(), StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(download.path()));
	}

}
