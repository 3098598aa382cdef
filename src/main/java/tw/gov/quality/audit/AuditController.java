package tw.gov.quality.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.gov.quality.web.Paging;

/** {@code /audit} (ADMIN): the audit log, newest first, optionally of one action. */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String filter = action == null || action.isBlank() ? null : action;
		int current = Paging.consolePage(page);
		model.addAttribute("entries", audit.recent(filter, PAGE_SIZE, Paging.offset(current, PAGE_SIZE)));
		model.addAttribute("action", filter);
		model.addAttribute("actions", AuditAction.LABELS);
		model.addAttribute("page", current);
		model.addAttribute("pageSize", PAGE_SIZE);
		return "audit";
	}

}
