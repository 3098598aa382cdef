package tw.gov.quality.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import tw.gov.quality.security.ConsoleUser;

/** The console's front page. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal ConsoleUser user) {
		return "home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
