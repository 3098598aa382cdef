package tw.gov.quality.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's front door: the board for administrators and supervisors, its own page for an office. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal ConsoleUser user) {
		if (user.role() == Role.OFFICE) {
			return "redirect:/offices/" + user.officeCode();
		}
		return "redirect:/board";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/** Signing out is a POST (CSRF); a typed or bookmarked {@code GET /logout} asks for it. */
	@GetMapping("/logout")
	String logout() {
		return "logout";
	}

}
