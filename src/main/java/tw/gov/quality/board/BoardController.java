package tw.gov.quality.board;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.report.SubmissionState;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.PeriodParameters;

/** {@code /board}: the quarter board of the offices the user may see (ADMIN, SUPERVISOR). */
@Controller
class BoardController {

	private final QuarterBoard board;

	private final PeriodParameters periods;

	private final Clock clock;

	BoardController(QuarterBoard board, PeriodParameters periods, Clock clock) {
		this.board = board;
		this.periods = periods;
		this.clock = clock;
	}

	@GetMapping("/board")
	String board(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String year,
			@RequestParam(required = false) String quarter, Model model) {
		ReportingPeriod period = periods.pick(year, quarter, model);
		model.addAttribute("board", board.build(user, period, LocalDateTime.now(clock)));
		model.addAttribute("states", SubmissionState.values());
		return "board";
	}

}
