package tw.gov.quality.security;

import org.springframework.security.access.AccessDeniedException;

/** A refusal already written to the audit log with its own parameters (e.g. a download's): not recorded twice. */
public class RefusalRecorded extends AccessDeniedException {

	public RefusalRecorded(String message) {
		super(message);
	}

}
