package tw.gov.quality.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Set;

import org.springframework.stereotype.Component;

import tw.gov.quality.SharedFolders;

/**
 * The retry of failed conversions, kept by the files themselves rather than in a table: an .xlsx
 * under an output folder whose .ods or .pdf is missing, or older than it, is a pending conversion.
 * Each run sweeps the folders it writes to (after its own work, outside its transactions), so what a
 * crash, a timeout or a missing LibreOffice left unconverted is converted on the next run, newest
 * first, at most {@link #MAX_PER_SWEEP} files per run so that a first run after installing
 * LibreOffice does not convert years of receipts at once.
 */
@Component
public class PendingConversions {

	static final int MAX_PER_SWEEP = 200;

	private final OfficeConverter converter;

	PendingConversions(OfficeConverter converter) {
		this.converter = converter;
	}

	/** What a sweep did: converted, failed, and still pending beyond this run's share. */
	public record Sweep(OfficeConverter.Conversion conversion, int leftForLater) {

		public String summary() {
			return conversion.written().size() + " converted file(s), " + conversion.failures().size()
					+ " conversion(s) failed" + (leftForLater > 0 ? ", " + leftForLater + " left for later runs" : "")
					+ (conversion.held().isEmpty() ? ""
							: ", " + conversion.held().size() + " held after a timeout: " + String.join("；", conversion.held()));
		}

	}

	/**
	 * Converts the .xlsx files under {@code folder} (all levels) that lack one of their formats.
	 *
	 * @param printed whether these outputs also get a PDF ({@link OfficeConverter#formats(boolean)})
	 */
	public Sweep sweep(Path folder, boolean printed) {
		Set<OutputFormat> formats = converter.formats(printed);
		if (formats.size() == 1 || !Files.isDirectory(folder)) {
			return new Sweep(OfficeConverter.Conversion.NONE, 0);
		}
		List<Path> pending = pending(folder, formats);
		List<Path> share = pending.subList(0, Math.min(MAX_PER_SWEEP, pending.size()));
		OfficeConverter.Conversion done = converter.processes() > 1 && share.size() > 1 ? together(share, formats)
				: oneByOne(share, formats);
		return new Sweep(done, Math.max(0, pending.size() - MAX_PER_SWEEP));
	}

	private OfficeConverter.Conversion oneByOne(List<Path> files, Set<OutputFormat> formats) {
		OfficeConverter.Conversion done = OfficeConverter.Conversion.NONE;
		for (Path xlsx : files) {
			done = done.plus(converter.convert(xlsx, formats));
			if (Thread.currentThread().isInterrupted()) {
				break;
			}
		}
		return done;
	}

	/** As many at once as there are office processes, each file's formats one after the other. */
	private OfficeConverter.Conversion together(List<Path> files, Set<OutputFormat> formats) {
		ExecutorService sweepers = Executors.newFixedThreadPool(Math.min(converter.processes(), files.size()), task -> {
			Thread thread = new Thread(task, "office-sweep");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<OfficeConverter.Conversion>> conversions = new ArrayList<>();
			files.forEach(xlsx -> conversions.add(sweepers.submit(() -> converter.convert(xlsx, formats))));
			OfficeConverter.Conversion done = OfficeConverter.Conversion.NONE;
			for (Future<OfficeConverter.Conversion> conversion : conversions) {
				done = done.plus(conversion.get());
			}
			return done;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return OfficeConverter.Conversion.NONE;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			sweepers.shutdownNow();
		}
	}

	/** The .xlsx files under {@code folder} missing one of {@code formats}, newest first. */
	static List<Path> pending(Path folder, Set<OutputFormat> formats) {
		Map<Path, FileTime> pending = new HashMap<>();
		try {
			// Other nodes write receipts and reports here meanwhile: a partial file renamed away is skipped.
			SharedFolders.walkFiles(folder, (path, attributes) -> {
				String name = path.getFileName().toString();
				if (!attributes.isRegularFile() || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
						|| hidden(folder.relativize(path))) {
					return; // partial files and staging folders are not outputs
				}
				try {
					for (OutputFormat format : formats) {
						if (format != OutputFormat.XLSX && !OfficeConverter.upToDate(path, format.sibling(path))) {
							pending.put(path, attributes.lastModifiedTime());
							return;
						}
					}
				}
				catch (NoSuchFileException ex) {
					// replaced or removed by another node since it was listed: nothing to convert
				}
			});
			return pending.keySet()
				.stream()
				.sorted(Comparator.comparing(pending::get, Comparator.reverseOrder()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean hidden(Path relative) {
		for (Path name : relative) {
			if (name.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

}
