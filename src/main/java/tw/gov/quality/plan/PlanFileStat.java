package tw.gov.quality.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A plan file's size and modification time (nanoseconds since the epoch), taken before its checksum. Like git's
 * index, a file changed within {@link #SETTLING} of the moment it was looked at is not trusted by its time: a
 * second change within the same tick of a coarse file system (FAT, some shares: two seconds) would keep it.
 */
record PlanFileStat(long size, long modified, boolean settled) {

	static final Duration SETTLING = Duration.ofSeconds(3);

	static PlanFileStat of(Path file) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		Instant modified = attributes.lastModifiedTime().toInstant();
		// The file system's clock, not the application's (tests fix that one).
		boolean settled = modified.isBefore(Instant.now().minus(SETTLING));
		return new PlanFileStat(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), settled);
	}

	/** Whether a settled file still has the size and time stored for it (none stored: no). */
	boolean sameAs(Long storedSize, Long storedModified) {
		return settled && storedSize != null && storedModified != null && storedSize == size
				&& storedModified == modified;
	}

}
