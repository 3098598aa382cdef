package tw.gov.quality.upload;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.BadRequest;

/** {@code /upload}: send a file into one's own inbox folder, and see what became of one's latest uploads. */
@Controller
class UploadController {

	private final Uploads uploads;

	private final OfficeRegistry offices;

	UploadController(Uploads uploads, OfficeRegistry offices) {
		this.uploads = uploads;
		this.offices = offices;
	}

	@GetMapping("/upload")
	String page(@AuthenticationPrincipal ConsoleUser user, Model model) {
		model.addAttribute("uploads", uploads.recent(user, 20));
		model.addAttribute("offices", offices.all());
		model.addAttribute("supervisor", user.officeCode() != null && offices.isSupervisor(user.officeCode()));
		return "upload";
	}

	@PostMapping("/upload")
	String upload(@AuthenticationPrincipal ConsoleUser user, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String office, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			throw new BadRequest("請選擇要上傳的檔案");
		}
		try (InputStream in = file.getInputStream()) {
			Uploads.Upload stored = uploads.store(user, office, file.getOriginalFilename(), in);
			redirect.addFlashAttribute("message", "已上傳「" + stored.name() + "」至 " + stored.office() + " 的收件匣，收件後即顯示處理結果");
		}
		return "redirect:/upload";
	}

}
