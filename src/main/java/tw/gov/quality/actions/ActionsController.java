package tw.gov.quality.actions;

import java.time.LocalDateTime;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

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
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.report.QuarterAssembler;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.security.LoginThrottle;
import tw.gov.quality.web.DateInput;
import tw.gov.quality.web.PeriodParameters;

/**
 * {@code /actions} (ADMIN): the administrators' actions. Every POST without {@code confirmed=true}
 * shows what would be done and asks for confirmation; with it, the action is done (or started in the
 * background) and recorded, and the administrator is sent to where its result shows
 * ({@link ConfirmThenAct}).
 */
@Controller
@RequestMapping("/actions")
class ActionsController {

	private final AdminActions actions;

	private final PeriodParameters periods;

	private final OfficeRegistry offices;

	private final QuarterAssembler assembler;

	private final AuditLog audit;

	ActionsController(AdminActions actions, PeriodParameters periods, OfficeRegistry offices, QuarterAssembler assembler,
			AuditLog audit) {
		this.actions = actions;
		this.periods = periods;
		this.offices = offices;
		this.assembler = assembler;
		this.audit = audit;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("supervisors", assembler.supervisors());
		model.addAttribute("reportingOffices", offices.reportingOffices());
		periods.pick(null, null, model);
		model.addAttribute("recent", audit.recent(null, 15, 0));
		model.addAttribute("locks", actions.unlock().locks());
		model.addAttribute("loginRules", actions.unlock().rules());
		return "actions";
	}

	@PostMapping("/unlock")
	String unlock(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String key, @RequestParam(required = false) String confirmed, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return ConfirmThenAct.handle(confirmed, model, invalid(model, response), () -> {
			LoginThrottle.Kind parsed = UnlockAction.lockKind(kind, key);
			return new ConfirmThenAct(() -> UnlockAction.describe(parsed, key),
					() -> notice(redirect, actions.unlock().run(user, parsed, key), "/actions"));
		});
	}

	@PostMapping("/ingest")
	String ingest(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String confirmed,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return ConfirmThenAct.handle(confirmed, model, invalid(model, response),
				() -> new ConfirmThenAct(IngestNowAction::describe, () -> started(actions.ingest().run(user), redirect)));
	}

	@PostMapping("/consolidate")
	String consolidate(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String supervisor,
			@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return ConfirmThenAct.handle(confirmed, model, invalid(model, response), () -> {
			ReportingPeriod period = periods.required(year, quarter);
			return new ConfirmThenAct(() -> actions.consolidate().describe(supervisor, period),
					() -> started(actions.consolidate().run(user, supervisor, period), redirect));
		});
	}

	@PostMapping("/restart")
	String restart(@AuthenticationPrincipal ConsoleUser user, @RequestParam long execution,
			@RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect) {
		return ConfirmThenAct.handle(confirmed, model, failed(redirect, "/jobs/" + execution),
				() -> new ConfirmThenAct(() -> actions.restart().describe(execution),
						() -> started(actions.restart().run(user, execution), redirect)));
	}

	@PostMapping("/recover")
	String recover(@AuthenticationPrincipal ConsoleUser user, @RequestParam long execution,
			@RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect) {
		return ConfirmThenAct.handle(confirmed, model, failed(redirect, "/jobs/" + execution),
				() -> new ConfirmThenAct(() -> actions.recover().describe(execution),
						() -> notice(redirect, actions.recover().run(user, execution), "/jobs/" + execution)));
	}

	@PostMapping("/reingest")
	String reingest(@AuthenticationPrincipal ConsoleUser user, @RequestParam long submission,
			@RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect) {
		return ConfirmThenAct.handle(confirmed, model, failed(redirect, "/submissions/" + submission),
				() -> new ConfirmThenAct(() -> actions.reingest().describe(submission),
						() -> started(actions.reingest().run(user, submission), redirect)));
	}

	@PostMapping("/extend")
	String extend(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String office,
			@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String until, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return ConfirmThenAct.handle(confirmed, model, invalid(model, response), () -> {
			ReportingPeriod period = periods.required(year, quarter);
			LocalDateTime deadline = DateInput.parse(until, "延期至");
			ExtendAction.checkReason(reason);
			return new ConfirmThenAct(() -> actions.extend().describe(user, office, period, deadline, reason),
					() -> notice(redirect, actions.extend().run(user, office, period, deadline, reason), "/offices/"
							+ office + "?year=" + period.rocYear() + "&quarter=" + period.quarter()));
		});
	}

	/** To the jobs page, where a background run shows. */
	private static String started(ActionResult result, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", result.message() + "（操作紀錄 #" + result.auditId() + "）");
		return "redirect:/jobs";
	}

	/** To the page where an action done at once shows. */
	private static String notice(RedirectAttributes redirect, ActionResult result, String page) {
		redirect.addFlashAttribute("notice", result.message());
		return "redirect:" + page;
	}

	/** The actions page again, with the reason and the error's status (400, 404): nothing was done. */
	private Function<ResponseStatusException, String> invalid(Model model, HttpServletResponse response) {
		return ex -> {
			response.setStatus(ex.getStatusCode().value());
			model.addAttribute("error", ex.getReason());
			return page(model);
		};
	}

	/** Back to the page the action was asked from, with the reason. */
	private static Function<ResponseStatusException, String> failed(RedirectAttributes redirect, String back) {
		return ex -> {
			redirect.addFlashAttribute("error", ex.getReason());
			return "redirect:" + back;
		};
	}

}
