package tw.gov.quality.web;

import java.io.IOException;
import java.io.PrintWriter;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The last resort for errors Tomcat answers itself, before any servlet, filter or error page (a path
 * with {@code %zz} or {@code %00}, invalid UTF-8, a malformed Host header, headers too large): a problem
 * detail for the API and the actuator, a plain page in Traditional Chinese otherwise, in place of Tomcat's
 * English one. Never the exception or the server's version.
 */
public class ChineseErrorReportValve extends ErrorReportValve {

	public ChineseErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
		boolean problem = uri.startsWith("/api/") || uri.startsWith("/actuator");
		String detail = status == 400 ? "網址或請求的格式不正確（例如無效的 % 編碼、控制字元或過大的標頭），請檢查後再試"
				: Problems.detail(status);
		try {
			response.setCharacterEncoding("UTF-8");
			response.setContentType(problem ? "application/problem+json" : "text/html");
			response.setHeader("Content-Language", "zh-TW");
			PrintWriter writer = response.getReporter();
			if (writer == null) {
				return;
			}
			if (problem) {
				writer.write("{\"type\":" + Problems.quote(Problems.type(status).toString()) + ",\"title\":"
						+ Problems.quote(Problems.title(status)) + ",\"status\":" + status + ",\"detail\":"
						+ Problems.quote(detail) + "}");
			}
			else {
				writer.write("<!DOCTYPE html><html lang=\"zh-Hant\"><head><meta charset=\"UTF-8\"><title>"
						+ Problems.title(status) + "｜服務品質季進度彙報</title><link rel=\"stylesheet\" href=\"/css/console.css\">"
						+ "</head><body><header class=\"bar\"><span class=\"brand\">服務品質季進度彙報</span></header><main><h1>無法完成（"
						+ status + "）</h1><p class=\"error-box\">" + detail + "</p><p><a href=\"/\">回首頁</a></p></main></body></html>");
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// Nothing more can be said to this client.
		}
	}

}
