package tw.gov.quality.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The action cannot be done in the current state (a job still running, one already complete …). */
public class Conflict extends ResponseStatusException {

	public Conflict(String reason) {
		super(HttpStatus.CONFLICT, reason);
	}

}
