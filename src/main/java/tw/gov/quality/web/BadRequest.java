package tw.gov.quality.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Something the user typed or chose cannot be used; the reason is shown to them, in Chinese. */
public class BadRequest extends ResponseStatusException {

	public BadRequest(String reason) {
		super(HttpStatus.BAD_REQUEST, reason);
	}

}
