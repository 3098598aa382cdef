package tw.gov.quality.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.BadRequest;

/** {@code POST /api/uploads}: a progress sheet or review form into the caller's inbox folder; {@code GET}: outcomes. */
@RestController
@Tag(name = "上傳")
class UploadApiController {

	private final Uploads uploads;

	UploadApiController(Uploads uploads) {
		this.uploads = uploads;
	}

	@Operation(summary = "上傳檔案至收件匣（機關：進度回報表；上級機關：審查意見表；管理者須指定 office），與檔案放入收件匣相同處理")
	@PostMapping(path = "/api/uploads", consumes = "multipart/form-data")
	ResponseEntity<Uploads.Upload> upload(@AuthenticationPrincipal ConsoleUser user,
			@RequestParam("file") MultipartFile file, @RequestParam(required = false) String office) throws IOException {
		if (file.isEmpty()) {
			throw new BadRequest("請附上要上傳的檔案（欄位 file）");
		}
		try (InputStream in = file.getInputStream()) {
			return ResponseEntity.status(HttpStatus.CREATED).body(uploads.store(user, office, file.getOriginalFilename(), in));
		}
	}

	@Operation(summary = "呼叫者最近的上傳與收件結果（新到舊）")
	@GetMapping("/api/uploads")
	List<Uploads.Upload> recent(@AuthenticationPrincipal ConsoleUser user) {
		return uploads.recent(user, 50);
	}

}
