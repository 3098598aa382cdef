package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What one look at an inbox file sees: two equal looks a settle time apart make a file complete. */
record InboxLook(long size, LocalDateTime modified) {

	/** Logged under the inbox's name, as before this was its own class. */
	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	/** Regular files by path; links, pipes and devices go to {@code ignored}, never followed or opened. */
	static Map<Path, InboxLook> all(Path root, List<Inbox.Left> ignored, ZoneId zone) throws IOException {
		Map<Path, InboxLook> files = new HashMap<>();
		// An inbox configured as a link (to the shared drive) is walked where it points; links inside it never are.
		Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
		Files.walkFileTree(start, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path walked, BasicFileAttributes attributes) {
				Path path = root.resolve(start.relativize(walked));
				if (!attributes.isRegularFile()) {
					ignored.add(notRegular(root, path, attributes));
				}
				else if (!isScratch(path.getFileName().toString())) {
					LocalDateTime modified = LocalDateTime.ofInstant(attributes.lastModifiedTime().toInstant(), zone)
						.truncatedTo(ChronoUnit.MILLIS);
					files.put(path, new InboxLook(attributes.size(), modified));
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path walked, IOException ex) {
				Path path = root.resolve(start.relativize(walked));
				// gone between listing and looking (a sender moved it away), or unreadable: seen next run
				if (!(ex instanceof NoSuchFileException)) {
					log.warn("Inbox entry {} could not be looked at: {}", FileNames.printable(root.relativize(path).toString()),
							ex.toString());
				}
				return FileVisitResult.CONTINUE;
			}
		});
		return files;
	}

	private static Inbox.Left notRegular(Path root, Path path, BasicFileAttributes attributes) {
		String kind = attributes.isSymbolicLink() ? "捷徑（符號連結）" : "特殊檔案（具名管道、裝置等）";
		String shown = FileNames.printable(root.relativize(path).toString());
		log.warn("Inbox entry {} is not a regular file ({}); not received", shown,
				attributes.isSymbolicLink() ? "symbolic link" : "pipe, socket or device");
		return new Inbox.Left(shown, kind + "不是一般檔案，系統不會收取；請改放檔案本身");
	}

	/** Lock and partial files that editors and copy tools leave next to a document: not submissions. */
	static boolean isScratch(String name) {
		String lower = name.toLowerCase();
		return name.startsWith("~$") || name.startsWith(".~lock.") || name.startsWith(".writing-")
				|| lower.equals("thumbs.db") || lower.equals(".ds_store") || lower.endsWith(".tmp")
				|| lower.endsWith(".part") || lower.endsWith(".crdownload");
	}

}
