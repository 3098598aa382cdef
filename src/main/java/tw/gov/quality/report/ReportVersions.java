package tw.gov.quality.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tw.gov.quality.spreadsheet.WorkbookFiles;

/**
 * Versioned output folders: a rerun never overwrites, it writes v2, v3 … beside v1.
 * <p>
 * A version appears whole or not at all. It is written in a staging folder
 * {@code .v<N>.writing-<random>} beside the versions, every file forced to disk and manifest.json
 * last, then renamed to {@code v<N>} in one step and the parent folder synced. So a folder named
 * {@code v<N>} that holds manifest.json is complete; a staging folder, or a {@code v<N>} without a
 * manifest (left by a version of this program that wrote in place), is what an interrupted run left:
 * never listed, never downloadable, and removed by {@link #cleanUp} before the next version is
 * numbered, so a crash neither reuses a published number nor leaves a gap.
 */
final class ReportVersions {

	static final String MANIFEST = "manifest.json";

	private static final Pattern VERSION = Pattern.compile("v(\\d+)");

	private static final Pattern STAGING = Pattern.compile("\\.v\\d+\\" + WorkbookFiles.PARTIAL_PREFIX + ".*");

	private static final Logger log = LoggerFactory.getLogger(ReportVersions.class);

	private ReportVersions() {
	}

	/**
	 * A version being written.
	 *
	 * @param base the supervisor's folder for the period
	 * @param version the number it is meant to be published as
	 * @param folder the staging folder to write into
	 */
	record Staged(Path base, int version, Path folder) {
	}

	/** A new staging folder for the next version under {@code base}. */
	static Staged stage(Path base) throws IOException {
		Files.createDirectories(base);
		int version = highest(base) + 1;
		while (true) {
			// Not Files.createTempDirectory: that one is private to its owner (rwx------), and the
			// version folder keeps the permissions it is created with.
			String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
			try {
				Path folder = Files.createDirectory(base.resolve(".v" + version + WorkbookFiles.PARTIAL_PREFIX + random));
				return new Staged(base, version, folder);
			}
			catch (FileAlreadyExistsException ex) {
				// Drawn twice: draw again.
			}
		}
	}

	/**
	 * Renames the finished staging folder to {@code v<N>} in one step and syncs the parent; should
	 * {@code v<N>} exist already (a writer that did not wait for the lock), the next free number.
	 *
	 * @return the published version folder
	 */
	static Path publish(Staged staged) throws IOException {
		if (!Files.isRegularFile(staged.folder().resolve(MANIFEST))) {
			throw new IllegalStateException("Version " + staged.folder() + " has no manifest yet");
		}
		WorkbookFiles.syncFolder(staged.folder());
		int version = staged.version();
		while (true) {
			Path target = staged.base().resolve("v" + version);
			// rename(2) would silently replace an empty folder, so a taken name is looked at first.
			if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				try {
					Files.move(staged.folder(), target, StandardCopyOption.ATOMIC_MOVE);
					WorkbookFiles.syncFolder(staged.base());
					return target;
				}
				catch (FileSystemException ex) {
					if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
						throw ex;
					}
				}
			}
			version = Math.max(version, highest(staged.base())) + 1;
		}
	}

	/**
	 * Forces every file written into the staging folder to disk: files written there in place (the review
	 * forms) are durable before the manifest says the version is whole.
	 */
	static void forceAll(Staged staged) throws IOException {
		FolderFiles.forceAll(staged.folder());
	}

	/** Removes a staging folder that will not be published (its run failed). */
	static void discard(Staged staged) {
		try {
			FolderFiles.deleteRecursively(staged.folder());
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Could not remove the unfinished report folder {}: {}", staged.folder(), ex.toString());
		}
	}

	/** The highest complete version under {@code base}; 0 if none. */
	static int latest(Path base) throws IOException {
		return versions(base, true).orElse(0);
	}

	/** The highest {@code v<N>} name under {@code base}, complete or not: a number never used twice. */
	static int highest(Path base) throws IOException {
		return versions(base, false).orElse(0);
	}

	/** Whether {@code folder} is a published version: named {@code v<N>}, with its manifest. */
	static boolean isComplete(Path folder) {
		return VERSION.matcher(folder.getFileName().toString()).matches() && Files.isDirectory(folder)
				&& Files.isRegularFile(folder.resolve(MANIFEST));
	}

	/** What an interrupted run left under {@code base}: staging folders and versions without a manifest. */
	static List<Path> leftovers(Path base) throws IOException {
		if (!Files.isDirectory(base)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(base)) {
			return children.filter(Files::isDirectory).filter(child -> {
				String name = child.getFileName().toString();
				return STAGING.matcher(name).matches() || (VERSION.matcher(name).matches() && !isComplete(child));
			}).sorted().toList();
		}
	}

	/**
	 * Deletes every leftover under {@code base}, each with a log line. Call it only while holding the
	 * supervisor's report lock, so that no folder another run is still writing is taken for one.
	 *
	 * @return the folders removed
	 */
	static List<Path> cleanUp(Path base) throws IOException {
		List<Path> removed = new ArrayList<>();
		for (Path leftover : leftovers(base)) {
			try {
				FolderFiles.deleteRecursively(leftover);
				removed.add(leftover);
				log.warn("Removed incomplete report folder {} left by an interrupted consolidation", leftover);
			}
			catch (IOException | UncheckedIOException ex) {
				log.warn("Could not remove incomplete report folder {}: {}", leftover, ex.toString());
			}
		}
		if (!removed.isEmpty()) {
			WorkbookFiles.syncFolder(base);
		}
		return removed;
	}

	private static OptionalInt versions(Path base, boolean completeOnly) throws IOException {
		if (!Files.isDirectory(base)) {
			return OptionalInt.empty();
		}
		try (Stream<Path> children = Files.list(base)) {
			return children.filter(child -> !completeOnly || isComplete(child))
				.filter(Files::isDirectory)
				.map(child -> VERSION.matcher(child.getFileName().toString()))
				.filter(Matcher::matches)
				.mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
				.max();
		}
	}

}
