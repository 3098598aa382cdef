package tw.gov.quality.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in (for the menu and the sign-out button). */
@ControllerAdvice(annotations = Controller.class)
class ConsoleModel {

	@ModelAttribute("me")
	ConsoleUser me(@AuthenticationPrincipal ConsoleUser user) {
		return user;
	}

}
