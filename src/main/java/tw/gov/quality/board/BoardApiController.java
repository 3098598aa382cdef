package tw.gov.quality.board;

import java.time.Clock;
import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.PeriodParameters;

/** {@code GET /api/board}: the quarter board as JSON (ADMIN, SUPERVISOR: its subtree). */
@RestController
@Tag(name = "季繳交情形")
class BoardApiController {

	private final QuarterBoard board;

	private final PeriodParameters periods;

	private final Clock clock;

	BoardApiController(QuarterBoard board, PeriodParameters periods, Clock clock) {
		this.board = board;
		this.periods = periods;
		this.clock = clock;
	}

	@Operation(summary = "某季各機關的繳交情形與繳交率、準時率",
			description = "呼叫者可查看的機關樹；狀態 ON_TIME 準時、LATE 逾期、MISSING 未繳、REFUSED_UNCORRECTED 退件未補正、PENDING 待繳")
	@GetMapping("/api/board")
	Board board(@AuthenticationPrincipal ConsoleUser user,
			@Parameter(description = "民國年（104）或西元年（2015）；省略為目前填報的季") @RequestParam(required = false) String year,
			@Parameter(description = "1 到 4") @RequestParam(required = false) String quarter) {
		return board.build(user, periods.parse(year, quarter), LocalDateTime.now(clock));
	}

}
