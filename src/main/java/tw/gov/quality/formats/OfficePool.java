package tw.gov.quality.formats;

import java.io.File;
import java.time.Duration;

import org.jodconverter.core.office.OfficeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The converter's hold on the shared office pool ({@link OfficeProcesses}): started on the first
 * conversion, started again after a timeout stopped it, a failed start tried again only after a while,
 * released when the application closes.
 */
final class OfficePool {

	/** Logged under the converter's name, as before the pool was its own class. */
	private static final Logger log = LoggerFactory.getLogger(OfficeConverter.class);

	/** A failed start is tried again on a later conversion, not on every one. */
	private static final Duration RETRY_START_AFTER = Duration.ofMinutes(1);

	private final File home;

	private final FormatsProperties.Office office;

	private OfficeProcesses.Settings settings;

	private OfficeManager manager;

	private String startFailure;

	private long startFailedAt;

	private boolean closed;

	private final java.util.concurrent.atomic.AtomicBoolean starting = new java.util.concurrent.atomic.AtomicBoolean();

	private volatile boolean startedAhead;

	OfficePool(File home, FormatsProperties.Office office) {
		this.home = home;
		this.office = office;
	}

	synchronized boolean running() {
		return manager != null && manager.isRunning();
	}

	synchronized String startFailure() {
		return startFailure;
	}

	/** The running pool, started (again) if it is not. */
	synchronized OfficeManager office() throws Exception {
		if (closed) {
			throw new IllegalStateException("the application is shutting down");
		}
		// Still starting (its processes come up after start returns) is still ours: acquiring it again would count
		// this pool twice, and its release would then never stop it.
		if (manager != null && (manager.isRunning() || OfficeProcesses.current(settings, manager))) {
			return manager;
		}
		manager = null; // stopped after a timeout (here or by another user of the same pool): a new one
		if (startFailure != null && System.currentTimeMillis() - startFailedAt < RETRY_START_AFTER.toMillis()) {
			throw new IllegalStateException("LibreOffice did not start: " + startFailure);
		}
		OfficeProcesses.Settings wanted = OfficeProcesses.Settings.of(home, office);
		try {
			manager = OfficeProcesses.acquire(wanted);
			settings = wanted;
			startFailure = null;
			return manager;
		}
		catch (Exception ex) {
			startFailure = ex.toString();
			startFailedAt = System.currentTimeMillis();
			log.error("LibreOffice could not be started from {}: {}", home, ex.toString());
			throw ex;
		}
	}

	/** Starts the pool on a thread of its own, once; never waits (the lock is held while the pool starts). */
	void startAhead() {
		if (startedAhead || !starting.compareAndSet(false, true)) {
			return;
		}
		Thread starter = new Thread(() -> {
			try {
				office();
				startedAhead = true;
			}
			catch (Exception ex) {
				log.debug("LibreOffice did not start ahead of the conversions: {}", ex.toString());
			}
			finally {
				starting.set(false);
			}
		}, "office-warm-up");
		starter.setDaemon(true);
		starter.start();
	}

	/** Stops the office pool at once (a conversion past its timeout); the next conversion starts a new one. */
	void stopNow() {
		OfficeProcesses.Settings stopped;
		synchronized (this) {
			stopped = settings;
		}
		if (stopped != null) {
			OfficeProcesses.stopNow(stopped);
		}
	}

	synchronized void close() {
		closed = true;
		if (manager != null) {
			manager = null;
			OfficeProcesses.release(settings);
		}
	}

}
