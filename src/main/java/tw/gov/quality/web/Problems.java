package tw.gov.quality.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details as this service writes them, wherever the error arises (a controller, a
 * security filter, the firewall, the error page): a {@code type} per kind of error, a Chinese
 * {@code title} and {@code detail}, the request path as {@code instance}. Never an exception's class,
 * message or stack trace.
 */
public final class Problems {

	/** Where each {@code type} is named; a URN, as the service publishes no page per error. */
	public static final String TYPE_PREFIX = "urn:quality-progress:problem:";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String detail, String path) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title(status.value()) : detail);
		problem.setType(type(status.value()));
		problem.setTitle(title(status.value()));
		if (path != null) {
			problem.setInstance(instance(path));
		}
		return problem;
	}

	/** For code that runs before Spring MVC (security filters, the firewall): the same JSON, written by hand. */
	public static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":" + quote(type(status).toString()) + ",\"title\":" + quote(title(status)) + ",\"status\":"
					+ status + ",\"detail\":" + quote(detail == null ? title(status) : detail) + ",\"instance\":"
					+ quote(instance(request.getRequestURI()).toString()) + "}");
	}

	public static URI type(int status) {
		return URI.create(TYPE_PREFIX + switch (status) {
			case 400 -> "bad-request";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "too-large";
			case 415 -> "unsupported-media-type";
			case 429 -> "too-many-attempts";
			default -> status >= 500 ? "server-error" : "client-error";
		});
	}

	public static String title(int status) {
		return switch (status) {
			case 400 -> "請求內容不正確";
			case 401 -> "未登入或帳號密碼錯誤";
			case 403 -> "沒有權限";
			case 404 -> "查無資料";
			case 405 -> "不支援這個 HTTP 方法";
			case 406 -> "無法提供要求的格式";
			case 409 -> "目前的狀態無法執行";
			case 413 -> "請求內容過大";
			case 415 -> "不支援的內容格式";
			case 429 -> "嘗試次數過多";
			default -> status >= 500 ? "系統錯誤" : "無法完成";
		};
	}

	/** What a user is told when the service has nothing more specific to say, in Chinese. */
	public static String detail(int status) {
		return switch (status) {
			case 400 -> "要求的內容或網址格式不正確，請檢查後再試";
			case 401 -> "請先登入";
			case 403 -> "您的帳號不能查看或執行這項功能。如需使用，請洽系統管理者";
			case 404 -> "找不到這個網頁、資料或檔案";
			case 405 -> "這個網址不支援此操作方式";
			case 406 -> "無法以要求的格式回應";
			case 413 -> "上傳或送出的內容過大";
			case 415 -> "請以 application/json 傳送請求內容";
			default -> status >= 500 ? "系統發生錯誤，請稍後再試；若持續發生請洽系統管理者" : title(status);
		};
	}

	/**
	 * Whether a message may be shown to the user: only the service's own, which are in Chinese. The
	 * framework's and the database's (English, possibly with SQL or class names) never are.
	 */
	public static boolean isOwnMessage(String message) {
		return message != null && !message.isBlank()
				&& message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static final java.util.regex.Pattern CLASS_PREFIX = java.util.regex.Pattern
		.compile("^(?:[A-Za-z_$][\\w$]*\\.)*[A-Za-z_$][\\w$]*(?:Exception|Error|Throwable)\\b:?\\s*");

	private static final java.util.regex.Pattern TECHNICAL = java.util.regex.Pattern.compile(
			"(?i)\\bSQL\\b|\\bSELECT\\s|\\bINSERT\\s|\\bUPDATE\\s|\\bDELETE\\s|\\bat [\\w$.]+\\(|java\\.|javax?\\.|jakarta\\.|org\\.springframework|Exception|\\.java:|\\(conn=|for column|Duplicate entry|constraint");

	/**
	 * A failure's message fit to show: the innermost cause's text without its exception class, or
	 * {@code fallback} when it still names code, classes or SQL (the log has the whole of it).
	 */
	public static String shownFailure(String message, String fallback) {
		if (message == null || message.isBlank()) {
			return fallback;
		}
		String line = message.strip().lines().findFirst().orElse("");
		for (String candidate : message.strip().lines().toList()) {
			if (candidate.startsWith("Caused by: ")) {
				line = candidate.substring("Caused by: ".length());
			}
		}
		String text = CLASS_PREFIX.matcher(line.strip()).replaceFirst("").strip();
		if (text.isEmpty() || TECHNICAL.matcher(text).find()) {
			return fallback;
		}
		return text;
	}

	private static URI instance(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			// A path the firewall rejected may not be a valid URI reference.
			return URI.create(java.net.URLEncoder.encode(path, StandardCharsets.UTF_8));
		}
	}

	public static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			}
			else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
				quoted.append(String.format("\\u%04x", (int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
