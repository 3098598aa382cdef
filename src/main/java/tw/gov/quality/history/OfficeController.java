package tw.gov.quality.history;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.review.TrackedItems;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.PeriodParameters;

/**
 * {@code /offices/{code}}: an office and every file it sent; {@code /submissions/{id}}: one file with
 * its findings; {@code /submissions/unassigned}: files from no known office (ADMIN). Each only for
 * those who may see the office.
 */
@Controller
class OfficeController {

	private final OfficeHistory history;

	private final PeriodParameters periods;

	private final OfficeRegistry offices;

	private final Clock clock;

	private final TrackedItems tracked;

	OfficeController(OfficeHistory history, PeriodParameters periods, OfficeRegistry offices, Clock clock,
			TrackedItems tracked) {
		this.history = history;
		this.tracked = tracked;
		this.periods = periods;
		this.offices = offices;
		this.clock = clock;
	}

	@GetMapping("/offices/{code}")
	String office(@AuthenticationPrincipal ConsoleUser user, @PathVariable String code,
			@RequestParam(required = false) String year, @RequestParam(required = false) String quarter, Model model) {
		ReportingPeriod period = periods.pick(year, quarter, model);
		model.addAttribute("page", history.page(user, code, period, LocalDateTime.now(clock)));
		// Only once the page said the user may see the office.
		model.addAttribute("tracked", tracked.open(code));
		return "office";
	}

	@GetMapping("/submissions/{id}")
	String submission(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id, Model model) {
		OfficeHistory.SubmissionView view = history.submission(user, id);
		model.addAttribute("view", view);
		model.addAttribute("views", List.of(view));
		model.addAttribute("office", offices.find(view.submission().officeCode()).orElse(null));
		return "submission";
	}

	@GetMapping("/submissions/unassigned")
	String unassigned(Model model) {
		model.addAttribute("history", history.unassigned());
		return "unassigned";
	}

}
