package tw.gov.quality.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the other formats of an .xlsx beside it, one at a time through the office pool: what is up to
 * date or held after a timeout is left alone, a timeout holds the conversion until the workbook changes.
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

	/** Each of {@code wanted} other than xlsx, unless it is there already and not older than the .xlsx. */
	OfficeConverter.Conversion convert(Path xlsx, Set<OutputFormat> wanted) {
		List<Path> written = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (OutputFormat format : wanted) {
			if (format == OutputFormat.XLSX) {
				continue;
			}
			Path target = format.sibling(xlsx);
			try {
				if (OfficeConverter.upToDate(xlsx, target)) {
					continue;
				}
				Optional<HeldConversions.Held> before = HeldConversions.of(xlsx, format);
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
		return new OfficeConverter.Conversion(List.copyOf(written), List.copyOf(failures), List.copyOf(skipped));
	}

	private void convertOne(Path xlsx, Path target, OutputFormat format) throws Exception {
		long started = System.nanoTime();
		Duration timeout = TimedConversion.timeout(office, Files.size(xlsx));
		try {
			TimedConversion.convert(pool.office(), xlsx, target, format, timeout, pool::stopNow);
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

}
