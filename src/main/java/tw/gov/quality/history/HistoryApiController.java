package tw.gov.quality.history;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.gov.quality.office.Office;
import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.review.TrackedItems;
import tw.gov.quality.security.AccessScope;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.PeriodParameters;

/** Offices and their submissions as JSON, each only for those who may see the office. */
@RestController
@Tag(name = "機關與收件紀錄")
class HistoryApiController {

	private final OfficeHistory history;

	private final AccessScope scope;

	private final PeriodParameters periods;

	private final Clock clock;

	private final TrackedItems tracked;

	HistoryApiController(OfficeHistory history, AccessScope scope, PeriodParameters periods, Clock clock,
			TrackedItems tracked) {
		this.tracked = tracked;
		this.history = history;
		this.scope = scope;
		this.periods = periods;
		this.clock = clock;
	}

	@Operation(summary = "呼叫者可查看的機關")
	@GetMapping("/api/offices")
	List<Office> offices(@AuthenticationPrincipal ConsoleUser user) {
		return scope.visibleOffices(user);
	}

	@Operation(summary = "機關資料、某季的狀態與期限，以及每一次收件（含每個版本、結果與檢查結果）")
	@GetMapping("/api/offices/{code}")
	OfficeHistory.OfficePage office(@AuthenticationPrincipal ConsoleUser user, @PathVariable String code,
			@RequestParam(required = false) String year, @RequestParam(required = false) String quarter) {
		return history.page(user, code, periods.parse(year, quarter), LocalDateTime.now(clock));
	}

	@Operation(summary = "機關目前列管中的審查意見（列管事項），舊到新")
	@GetMapping("/api/offices/{code}/tracked")
	List<TrackedItem> tracked(@AuthenticationPrincipal ConsoleUser user, @PathVariable String code) {
		history.visible(user, code);
		return tracked.open(code);
	}

	@Operation(summary = "機關的每一次收件（新到舊），含檢查結果")
	@GetMapping("/api/offices/{code}/submissions")
	List<OfficeHistory.SubmissionView> submissions(@AuthenticationPrincipal ConsoleUser user, @PathVariable String code) {
		return history.submissions(user, code);
	}

	@Operation(summary = "一次收件與其檢查結果")
	@GetMapping("/api/submissions/{id}")
	OfficeHistory.SubmissionView submission(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id) {
		return history.submission(user, id);
	}

	@Operation(summary = "未歸屬任何機關的收件（ADMIN）")
	@GetMapping("/api/submissions/unassigned")
	List<OfficeHistory.SubmissionView> unassigned() {
		return history.unassigned();
	}

}
