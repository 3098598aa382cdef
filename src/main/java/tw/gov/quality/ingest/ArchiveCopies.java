package tw.gov.quality.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

import tw.gov.quality.spreadsheet.WorkbookFiles;

/**
 * A batch's copies into the {@link Archive}, each still written under a temporary name, forced to disk,
 * renamed into place, and its folder synced, in that order, before anybody counts on it; but a step at a
 * time for the whole batch, and the fsyncs side by side on the disk threads, so that the file system
 * commits them together instead of one journal commit per file.
 */
final class ArchiveCopies {

	private final Archive archive;

	private final ExecutorService disk;

	private final BiConsumer<InboxDrop, IOException> failed;

	/** A drop's copy, to be renamed into place; not when an identical copy was already there. */
	private record Copy(InboxDrop drop, boolean toPlace) {
	}

	/** The folders created for this batch's copies, and those its copies are renamed into: synced at the end. */
	private final Set<Path> folders = new LinkedHashSet<>();

	/** @param failed told of each file that could not be archived (it is then left out) */
	ArchiveCopies(Archive archive, ExecutorService disk, BiConsumer<InboxDrop, IOException> failed) {
		this.archive = archive;
		this.disk = disk;
		this.failed = failed;
	}

	/**
	 * Copies each drop's file into its archive folder under a temporary name, taking its checksum on the way;
	 * returns those copied, in their order.
	 */
	List<InboxDrop> copy(List<InboxDrop> drops) {
		List<InboxDrop> copied = new ArrayList<>();
		for (InboxDrop drop : drops) {
			try {
				Path folder = archive.folderFor(drop.file);
				newFolders(folder, folders);
				drop.copied = archive.copy(drop.file.path(), drop.dropped.size(), folder);
				drop.sha256 = drop.copied.sha256();
				drop.target = archive.pathFor(drop.file, drop.sha256);
				copied.add(drop);
			}
			catch (IOException ex) {
				failed.accept(drop, ex);
			}
		}
		return copied;
	}

	/** Archives the recorded drops' copies; returns those now complete and durable in place, in their order. */
	List<InboxDrop> store(List<InboxDrop> drops) {
		List<Copy> copies = new ArrayList<>();
		for (InboxDrop drop : drops) {
			try {
				// Recording may have named it anew (a file dropped again is received now, maybe in another quarter).
				Path folder = drop.target.getParent();
				newFolders(folder, folders);
				WorkbookFiles.folder(folder);
				copies.add(new Copy(drop, archive.toPlace(drop.copied, drop.target)));
			}
			catch (IOException ex) {
				discard(drop);
				failed.accept(drop, ex);
			}
		}
		List<InboxDrop> stored = new ArrayList<>();
		List<Copy> forced = forced(copies);
		for (Copy copy : forced) {
			try {
				if (copy.toPlace()) {
					Files.move(copy.drop().copied.partial(), copy.drop().target, StandardCopyOption.ATOMIC_MOVE);
				}
				folders.add(copy.drop().target.getParent());
				stored.add(copy.drop());
			}
			catch (IOException ex) {
				discard(copy.drop());
				failed.accept(copy.drop(), ex);
			}
		}
		// The names on disk before the rows say the copies are complete, and before the inbox files go.
		inParallel(new ArrayList<>(folders), folder -> WorkbookFiles.syncFolder(folder));
		return stored;
	}

	/** The copies whose bytes are on disk, forced side by side; the others failed and are discarded. */
	private List<Copy> forced(List<Copy> copies) {
		List<IOException> errors = inParallel(copies, copy -> {
			if (copy.toPlace()) {
				WorkbookFiles.force(copy.drop().copied.partial());
			}
		});
		List<Copy> forced = new ArrayList<>();
		for (int i = 0; i < copies.size(); i++) {
			if (errors.get(i) == null) {
				forced.add(copies.get(i));
			}
			else {
				discard(copies.get(i).drop());
				failed.accept(copies.get(i).drop(), errors.get(i));
			}
		}
		return forced;
	}

	/** The folders that creating this one will add, whose parents must then be synced too. */
	private static void newFolders(Path folder, Set<Path> folders) {
		for (Path path = folder; path != null && path.getParent() != null && !Files.isDirectory(path); path = path
			.getParent()) {
			folders.add(path.getParent());
		}
	}

	/** Removes the drop's temporary copy, if it still has one: not archived by this run. */
	static void discard(InboxDrop drop) {
		try {
			if (drop.copied != null) {
				Files.deleteIfExists(drop.copied.partial());
			}
		}
		catch (IOException ex) {
			// Left as a partial file, which reconciliation ignores and removes.
		}
	}

	private interface DiskWork<T> {

		void run(T item) throws IOException;

	}

	/** Runs the work for each item on the disk threads; returns each item's failure, or null. */
	private <T> List<IOException> inParallel(List<T> items, DiskWork<T> work) {
		List<Future<?>> running = new ArrayList<>();
		items.forEach(item -> running.add(disk.submit(() -> {
			work.run(item);
			return null;
		})));
		List<IOException> errors = new ArrayList<>();
		for (Future<?> one : running) {
			errors.add(outcome(one));
		}
		return errors;
	}

	private static IOException outcome(Future<?> running) {
		try {
			running.get();
			return null;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				return io;
			}
			if (ex.getCause() instanceof UncheckedIOException io) {
				return io.getCause();
			}
			throw new IllegalStateException("Archiving failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while archiving", ex);
		}
	}

}
