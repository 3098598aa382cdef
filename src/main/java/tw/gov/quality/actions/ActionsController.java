package tw.gov.quality.actions;

import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.ingest.SubmissionRecord;
import tw.gov.quality.ingest.Submissions;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.report.QuarterAssembler;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.security.LoginThrottle;
import tw.gov.quality.web.Confirmation;
import tw.gov.quality.web.DateInput;
import tw.gov.quality.web.NotFound;
import tw.gov.quality.web.Periods;

/**
 * {@code /actions} (ADMIN): the administrators' actions. Every POST without {@code confirmed=true}
 * shows what would be done and asks for confirmation; with it, the action is done (or started in the
 * background) and recorded, and the administrator is sent to where its result shows.
 */
@Controller
@RequestMapping("/actions")
class ActionsController {

	private final AdminActions actions;

	private final Periods periods;

	private final OfficeRegistry offices;

	private final QuarterAssembler assembler;

	private final Submissions submissions;

	private final OfficeDeadlines deadlines;

	private final AuditLog audit;

	ActionsController(AdminActions actions, Periods periods, OfficeRegistry offices, QuarterAssembler assembler,
			Submissions submissions, OfficeDeadlines deadlines, AuditLog audit) {
		this.actions = actions;
		this.periods = periods;
		this.offices = offices;
		this.assembler = assembler;
		this.submissions = submissions;
		this.deadlines = deadlines;
		this.audit = audit;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("supervisors", assembler.supervisors());
		model.addAttribute("reportingOffices", offices.reportingOffices());
		model.addAttribute("years", periods.years());
		model.addAttribute("period", periods.byDefault());
		model.addAttribute("recent", audit.recent(null, 15, 0));
		model.addAttribute("locks", actions.loginLocks());
		model.addAttribute("loginRules", actions.loginRules());
		return "actions";
	}

