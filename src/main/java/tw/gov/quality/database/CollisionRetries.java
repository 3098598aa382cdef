package tw.gov.quality.database;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * Work in a transaction of its own, tried again when the database chose it to lose to another process or
 * node (a deadlock, a lock wait, Galera's certification failure): for work that does the same when run twice.
 */
public final class CollisionRetries {

	private CollisionRetries() {
	}

	/**
	 * @param attempts how often {@code work} runs at most; the last collision is thrown
	 * @param beforeRetry told of each collision that is tried again
	 */
	public static <T> T retried(int attempts, Supplier<T> work, Consumer<ConcurrencyFailureException> beforeRetry) {
		for (int attempt = 1;; attempt++) {
			try {
				return work.get();
			}
			catch (ConcurrencyFailureException ex) {
				if (attempt >= attempts) {
					throw ex;
				}
				beforeRetry.accept(ex);
			}
		}
	}

}
