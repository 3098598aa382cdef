package tw.gov.quality.formats;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

	private final Set<OutputFormat> configured;

	private final OfficeLocation location;

	private final OfficePool pool;

	private final SiblingConversions conversions;

	private final int processes;

	@org.springframework.beans.factory.annotation.Autowired
	OfficeConverter(FormatsProperties properties, Clock clock) {
		this(properties, LocalOfficeUtils::getDefaultOfficeHome, clock);
	}

	/** @param search where LibreOffice is found when no home is configured; {@code null} for nowhere */
	OfficeConverter(FormatsProperties properties, java.util.function.Supplier<File> search, Clock clock) {
		this.configured = properties.formats().isEmpty() ? EnumSet.of(OutputFormat.XLSX)
				: EnumSet.copyOf(properties.formats());
		this.configured.add(OutputFormat.XLSX);
		this.location = OfficeLocation.find(properties, wantsConversion(), search);
		this.pool = new OfficePool(location.home(), properties.office());
		this.processes = Math.max(1, properties.office().processes());
		this.conversions = new SiblingConversions(pool, properties.office(), clock);
		if (location.home() == null && wantsConversion()) {
			log.warn("ODF and PDF outputs are off: {}. Every output is written as .xlsx only. To turn them on, install "
					+ "LibreOffice and the CJK fonts (Debian: apt-get install libreoffice-calc-nogui fonts-noto-cjk) "
					+ "or set quality.output.office.home, then restart.", location.unavailableInEnglish());
		}
		else if (location.home() != null) {
			log.info("ODF/PDF outputs on: formats {}, LibreOffice at {} (started on the first conversion)", configured,
					location.home());
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

	/** How many conversions can run at once. */
	int processes() {
		return processes;
	}

	/** Whether LibreOffice is there to convert (it may not have been started yet). */
	public boolean available() {
		return location.home() != null;
	}

	/** Why ODF and PDF are off; {@code null} when they are on. */
	public String unavailableReason() {
		return location.unavailable();
	}

	boolean homeConfigured() {
		return location.homeConfigured();
	}

	File home() {
		return location.home();
	}

	boolean running() {
		return pool.running();
	}

	String startFailure() {
		return pool.startFailure();
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
		return conversions.held();
	}

	/**
	 * An administrator's rerun: the conversions held after a timeout under {@code folder} are tried again by
	 * the next run that sweeps it.
	 *
	 * @return how many were held
	 */
	public int releaseHeld(Path folder) {
		return conversions.releaseHeld(folder);
	}

	/**
	 * Starts LibreOffice now, in the background, when outputs to convert are on their way (a job's first one
	 * written): its start (seconds) then overlaps the job's work instead of delaying its first conversion.
	 */
	public void warmUp() {
		if (available() && wantsConversion()) {
			pool.startAhead();
		}
	}

	/**
	 * Writes each of {@code wanted} other than xlsx beside {@code xlsx}, unless it is there already and
	 * not older than the .xlsx.
	 */
	public Conversion convert(Path xlsx, Set<OutputFormat> wanted) {
		return available() ? conversions.convert(xlsx, wanted) : Conversion.NONE;
	}

	/** Whether {@code converted} exists and is at least as new as {@code xlsx}. */
	public static boolean upToDate(Path xlsx, Path converted) throws java.io.IOException {
		return Files.isRegularFile(converted)
				&& Files.getLastModifiedTime(converted).compareTo(Files.getLastModifiedTime(xlsx)) >= 0;
	}

	@Override
	public void destroy() {
		pool.close();
	}

}
