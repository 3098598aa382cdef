package tw.gov.quality.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jodconverter.core.office.OfficeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tw.gov.quality.spreadsheet.WorkbookFiles;

/**
 * One conversion of a workbook into its other formats, loaded once, with a timeout scaled by the workbook's
 * size and the number of formats ({@link #timeout}): a 1,000-office report takes minutes where a receipt takes a
 * second. When the time is up, the office pool is stopped (which kills its process and ends the waiting
 * conversion; the next conversion starts a new pool) and the conversion ends with {@link TimedOut}, for every
 * format. Each converted file is written under a temporary name, forced to disk and renamed into place.
 */
final class TimedConversion {

	private static final Logger log = LoggerFactory.getLogger(TimedConversion.class);

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "office-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private static final long MEGABYTE = 1024 * 1024;

	private TimedConversion() {
	}

	/** The conversion took longer than its workbook's timeout: the same bytes would again. */
	static final class TimedOut extends Exception {

		private final Duration timeout;

		TimedOut(Duration timeout, Throwable cause) {
			super("LibreOffice took longer than " + timeout.toSeconds() + " s", cause);
			this.timeout = timeout;
		}

		Duration timeout() {
			return timeout;
		}

	}

	/**
	 * {@code task-timeout} plus {@code task-timeout-per-megabyte} for each megabyte of the workbook (in
	 * proportion), at most {@code max-task-timeout}.
	 */
	static Duration timeout(FormatsProperties.Office office, long bytes) {
		return timeout(office, bytes, 1);
	}

	/**
	 * The time for converting a workbook into {@code formats} formats at once: each format's {@link #timeout}, added
	 * up (what converting them one by one allowed), at most {@code max-task-timeout} (the office pool's own limit).
	 */
	static Duration timeout(FormatsProperties.Office office, long bytes, int formats) {
		Duration scaled = office.taskTimeout()
			.plus(office.taskTimeoutPerMegabyte().multipliedBy(bytes).dividedBy(MEGABYTE))
			.multipliedBy(Math.max(1, formats));
		return scaled.compareTo(office.maxTaskTimeout()) > 0 ? office.maxTaskTimeout() : scaled;
	}

	/** What a conversion into several formats did: the files written into place, the formats that failed. */
	record Outcome(List<Path> written, Map<OutputFormat, Exception> failures) {
	}

	/**
	 * Converts {@code xlsx} into each of {@code formats} beside it, loading it once ({@link OneLoadTask}); within
	 * {@code timeout} for them all.
	 *
	 * @param stopOffice stops the office pool, called from another thread when the time is up
	 */
	static Outcome convert(OfficeManager office, Path xlsx, Set<OutputFormat> formats, Duration timeout,
			Runnable stopOffice) throws Exception {
		Path folder = xlsx.toAbsolutePath().getParent();
		List<OneLoadTask.Target> targets = formats.stream()
			.map(format -> new OneLoadTask.Target(format, partial(folder, format)))
			.toList();
		Watchdog watchdog = new Watchdog(xlsx, timeout, stopOffice);
		AtomicBoolean expired = watchdog.expired;
		long started = System.nanoTime();
		watchdog.schedule();
		Outcome outcome;
		try {
			OneLoadTask task = new OneLoadTask(xlsx, targets);
			office.execute(task);
			// Past its time, even if the watchdog (still stopping another office) had not fired yet: held all the same.
			if (expired.get() || System.nanoTime() - started > timeout.toNanos()) {
				throw new TimedOut(timeout, null);
			}
			outcome = place(xlsx, targets, task.failures());
		}
		catch (Exception ex) {
			throw expired.get() && !(ex instanceof TimedOut) ? new TimedOut(timeout, ex) : ex;
		}
		finally {
			watchdog.end();
			for (OneLoadTask.Target target : targets) {
				Files.deleteIfExists(target.file());
			}
		}
		if (!outcome.written().isEmpty()) {
			WorkbookFiles.syncFolder(folder);
		}
		return outcome;
	}

	private static Path partial(Path folder, OutputFormat format) {
		return folder.resolve(WorkbookFiles.PARTIAL_PREFIX
				+ Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + "." + format.extension());
	}

	/** Each stored file forced to disk and renamed into place; those the task could not store stay failures. */
	private static Outcome place(Path xlsx, List<OneLoadTask.Target> targets, Map<OutputFormat, ? extends Exception> failed) {
		Map<OutputFormat, Exception> failures = new EnumMap<>(OutputFormat.class);
		failures.putAll(failed);
		List<Path> written = new ArrayList<>();
		for (OneLoadTask.Target target : targets) {
			if (failures.containsKey(target.format())) {
				continue;
			}
			try {
				if (!Files.isRegularFile(target.file()) || Files.size(target.file()) == 0) {
					throw new IOException("LibreOffice wrote nothing");
				}
				WorkbookFiles.force(target.file());
				Path sibling = target.format().sibling(xlsx);
				Files.move(target.file(), sibling, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				written.add(sibling);
			}
			catch (IOException ex) {
				failures.put(target.format(), ex);
			}
		}
		return new Outcome(List.copyOf(written), failures);
	}

	/**
	 * Stops the office when a conversion's time is up, unless the conversion ended first: whichever comes first
	 * settles it. Once it has fired, the conversion ends only when the office is down, or the next conversion
	 * would take the office being stopped and wait for it until the pool's own limit. (A scheduled task's
	 * {@code cancel} cannot tell: it succeeds while the task runs.)
	 */
	private static final class Watchdog implements Runnable {

		private final Path xlsx;

		private final Duration timeout;

		private final Runnable stopOffice;

		private final AtomicBoolean settled = new AtomicBoolean();

		/** Set once it fired: the conversion is past its time. */
		final AtomicBoolean expired = new AtomicBoolean();

		private final CountDownLatch stopped = new CountDownLatch(1);

		private ScheduledFuture<?> scheduled;

		Watchdog(Path xlsx, Duration timeout, Runnable stopOffice) {
			this.xlsx = xlsx;
			this.timeout = timeout;
			this.stopOffice = stopOffice;
		}

		void schedule() {
			scheduled = WATCHDOG.schedule(this, timeout.toMillis(), TimeUnit.MILLISECONDS);
		}

		@Override
		public void run() {
			if (!settled.compareAndSet(false, true)) {
				return;
			}
			expired.set(true);
			try {
				log.warn("Converting {} took longer than its timeout of {} s: stopping the office process",
						xlsx.getFileName(), timeout.toSeconds());
				stopOffice.run();
			}
			finally {
				stopped.countDown();
			}
		}

		/** The conversion ended: the watchdog no longer fires, or, if it did, the office it stops is down. */
		void end() {
			if (settled.compareAndSet(false, true)) {
				scheduled.cancel(false);
				return;
			}
			try {
				stopped.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
