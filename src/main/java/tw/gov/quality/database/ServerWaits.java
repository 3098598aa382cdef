package tw.gov.quality.database;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The waits around the server's stop: for other processes' connections to end, and the pauses between checks. */
final class ServerWaits {

	/** Logged under the owned server's name, as before this was its own class. */
	private static final Logger log = LoggerFactory.getLogger(OwnedServer.class);

	private ServerWaits() {
	}

	/** Waits, at most {@code clientWait}, until no other process is connected to the server on {@code port}. */
	static void forOtherClients(int port, Duration clientWait) {
		int others = ServerConnection.otherClients(port);
		if (others == 0) {
			return;
		}
		log.info("{} connection(s) of other processes still use the embedded MariaDB on port {}: waiting up to {} s "
				+ "for them to end before stopping it", others, port, clientWait.toSeconds());
		long deadline = System.nanoTime() + clientWait.toNanos();
		while (others > 0 && System.nanoTime() < deadline) {
			pause(Duration.ofMillis(500));
			others = ServerConnection.otherClients(port);
		}
		if (others > 0) {
			log.warn("Stopping the embedded MariaDB on port {} with {} connection(s) of other processes still open",
					port, others);
		}
		else {
			log.info("No other process uses the embedded MariaDB on port {} any more", port);
		}
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
