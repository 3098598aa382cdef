package tw.gov.quality.cli;

/** A problem the user can fix; the message, in Chinese, is the one line printed on stderr. */
class CommandException extends RuntimeException {

	private final int exitCode;

	CommandException(String message) {
		this(message, 1);
	}

	CommandException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	int exitCode() {
		return exitCode;
	}

}
