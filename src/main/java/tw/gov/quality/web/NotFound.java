package tw.gov.quality.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No such office, submission, job or file; the reason is shown to the user, in Chinese. */
public class NotFound extends ResponseStatusException {

	public NotFound(String reason) {
		super(HttpStatus.NOT_FOUND, reason);
	}

}
