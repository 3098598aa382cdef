package tw.gov.quality.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written byte for byte to the real server, as an attacker or a proxy would: any Host header, any
 * path exactly as typed ({@code %2f}, {@code ;jsessionid=}), with a cookie jar for signing in.
 */
final class RawHttp {

	private final int port;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	RawHttp(int port) {
		this.port = port;
	}

	record Response(int status, Map<String, List<String>> headers, String body) {

		String header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null ? null : values.get(0);
		}

		List<String> all(String name) {
			return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
		}

	}

	Response get(String path, String... headers) throws IOException {
		return send("GET", path, null, null, headers);
	}

	Response basic(String path, String user, String password, String... headers) throws IOException {
		List<String> all = new ArrayList<>(List.of(headers));
		all.add("Authorization: Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		return send("GET", path, null, null, all.toArray(String[]::new));
	}

	Response postForm(String path, String form, String... headers) throws IOException {
		return send("POST", path, "application/x-www-form-urlencoded", form, headers);
	}

	/** Signs in through the login form with its CSRF token; the session cookie stays in the jar. */
	Response signIn(String user, String password, String... headers) throws IOException {
		Response login = get("/login", headers);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the login page: " + login.body());
		}
		return postForm("/login", "username=" + user + "&password=" + password + "&_csrf=" + token.group(1), headers);
	}

	Response send(String method, String path, String contentType, String body, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
			boolean host = false;
			for (String header : headers) {
				host |= header.toLowerCase(Locale.ROOT).startsWith("host:");
				request.append(header).append("\r\n");
			}
			if (!host) {
				request.append("Host: localhost:").append(port).append("\r\n");
			}
			if (!cookies.isEmpty()) {
				request.append("Cookie: ");
				cookies.forEach((name, value) -> request.append(name).append('=').append(value).append("; "));
				request.append("\r\n");
			}
			byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			if (contentType != null) {
				request.append("Content-Type: ").append(contentType).append("\r\n");
			}
			if (body != null) {
				request.append("Content-Length: ").append(content.length).append("\r\n");
			}
			request.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.write(content);
			out.flush();
			return read(socket.getInputStream());
		}
	}

	private Response read(InputStream in) throws IOException {
		byte[] raw = in.readAllBytes();
		int end = 0;
		while (end < raw.length - 3 && !(raw[end] == '\r' && raw[end + 1] == '\n' && raw[end + 2] == '\r' && raw[end + 3] == '\n')) {
			end++;
		}
		String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
		byte[] content = end + 4 <= raw.length ? java.util.Arrays.copyOfRange(raw, end + 4, raw.length) : new byte[0];
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
			headers.computeIfAbsent(name, n -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
		}
		for (String cookie : headers.getOrDefault("set-cookie", List.of())) {
			String pair = cookie.split(";")[0];
			cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		if (headers.getOrDefault("transfer-encoding", List.of("")).get(0).equalsIgnoreCase("chunked")) {
			content = dechunk(content);
		}
		return new Response(status, headers, new String(content, StandardCharsets.UTF_8));
	}

	private static byte[] dechunk(byte[] bytes) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (at < bytes.length) {
			int lineEnd = lineEnd(bytes, at);
			int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
			if (size == 0) {
				break;
			}
			body.write(bytes, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

	private static int lineEnd(byte[] bytes, int from) {
		for (int i = from; i < bytes.length - 1; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return bytes.length;
	}

}
