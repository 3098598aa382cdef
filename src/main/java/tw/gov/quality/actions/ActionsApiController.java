package tw.gov.quality.actions;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.security.LoginThrottle;
import tw.gov.quality.web.BadRequest;
import tw.gov.quality.web.DateInput;
import tw.gov.quality.web.PeriodParameters;

/**
 * The administrators' actions as JSON (ADMIN). The API caller's request is its confirmation; each
 * action is recorded in the audit log like those of the pages. Background runs answer 202 with the
 * audit id: {@code GET /api/audit/{id}} tells how they ended.
 */
@RestController
@Tag(name = "管理操作")
class ActionsApiController {

	private final AdminActions actions;

	private final PeriodParameters periods;

	ActionsApiController(AdminActions actions, PeriodParameters periods) {
		this.actions = actions;
		this.periods = periods;
	}

	/** @param year ROC (104) or AD (2015) */
	record ConsolidateRequest(String supervisor, String year, String quarter) {
	}

	/** @param until 2015-07-20, 104/7/20 or 2015-07-20T17:00; a date alone means 23:59:59 of that day */
	record ExtensionRequest(String office, String year, String quarter, String until, String reason) {
	}

	@Operation(summary = "立即收件（背景執行）")
	@PostMapping("/api/actions/ingest")
	ResponseEntity<ActionResult> ingest(@AuthenticationPrincipal ConsoleUser user) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(actions.ingest().run(user));
	}

	@Operation(summary = "重新彙整某上級機關某季的執行成果報告（背景執行，存為新版本）")
	@PostMapping("/api/actions/consolidate")
	ResponseEntity<ActionResult> consolidate(@AuthenticationPrincipal ConsoleUser user,
			@RequestBody ConsolidateRequest request) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(actions.consolidate().run(user, request.supervisor(), period(request.year(), request.quarter())));
	}

	@Operation(summary = "重新啟動失敗或已停止的批次執行（背景執行）")
	@PostMapping("/api/jobs/{id}/restart")
	ResponseEntity<ActionResult> restart(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(actions.restart().run(user, id));
	}

	@Operation(summary = "將程式中斷後停在執行中的批次標記為失敗，以便重新啟動",
			description = "超過 quality.console.stale-after 沒有更新才可標記；否則 409")
	@PostMapping("/api/jobs/{id}/recover")
	ActionResult recover(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id) {
		return actions.recover().run(user, id);
	}

	@Operation(summary = "將存檔原件放回收件匣重新收件（背景執行）",
			description = "即使內容與先前相同也會重新檢查，收件時間沿用原收件時間")
	@PostMapping("/api/submissions/{id}/reingest")
	ResponseEntity<ActionResult> reingest(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(actions.reingest().run(user, id));
	}

	@Operation(summary = "准予某機關某季延期繳交")
	@PostMapping("/api/extensions")
	ResponseEntity<ActionResult> extend(@AuthenticationPrincipal ConsoleUser user, @RequestBody ExtensionRequest request) {
		if (request.office() == null || request.office().isBlank()) {
			throw new BadRequest("請指定機關代碼 office");
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(actions.extend().run(user, request.office(), period(request.year(), request.quarter()),
					DateInput.parse(request.until(), "延期至"), request.reason()));
	}

	/** @param kind ACCOUNT (a user name) or ADDRESS (a client address) */
	record UnlockRequest(String kind, String key) {
	}

	@Operation(summary = "目前的登入鎖定（帳號與來源位址）")
	@GetMapping("/api/login-locks")
	List<LoginThrottle.Lock> loginLocks() {
		return actions.unlock().locks();
	}

	@Operation(summary = "解除帳號或來源位址的登入鎖定", description = "沒有這個鎖定時 404")
	@PostMapping("/api/actions/unlock")
	ActionResult unlock(@AuthenticationPrincipal ConsoleUser user, @RequestBody UnlockRequest request) {
		return actions.unlock().run(user, UnlockAction.lockKind(request.kind(), request.key()), request.key());
	}

	/** As on the pages: 107 or 2018, 2 or 第2季, given as JSON numbers or strings. */
	private ReportingPeriod period(String year, String quarter) {
		return periods.required(year, quarter);
	}

}
