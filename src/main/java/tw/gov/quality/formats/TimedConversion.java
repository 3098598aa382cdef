package tw.gov.quality.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.document.DocumentFormat;
import org.jodconverter.core.office.OfficeManager;
import org.jodconverter.local.LocalConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tw.gov.quality.spreadsheet.WorkbookFiles;

/**
 * One conversion with a timeout scaled by the workbook's size ({@link #timeout}): a 1,000-office report
 * takes minutes where a receipt takes a second. When the time is up, the office pool is stopped (which
 * kills its process and ends the waiting conversion; the next conversion starts a new pool) and the
 * conversion ends with {@link TimedOut}. The converted file is written under a temporary name, forced to disk and renamed
 * into place.
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
		Duration scaled = office.taskTimeout()
			.plus(office.taskTimeoutPerMegabyte().multipliedBy(bytes).dividedBy(MEGABYTE));
		return scaled.compareTo(office.maxTaskTimeout()) > 0 ? office.maxTaskTimeout() : scaled;
	}

	/** @param stopOffice stops the office pool, called from another thread when the time is up */
	static void convert(OfficeManager office, Path xlsx, Path target, OutputFormat format, Duration timeout,
			Runnable stopOffice) throws Exception {
		Path folder = target.toAbsolutePath().getParent();
		Path partial = folder.resolve(WorkbookFiles.PARTIAL_PREFIX
				+ Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + "." + format.extension());
		AtomicBoolean expired = new AtomicBoolean();
		long started = System.nanoTime();
		ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> expire(expired, xlsx, timeout, stopOffice),
				timeout.toMillis(), TimeUnit.MILLISECONDS);
		try {
			LocalConverter.make(office)
				.convert(xlsx.toFile())
				.as(DefaultDocumentFormatRegistry.XLSX)
				.to(partial.toFile())
				.as(documentFormat(format))
				.execute();
			// Past its time, even if the watchdog (still stopping another office) had not fired yet: held all the same.
			if (expired.get() || System.nanoTime() - started > timeout.toNanos()) {
				throw new TimedOut(timeout, null);
			}
			if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
				throw new IOException("LibreOffice wrote nothing");
			}
			WorkbookFiles.force(partial);
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (Exception ex) {
			throw expired.get() && !(ex instanceof TimedOut) ? new TimedOut(timeout, ex) : ex;
		}
		finally {
			watchdog.cancel(false);
			Files.deleteIfExists(partial);
		}
		WorkbookFiles.syncFolder(folder);
	}

	private static void expire(AtomicBoolean expired, Path xlsx, Duration timeout, Runnable stopOffice) {
		expired.set(true);
		log.warn("Converting {} took longer than its timeout of {} s: stopping the office process", xlsx.getFileName(),
				timeout.toSeconds());
		stopOffice.run();
	}

	private static DocumentFormat documentFormat(OutputFormat format) {
		return switch (format) {
			case ODS -> DefaultDocumentFormatRegistry.ODS;
			case PDF -> DefaultDocumentFormatRegistry.PDF;
			case XLSX -> DefaultDocumentFormatRegistry.XLSX;
		};
	}

}
