package tw.gov.quality.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.gov.quality.web.Paging;
import tw.gov.quality.web.NotFound;

/** {@code /api/audit} (ADMIN): the audit log as JSON. */
@RestController
@Tag(name = "操作紀錄")
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@Operation(summary = "操作紀錄（新到舊）", description = "action：INGEST、CONSOLIDATE、RESTART、RECOVER、REINGEST、EXTEND、DOWNLOAD、INITIAL_ADMIN")
	@GetMapping("/api/audit")
	List<AuditEntry> entries(@RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Paging.checkApi(page, size, 500);
		return audit.recent(action == null || action.isBlank() ? null : action, size, Paging.offset(page, size));
	}

	@Operation(summary = "一筆操作紀錄；背景執行的操作結束後 outcome 由 STARTED 改為結果")
	@GetMapping("/api/audit/{id}")
	AuditEntry entry(@PathVariable long id) {
		return audit.find(id).orElseThrow(() -> new NotFound("查無操作紀錄 #" + id));
	}

}
