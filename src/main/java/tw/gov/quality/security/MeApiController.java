package tw.gov.quality.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the API caller is. */
@RestController
class MeApiController {

	/** @param office the office whose data the caller sees (a SUPERVISOR: with everything beneath it) */
	record Me(String username, Role role, String roleLabel, String office) {
	}

	@GetMapping("/api/me")
	Me me(@AuthenticationPrincipal ConsoleUser user) {
		return new Me(user.username(), user.role(), user.role().label(), user.officeCode());
	}

}
