package tw.gov.quality.formats;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.document.DocumentFormat;
import org.jodconverter.core.office.OfficeManager;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import tw.gov.quality.spreadsheet.WorkbookFiles;

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

	@org.springframework.beans.factory.annotation.Autowired
	OfficeConverter(FormatsProperties properties) {
		this(properties, LocalOfficeUtils::getDefaultOfficeHome);
	}

	/** @param search where LibreOffice is found when no home is configured; {@code null} for nowhere */
	OfficeConverter(FormatsProperties properties, java.util.function.Supplier<File> search) {
		this.properties = properties;
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

	/** What one call converted, and what it could not (each with the reason, for logs and summaries). */
	public record Conversion(List<Path> written, List<String> failures) {

		public static final Conversion NONE = new Conversion(List.of(), List.of());

		public boolean failed() {
			return !failures.isEmpty();
		}

		public Conversion plus(Conversion other) {
			List<Path> paths = new ArrayList<>(written);
			paths.addAll(other.written);
			List<String> reasons = new ArrayList<>(failures);
			reasons.addAll(other.failures);
			return new Conversion(List.copyOf(paths), List.copyOf(reasons));
		}

	}

	/**
	 * Writes each of {@code wanted} other than xlsx beside {@code xlsx}, unless it is there already and
	 * not older than the .xlsx.
	 */
	public Conversion convert(Path xlsx, Set<OutputFormat> wanted) {
		List<Path> written = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (OutputFormat format : wanted) {
			if (format == OutputFormat.XLSX || !available()) {
				continue;
			}
			Path target = format.sibling(xlsx);
			try {
				if (upToDate(xlsx, target)) {
					continue;
				}
				long started = System.nanoTime();
				convertOne(xlsx, target, format);
				written.add(target);
				log.info("Converted {} to {} in {} ms", xlsx.getFileName(), format.extension(),
						(System.nanoTime() - started) / 1_000_000);
			}
			catch (Exception ex) {
				String reason = xlsx + " → ." + format.extension() + ": " + ex;
				failures.add(reason);
				log.warn("Could not convert {} to .{} (the .xlsx stays; tried again on the next run): {}", xlsx,
						format.extension(), ex.toString());
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		return new Conversion(List.copyOf(written), List.copyOf(failures));
	}

	/** Whether {@code converted} exists and is at least as new as {@code xlsx}. */
	public static boolean upToDate(Path xlsx, Path converted) throws java.io.IOException {
		return Files.isRegularFile(converted)
				&& Files.getLastModifiedTime(converted).compareTo(Files.getLastModifiedTime(xlsx)) >= 0;
	}

	private void convertOne(Path xlsx, Path target, OutputFormat format) throws Exception {
		OfficeManager office = office();
		Path folder = target.toAbsolutePath().getParent();
		Path partial = folder.resolve(WorkbookFiles.PARTIAL_PREFIX
				+ Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + "." + format.extension());
		try {
			LocalConverter.make(office)
				.convert(xlsx.toFile())
				.as(DefaultDocumentFormatRegistry.XLSX)
				.to(partial.toFile())
				.as(documentFormat(format))
				.execute();
			if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
				throw new java.io.IOException("LibreOffice wrote nothing");
			}
			WorkbookFiles.force(partial);
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		WorkbookFiles.syncFolder(folder);
	}

	private static DocumentFormat documentFormat(OutputFormat format) {
		return switch (format) {
			case ODS -> DefaultDocumentFormatRegistry.ODS;
			case PDF -> DefaultDocumentFormatRegistry.PDF;
			case XLSX -> DefaultDocumentFormatRegistry.XLSX;
		};
	}

	private synchronized OfficeManager office() throws Exception {
		if (closed) {
			throw new IllegalStateException("the application is shutting down");
		}
		if (manager != null) {
			return manager;
		}
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
