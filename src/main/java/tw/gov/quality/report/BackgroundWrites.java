package tw.gov.quality.report;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Files written on other cores while the caller goes on (a version's review forms, while its
 * workbook is written): at most a few are waiting at a time, so what they hold stays small, and the
 * first failure is thrown to the caller at its next submit or at {@link #await}.
 */
final class BackgroundWrites implements AutoCloseable {

	interface Write {

		void run() throws Exception;

	}

	private final ExecutorService pool;

	private final Semaphore waiting;

	private final AtomicReference<Exception> failure = new AtomicReference<>();

	BackgroundWrites(String name, int threads) {
		AtomicInteger count = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.waiting = new Semaphore(2 * threads);
	}

	/** Queues a write, waiting while enough are queued already. */
	void submit(Write write) throws Exception {
		rethrow();
		waiting.acquire();
		pool.execute(() -> {
			try {
				if (failure.get() == null) {
					write.run();
				}
			}
			catch (Exception ex) {
				failure.compareAndSet(null, ex);
			}
			catch (Error error) {
				failure.compareAndSet(null, new IllegalStateException(error));
				throw error;
			}
			finally {
				waiting.release();
			}
		});
	}

	/** Waits until every queued write is done; throws the first failure. */
	void await() throws Exception {
		pool.shutdown();
		while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
			// Keep waiting: a write in progress is never abandoned half-way by a timeout here.
		}
		rethrow();
	}

	private void rethrow() throws Exception {
		Exception ex = failure.get();
		if (ex != null) {
			throw ex;
		}
	}

	/** Stops the writes not begun and waits for those running, so nobody writes into a folder being removed. */
	@Override
	public void close() throws InterruptedException {
		pool.shutdownNow();
		pool.awaitTermination(1, TimeUnit.MINUTES);
	}

}
