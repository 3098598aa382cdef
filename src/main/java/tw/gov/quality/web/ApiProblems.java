package tw.gov.quality.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every error of {@code /api/**} as an RFC 9457 problem detail ({@code application/problem+json}),
 * titled in Chinese, with the reason in {@code detail} and the request path in {@code instance}.
 * Errors of the pages are rethrown untouched, to end on the Chinese error pages. (401 and 403 raised
 * before a controller is reached are written by the API's security chain in the same form.)
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final ApplicationEventPublisher events;

	ApiProblems(ApplicationEventPublisher events) {
		this.events = events;
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> status(ResponseStatusException ex, HttpServletRequest request) throws Exception {
		api(request, ex);
		String reason = ex.getReason();
		return problem(ex.getStatusCode(),
				Problems.isOwnMessage(reason) ? reason : frameworkDetail(ex.getStatusCode().value()), request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) throws Exception {
		api(request, ex);
		events.publishEvent(new AccessRefused(request, ex));
		return problem(HttpStatus.FORBIDDEN,
				Problems.isOwnMessage(ex.getMessage()) ? ex.getMessage() : Problems.detail(403), request);
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(TypeMismatchException ex, HttpServletRequest request) throws Exception {
		api(request, ex);
		return problem(HttpStatus.BAD_REQUEST,
				"參數「" + ex.getPropertyName() + "」的值「" + ex.getValue() + "」格式不正確", request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request)
			throws Exception {
		api(request, ex);
		return problem(HttpStatus.BAD_REQUEST, "請求內容不是有效的 JSON，或欄位的型別不正確", request);
	}

	/** Spring MVC's own errors (unknown path, wrong method, missing parameter …), with a Chinese detail. */
	@ExceptionHandler({ ServletException.class, MethodArgumentNotValidException.class })
	ResponseEntity<ProblemDetail> framework(Exception ex, HttpServletRequest request) throws Exception {
		api(request, ex);
		HttpStatusCode status = ex instanceof ErrorResponse response ? response.getStatusCode()
				: HttpStatus.INTERNAL_SERVER_ERROR;
		return problem(status, frameworkDetail(status.value()), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) throws Exception {
		api(request, ex);
		log.error("API request {} failed", request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, Problems.detail(500), request);
	}

	/** Not an API request: let the rest of Spring MVC handle it, as if this advice did not exist. */
	private static void api(HttpServletRequest request, Exception ex) throws Exception {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/")) {
			throw ex;
		}
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail, HttpServletRequest request) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, detail, request.getRequestURI()));
	}

	private static String frameworkDetail(int status) {
		return switch (status) {
			case 400 -> "缺少必要的參數，或參數格式不正確";
			case 404 -> "沒有這個 API 路徑";
			case 405 -> "這個路徑不支援此 HTTP 方法";
			case 415 -> "請以 application/json 傳送請求內容";
			default -> Problems.detail(status);
		};
	}

}
