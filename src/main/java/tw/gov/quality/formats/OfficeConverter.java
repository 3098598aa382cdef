package tw.gov.quality.formats;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jodconverter.core.office.OfficeManager;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Converts a finished .xlsx into the other configured formats, each into a file beside it with the
 * same name ({@code 回執.xlsx} → {@code 回執.ods}, {@code 回執.pdf}), written the way every output is:
 * under a temporary name, forced to disk, renamed into place, the folder synced.
 * <p>
 * A conversion never throws and never touches the .xlsx: what failed is returned, for the caller's
 * log and run summary, and whatever is still missing (or older than its .xlsx) is converted again
 * the next time the same file is asked for. Call it after the workbook is complete and outside any
 * database transaction: it can take seconds.
 * <p>
 * Without LibreOffice (or with {@code quality.output.formats: [xlsx]}) nothing is converted: the
 * service writes .xlsx only, says so once in the log, and the {@code office} health component says
 * that ODF and PDF are off.
 */
@Component
public class OfficeConverter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OfficeConverter.class);

	/** A failed start is tried again on a later conversion, not on every one. */
	private static final Duration RETRY_START_AFTER = Duration.ofMinutes(1);

	private final FormatsProperties properties;

	private final Set<OutputFormat> configured;

	private final File home;

	private final String unavailable;

	private final boolean homeConfigured;

	private OfficeProcesses.Settings settings;

	private OfficeManager manager;

	private String startFailure;

	private long startFailedAt;

	private boolean closed;

	private final Clock clock;

	/** The conversions held after a timeout that this process has met, by workbook and format: for health. */
	private final Map<String, String> held = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	OfficeConverter(FormatsProperties properties, Clock clock) {
		this(properties, LocalOfficeUtils::getDefaultOfficeHome, clock);
	}

	/** @param search where LibreOffice is found when no home is configured; {@code null} for nowhere */
	OfficeConverter(FormatsProperties properties, java.util.function.Supplier<File> search, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.configured = properties.formats().isEmpty() ? EnumSet.of(OutputFormat.XLSX)
				: EnumSet.copyOf(properties.formats());
		this.configured.add(OutputFormat.XLSX);
		this.homeConfigured = !properties.office().home().isBlank();
		File found = null;
		String why = null;
		if (!wantsConversion()) {
			why = "quality.output.formats 只設定 xlsx";
		}
		else if (homeConfigured) {
			File candidate = new File(properties.office().home());
			if (LocalOfficeUtils.getOfficeExecutable(candidate).isFile()) {
				found = candidate;
			}
			else {
				why = "quality.output.office.home 所指的 " + candidate + " 沒有 LibreOffice（program/soffice）";
			}
		}
		else {
			found = search.get();
			if (found == null) {
				why = "找不到 LibreOffice（soffice）";
			}
		}
		this.home = found;
		this.unavailable = why;
		if (found == null && wantsConversion()) {
			log.warn("ODF and PDF outputs are off: {}. Every output is written as .xlsx only. To turn them on, install "
					+ "LibreOffice and the CJK fonts (Debian: apt-get install libreoffice-calc-nogui fonts-noto-cjk) "
					+ "or set quality.output.office.home, then restart.", english(why));
		}
		else if (found != null) {
			log.info("ODF/PDF outputs on: formats {}, LibreOffice at {} (started on the first conversion)", configured,
					found);
			// What a killed run of this service left running is stopped now, never another program's office.
			OfficeOwners.stopOrphans(properties.office().workDir());
		}
	}

	private boolean wantsConversion() {
		return configured.size() > 1;
	}

	/** The formats the configuration asks for (xlsx always among them), whether or not they can be written. */
	public Set<OutputFormat> configured() {
		return EnumSet.copyOf(configured);
	}

	/**
	 * The formats an output is written in now: the configured ones that can be written.
	 *
	 * @param printed whether the output is one that is printed and signed (report, review form, receipt,
	 * reminder list), which also gets a PDF; a template gets .xlsx and .ods only
	 */
	public Set<OutputFormat> formats(boolean printed) {
		Set<OutputFormat> formats = EnumSet.of(OutputFormat.XLSX);
		if (available()) {
			for (OutputFormat format : configured) {
				if (format != OutputFormat.PDF || printed) {
					formats.add(format);
				}
			}
		}
		return formats;
	}

	/** Whether LibreOffice is there to convert (it may not have been started yet). */
	public boolean available() {
		return home != null;
	}

	/** Why ODF and PDF are off; {@code null} when they are on. */
	public String unavailableReason() {
		return unavailable;
	}

	boolean homeConfigured() {
		return homeConfigured;
	}

	File home() {
		return home;
	}

	synchronized boolean running() {
		return manager != null && manager.isRunning();
	}

	synchronized String startFailure() {
		return startFailure;
	}

	/**
	 * What one call converted, what it could not (each with the reason, for logs and summaries), and what
	 * it did not try again: conversions that timed out on the same bytes before ({@link HeldConversions}),
	 * each as a sentence for users.
	 */
	public record Conversion(List<Path> written, List<String> failures, List<String> held) {

		public static final Conversion NONE = new Conversion(List.of(), List.of(), List.of());

		public boolean failed() {
			return !failures.isEmpty();
		}

		public Conversion plus(Conversion other) {
			return new Conversion(joined(written, other.written), joined(failures, other.failures),
					joined(held, other.held));
		}

		private static <T> List<T> joined(List<T> one, List<T> other) {
			List<T> all = new ArrayList<>(one);
			all.addAll(other);
			return List.copyOf(all);
		}

	}

	/** The conversions held after a timeout that this process has met, each as a sentence for users. */
	public java.util.Collection<String> held() {
		return List.copyOf(held.values());
	}

	/**
	 * An administrator's rerun: the conversions held after a timeout under {@code folder} are tried again by
	 * the next run that sweeps it.
	 *
	 * @return how many were held
	 */
	public int releaseHeld(Path folder) {
		held.clear();
		return HeldConversions.releaseAll(folder);
	}

	/**
	 * Writes each of {@code wanted} other than xlsx beside {@code xlsx}, unless it is there already and
	 * not older than the .xlsx.
	 */
	public Conversion convert(Path xlsx, Set<OutputFormat> wanted) {
		List<Path> written = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (OutputFormat format : wanted) {
			if (format == OutputFormat.XLSX || !available()) {
				continue;
			}
			Path target = format.sibling(xlsx);
			try {
				if (upToDate(xlsx, target)) {
					continue;
				}
				java.util.Optional<HeldConversions.Held> before = HeldConversions.of(xlsx, format);
				if (before.isPresent()) {
					skipped.add(remember(xlsx, format, before.get()));
					continue;
				}
				convertOne(xlsx, target, format);
				written.add(target);
			}
			catch (Exception ex) {
				failures.add(xlsx + " → ." + format.extension() + ": " + ex);
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		return new Conversion(List.copyOf(written), List.copyOf(failures), List.copyOf(skipped));
	}

	private void convertOne(Path xlsx, Path target, OutputFormat format) throws Exception {
		long started = System.nanoTime();
		Duration timeout = TimedConversion.timeout(properties.office(), Files.size(xlsx));
		try {
			TimedConversion.convert(office(), xlsx, target, format, timeout, this::stopOffice);
			HeldConversions.release(xlsx, format);
			held.remove(xlsx + "." + format.extension());
			log.info("Converted {} to {} in {} ms", xlsx.getFileName(), format.extension(),
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (TimedConversion.TimedOut ex) {
			HeldConversions.hold(xlsx, format, LocalDateTime.now(clock), "逾時 " + timeout.toSeconds() + " 秒");
			remember(xlsx, format, HeldConversions.of(xlsx, format).orElseThrow());
			log.warn("Could not convert {} to .{} within {} s (the .xlsx stays; not tried again until it changes or "
					+ "an administrator runs convert --retry-held)", xlsx, format.extension(), timeout.toSeconds());
			throw ex;
		}
		catch (Exception ex) {
			log.warn("Could not convert {} to .{} (the .xlsx stays; tried again on the next run): {}", xlsx,
					format.extension(), ex.toString());
			throw ex;
		}
	}

	private String remember(Path xlsx, OutputFormat format, HeldConversions.Held record) {
		String sentence = record.inChinese(xlsx, format);
		held.put(xlsx + "." + format.extension(), sentence);
		return sentence;
	}

	/** Whether {@code converted} exists and is at least as new as {@code xlsx}. */
	public static boolean upToDate(Path xlsx, Path converted) throws java.io.IOException {
		return Files.isRegularFile(converted)
				&& Files.getLastModifiedTime(converted).compareTo(Files.getLastModifiedTime(xlsx)) >= 0;
	}

	private synchronized OfficeManager office() throws Exception {
		if (closed) {
			throw new IllegalStateException("the application is shutting down");
		}
		if (manager != null && manager.isRunning()) {
			return manager;
		}
		manager = null; // stopped after a timeout (here or by another user of the same pool): a new one
		if (startFailure != null && System.currentTimeMillis() - startFailedAt < RETRY_START_AFTER.toMillis()) {
			throw new IllegalStateException("LibreOffice did not start: " + startFailure);
		}
		OfficeProcesses.Settings wanted = OfficeProcesses.Settings.of(home, properties.office());
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

	/** Stops the office pool at once (a conversion past its timeout); the next conversion starts a new one. */
	private void stopOffice() {
		OfficeProcesses.Settings stopped;
		synchronized (this) {
			stopped = settings;
		}
		if (stopped != null) {
			OfficeProcesses.stopNow(stopped);
		}
	}

	@Override
	public synchronized void destroy() {
		closed = true;
		if (manager != null) {
			manager = null;
			OfficeProcesses.release(settings);
		}
	}

	private static String english(String why) {
		return why.startsWith("quality.output.office.home") ? "quality.output.office.home has no program/soffice"
				: why.startsWith("quality.output.formats") ? "quality.output.formats lists xlsx only"
						: "LibreOffice (soffice) not found";
	}

}
