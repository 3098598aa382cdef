package tw.gov.quality.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the other formats of an .xlsx beside it through the office pool, from one load of the workbook: what
 * is up to date or held after a timeout is left alone, a timeout holds the conversion until the workbook changes.
 * Remembers the held conversions this process has met, for health.
 */
final class SiblingConversions {

	/** Logged under the converter's name, as before this was its own class. */
	private static final Logger log = LoggerFactory.getLogger(OfficeConverter.class);

	private final OfficePool pool;

	private final FormatsProperties.Office office;

	private final Clock clock;

	/** The conversions held after a timeout that this process has met, by workbook and format: for health. */
	private final Map<String, String> held = new ConcurrentHashMap<>();

	SiblingConversions(OfficePool pool, FormatsProperties.Office office, Clock clock) {
		this.pool = pool;
		this.office = office;
		this.clock = clock;
	}

	Collection<String> held() {
		return List.copyOf(held.values());
	}

	int releaseHeld(Path folder) {
		held.clear();
		return HeldConversions.releaseAll(folder);
	}

	/**
	 * Each of {@code wanted} other than xlsx, unless it is there already and not older than the .xlsx: all of them
	 * from one load of the workbook.
	 */
	OfficeConverter.Conversion convert(Path xlsx, Set<OutputFormat> wanted) {
		List<String> failures = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		Set<OutputFormat> due = EnumSet.noneOf(OutputFormat.class);
		for (OutputFormat format : wanted) {
			if (format == OutputFormat.XLSX) {
				continue;
			}
			try {
				if (OfficeConverter.upToDate(xlsx, format.sibling(xlsx))) {
					continue;
				}
				Optional<HeldConversions.Held> before = HeldConversions.of(xlsx, format);
				if (before.isPresent()) {
					skipped.add(remember(xlsx, format, before.get()));
				}
				else {
					due.add(format);
				}
			}
			catch (IOException ex) {
				failures.add(failure(xlsx, format, ex));
			}
		}
		List<Path> written = due.isEmpty() ? List.of() : convertAll(xlsx, due, failures);
		return new OfficeConverter.Conversion(written, List.copyOf(failures), List.copyOf(skipped));
	}

	/** The formats {@code due} from one load; what failed is added to {@code failures}. */
	private List<Path> convertAll(Path xlsx, Set<OutputFormat> due, List<String> failures) {
		long started = System.nanoTime();
		try {
			Duration timeout = TimedConversion.timeout(office, Files.size(xlsx), due.size());
			TimedConversion.Outcome outcome = TimedConversion.convert(pool.office(), xlsx, due, timeout, pool::stopNow);
			Set<OutputFormat> converted = EnumSet.copyOf(due);
			converted.removeAll(outcome.failures().keySet());
			outcome.failures().forEach((format, ex) -> failed(xlsx, format, ex, failures));
			converted.forEach(format -> release(xlsx, format));
			if (!converted.isEmpty()) {
				log.info("Converted {} to {} in {} ms", xlsx.getFileName(), extensions(converted),
						(System.nanoTime() - started) / 1_000_000);
			}
			return outcome.written();
		}
		catch (TimedConversion.TimedOut ex) {
			holdAll(xlsx, due, ex, failures);
		}
		catch (Exception ex) {
			due.forEach(format -> failed(xlsx, format, ex, failures));
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
		return List.of();
	}

	/** A converted format's record of an earlier timeout is forgotten. */
	private void release(Path xlsx, OutputFormat format) {
		held.remove(xlsx + "." + format.extension());
		try {
			HeldConversions.release(xlsx, format);
		}
		catch (IOException ex) {
			log.warn("Could not delete the held-conversion record of {} to .{}: {}", xlsx, format.extension(), ex.toString());
		}
	}

	/** A timeout: none of {@code due} is tried again on these bytes. */
	private void holdAll(Path xlsx, Set<OutputFormat> due, TimedConversion.TimedOut timedOut, List<String> failures) {
		for (OutputFormat format : due) {
			failures.add(failure(xlsx, format, timedOut));
			try {
				HeldConversions.hold(xlsx, format, LocalDateTime.now(clock), "逾時 " + timedOut.timeout().toSeconds() + " 秒");
				remember(xlsx, format, HeldConversions.of(xlsx, format).orElseThrow());
			}
			catch (IOException ex) {
				failures.add(failure(xlsx, format, ex));
			}
		}
		log.warn("Could not convert {} to {} within {} s (the .xlsx stays; not tried again until it changes or "
				+ "an administrator runs retry-conversions)", xlsx, extensions(due), timedOut.timeout().toSeconds());
	}

	private static void failed(Path xlsx, OutputFormat format, Exception ex, List<String> failures) {
		failures.add(failure(xlsx, format, ex));
		log.warn("Could not convert {} to .{} (the .xlsx stays; tried again on the next run): {}", xlsx,
				format.extension(), ex.toString());
	}

	private static String failure(Path xlsx, OutputFormat format, Exception ex) {
		return xlsx + " → ." + format.extension() + ": " + ex;
	}

	private static String extensions(Set<OutputFormat> formats) {
		return formats.stream().map(format -> "." + format.extension()).collect(Collectors.joining(", "));
	}

	private String remember(Path xlsx, OutputFormat format, HeldConversions.Held record) {
		String sentence = record.inChinese(xlsx, format);
		held.put(xlsx + "." + format.extension(), sentence);
		return sentence;
	}

}