	@PostMapping("/unlock")
	String unlock(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String key, @RequestParam(required = false) String confirmed, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			LoginThrottle.Kind parsed = AdminActions.lockKind(kind, key);
			if (!Confirmation.confirmed(confirmed)) {
				return confirm(model, Confirmation
					.of("解除登入鎖定", "解除後可立即再嘗試登入；若是他人冒用，失敗次數達上限會再次鎖定。", "/actions/unlock", "/actions")
					.fact(parsed.label(), key)
					.field("kind", parsed.name())
					.field("key", key));
			}
			redirect.addFlashAttribute("notice", actions.unlock(user, parsed, key).message());
			return "redirect:/actions";
		}
		catch (ResponseStatusException ex) {
			return invalid(ex, model, response);
		}
	}

	@PostMapping("/ingest")
	String ingest(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String confirmed,
			Model model, RedirectAttributes redirect) {
		if (!Confirmation.confirmed(confirmed)) {
			return confirm(model, Confirmation.of("立即收件", "將立即讀取收件匣中所有已放妥的檔案，檢查、存檔並產生回執。", "/actions/ingest",
					"/actions"));
		}
		return started(actions.ingestNow(user), redirect);
	}

	@PostMapping("/consolidate")
	String consolidate(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String supervisor,
			@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			ReportingPeriod period = periods.required(year, quarter);
			if (!Confirmation.confirmed(confirmed)) {
				Office office = offices.find(supervisor).orElseThrow(() -> new NotFound("查無機關代碼 " + supervisor));
				return confirm(model, Confirmation
					.of("重新彙整執行成果報告", "將以目前已接受的資料重新產生執行成果報告與審查意見表，存為新的版本；先前版本保留不動。",
							"/actions/consolidate", "/actions")
					.fact("上級機關", office.code() + " " + office.name())
					.fact("期間", period.label())
					.field("supervisor", office.code())
					.field("year", period.rocYear())
					.field("quarter", period.quarter()));
			}
			return started(actions.consolidate(user, supervisor, period), redirect);
		}
		catch (ResponseStatusException ex) {
			return invalid(ex, model, response);
		}
	}

	@PostMapping("/restart")
	String restart(@AuthenticationPrincipal ConsoleUser user, @RequestParam long execution,
			@RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect) {
		try {
			if (!Confirmation.confirmed(confirmed)) {
				JobExecution found = execution(execution);
				return confirm(model, Confirmation
					.of("重新啟動批次", "將由中斷處繼續執行這次批次，已完成的步驟不會重做。", "/actions/restart", "/jobs/" + execution)
					.fact("批次執行", "#" + execution + " " + found.getJobInstance().getJobName())
					.fact("目前狀態", found.getStatus())
					.field("execution", execution));
			}
			return started(actions.restart(user, execution), redirect);
		}
		catch (ResponseStatusException ex) {
			return failed(ex, redirect, "/jobs/" + execution);
		}
	}

	@PostMapping("/recover")
	String recover(@AuthenticationPrincipal ConsoleUser user, @RequestParam long execution,
			@RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect) {
		try {
			if (!Confirmation.confirmed(confirmed)) {
				JobExecution found = execution(execution);
				return confirm(model, Confirmation
					.of("標記中斷的批次為失敗", "只在執行這次批次的程式已經結束（例如主機當機、程式被中止）時使用：標記為失敗後即可重新啟動。"
							+ "若批次其實仍在執行，標記會造成重複處理。", "/actions/recover", "/jobs/" + execution)
					.fact("批次執行", "#" + execution + " " + found.getJobInstance().getJobName())
					.fact("目前狀態", found.getStatus())
					.field("execution", execution));
			}
			redirect.addFlashAttribute("notice", actions.recover(user, execution).message());
			return "redirect:/jobs/" + execution;
		}
		catch (ResponseStatusException ex) {
			return failed(ex, redirect, "/jobs/" + execution);
		}
	}

	@PostMapping("/reingest")
	String reingest(@AuthenticationPrincipal ConsoleUser user, @RequestParam long submission,
			@RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect) {
		try {
			if (!Confirmation.confirmed(confirmed)) {
				SubmissionRecord found = submissions.find(submission)
					.orElseThrow(() -> new NotFound("查無收件編號 " + submission));
				return confirm(model, Confirmation
					.of("重新收件", "將把存檔的原件複製回該機關的收件資料夾並立即收件：即使內容與先前相同也會重新檢查，收件時間沿用原收件時間，回執會註明為重新收件。",
							"/actions/reingest", "/submissions/" + submission)
					.fact("收件編號", submission)
					.fact("機關", found.officeCode())
					.fact("檔案名稱", found.originalName())
					.fact("原收件時間", RocDates.dateTime(found.receivedAt()))
					.fact("原處理結果", found.stateLabel())
					.field("submission", submission));
			}
			return started(actions.reingest(user, submission), redirect);
		}
		catch (ResponseStatusException ex) {
			return failed(ex, redirect, "/submissions/" + submission);
		}
	}

	@PostMapping("/extend")
	String extend(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String office,
			@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String until, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			ReportingPeriod period = periods.required(year, quarter);
			LocalDateTime deadline = DateInput.parse(until, "延期至");
			AdminActions.checkReason(reason);
			if (!Confirmation.confirmed(confirmed)) {
				Office found = offices.find(office).orElseThrow(() -> new NotFound("查無機關代碼 " + office));
				return confirm(model, Confirmation
					.of("准予延期", "該機關本季的繳交期限將延至下列時間，並記錄核准人與原因。", "/actions/extend", "/actions")
					.fact("機關", found.code() + " " + found.name())
					.fact("期間", period.label())
					.fact("目前繳交期限", RocDates.dateTime(deadlines.deadline(found.code(), period)))
					.fact("延期至", RocDates.dateTime(deadline))
					.fact("原因", reason)
					.fact("核准人", user.username())
					.field("office", found.code())
					.field("year", period.rocYear())
					.field("quarter", period.quarter())
					.field("until", deadline.toString())
					.field("reason", reason));
			}
			ActionResult result = actions.extend(user, office, period, deadline, reason);
			redirect.addFlashAttribute("notice", result.message());
			return "redirect:/offices/" + office + "?year=" + period.rocYear() + "&quarter=" + period.quarter();
		}
		catch (ResponseStatusException ex) {
			return invalid(ex, model, response);
		}
	}

	private JobExecution execution(long id) {
		return actions.execution(id);
	}

	private static String confirm(Model model, Confirmation confirmation) {
		model.addAttribute("confirm", confirmation);
		return "confirm";
	}

	private static String started(ActionResult result, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", result.message() + "（操作紀錄 #" + result.auditId() + "）");
		return "redirect:/jobs";
	}

	/** The actions page again, with the reason and the error's status (400, 404): nothing was done. */
	private String invalid(ResponseStatusException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.getStatusCode().value());
		model.addAttribute("error", ex.getReason());
		return page(model);
	}

	private static String failed(ResponseStatusException ex, RedirectAttributes redirect, String back) {
		redirect.addFlashAttribute("error", ex.getReason());
		return "redirect:" + back;
	}

}
