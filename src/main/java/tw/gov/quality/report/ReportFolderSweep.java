package tw.gov.quality.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.cluster.WorkClaims;

/**
 * At start-up, removes what an interrupted consolidation left under
 * {@code output/reports/<year>/Q<quarter>/<supervisor>/} (staging folders, versions without a
 * manifest), each supervisor's under its report lock; a supervisor whose lock is held is being
 * consolidated right now, and that run cleans up for itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReportFolderSweep implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReportFolderSweep.class);

	private static final Pattern YEAR = Pattern.compile("\\d{2,4}");

	private static final Pattern QUARTER = Pattern.compile("Q([1-4])");

	private final Folders folders;

	private final ReportLocks locks;

	ReportFolderSweep(Folders folders, ReportLocks locks) {
		this.folders = folders;
		this.locks = locks;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			sweep();
		}
		catch (IOException | RuntimeException ex) {
			// Never a reason not to start: the listing ignores leftovers, and the next run removes them.
			log.warn("Could not look for incomplete report folders: {}", ex.toString());
		}
	}

	/** @return how many folders were removed */
	int sweep() throws IOException {
		int removed = 0;
		for (Path year : children(folders.output().resolve("reports"))) {
			if (!YEAR.matcher(year.getFileName().toString()).matches()) {
				continue;
			}
			for (Path quarter : children(year)) {
				Matcher q = QUARTER.matcher(quarter.getFileName().toString());
				if (!q.matches()) {
					continue;
				}
				ReportingPeriod period = new ReportingPeriod(Integer.parseInt(year.getFileName().toString()),
						Integer.parseInt(q.group(1)));
				for (Path supervisor : children(quarter)) {
					removed += sweep(period, supervisor);
				}
			}
		}
		return removed;
	}

	private int sweep(ReportingPeriod period, Path base) throws IOException {
		if (ReportVersions.leftovers(base).isEmpty()) {
			return 0;
		}
		String supervisor = base.getFileName().toString();
		Optional<WorkClaims.Held> lock = locks.tryAcquire(period, supervisor);
		if (lock.isEmpty()) {
			log.info("Incomplete report folders under {} left for the consolidation running now", base);
			return 0;
		}
		try (WorkClaims.Held held = lock.get()) {
			return ReportVersions.cleanUp(base).size();
		}
	}

	private static List<Path> children(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(folder)) {
			return children.filter(Files::isDirectory).sorted().toList();
		}
	}

}
