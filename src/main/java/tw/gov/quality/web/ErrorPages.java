package tw.gov.quality.web;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /error}, in place of Spring Boot's: every error that reaches the servlet container's error
 * page (raised outside a controller, by the firewall, by Tomcat's mapping, or by a controller of the
 * pages). A page in Traditional Chinese with the menu for a browser; an RFC 9457 problem for the API and
 * for any caller that does not ask for HTML. The message shown is the service's own (Chinese) reason of a
 * 4xx, or a generic Chinese one: never an exception's class, message, SQL or stack trace. Asked for
 * directly ({@code GET /error}), it is a 404.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // sub-commands have no error pages to serve
class ErrorPages implements ErrorController {

	private final ErrorAttributes errors;

	ErrorPages(ErrorAttributes errors) {
		this.errors = errors;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		int status = status(request);
		String detail = detail(request, status);
		String path = originalPath(request);
		if (wantsProblem(request, path)) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem(status, detail, path));
		}
		String view = status == 403 || status == 404 ? "error/" + status : "error";
		// The signed-in user ("me", for the menu) is added to the model by security's ConsoleModel, as on every page.
		return new ModelAndView(view, Map.of("status", status, "message", detail), HttpStatus.valueOf(status));
	}

	private static ProblemDetail problem(int status, String detail, String path) {
		return Problems.of(HttpStatusCode.valueOf(status), detail, path);
	}

	private static int status(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			return 404;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer value ? value : 500;
		return HttpStatus.resolve(status) == null || status < 400 ? 500 : status;
	}

	private String detail(HttpServletRequest request, int status) {
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			return Problems.detail(404);
		}
		if (status >= 500) {
			return Problems.detail(status);
		}
		Throwable error = errors.getError(new ServletWebRequest(request));
		String message;
		if (error instanceof ResponseStatusException statusException) {
			message = statusException.getReason();
		}
		else if (error != null) {
			message = error.getMessage();
		}
		else {
			message = (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		}
		return Problems.isOwnMessage(message) ? message : Problems.detail(status);
	}

	private static String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String value ? value : request.getRequestURI();
		return path.substring(Math.min(path.length(), request.getContextPath().length()));
	}

	/** The API and the actuator always; elsewhere a caller that accepts JSON but not HTML. */
	private static boolean wantsProblem(HttpServletRequest request, String path) {
		if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank() || accept.contains("text/html")) {
			return false;
		}
		return accept.contains("json");
	}

}
