package tw.gov.quality.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tw.gov.quality.Processes;

/**
 * Which LibreOffice processes this service started, so that those a killed run left behind are stopped
 * by the next start and no other LibreOffice is ever touched. Each JVM that starts an office gives it a
 * folder of its own under {@code quality.output.office.work-dir} (default {@code data/office}), named
 * after the JVM's pid and start time ({@code 4242-1733100000000}); the office's profile lies in it, so
 * its command line names the folder ({@code -env:UserInstallation=file:///…/data/office/4242-…/…}). A
 * folder whose JVM is gone (no process with that pid, or one started at another time) is an orphan's:
 * the {@code soffice} processes naming it are stopped (SIGTERM, then SIGKILL) and the folder deleted.
 */
final class OfficeOwners {

	private static final Logger log = LoggerFactory.getLogger(OfficeOwners.class);

	private static final Pattern OWNER = Pattern.compile("(\\d+)-(\\d+)");

	private OfficeOwners() {
	}

	/** This JVM's folder under {@code workDir}, created if need be. */
	static Path own(Path workDir) throws IOException {
		return Files.createDirectories(ownFolder(workDir));
	}

	private static Path ownFolder(Path workDir) {
		ProcessHandle self = ProcessHandle.current();
		long started = self.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
		return workDir.toAbsolutePath().normalize().resolve(self.pid() + "-" + started);
	}

	/** Kills the office processes this JVM started on these ports (a pool stopped past a timeout). */
	static void stopOwn(Path workDir, int[] ports) {
		try {
			Path folder = own(workDir);
			for (ProcessHandle office : officesNaming(folder)) {
				List<String> arguments = Processes.commandLine(office);
				for (int port : ports) {
					if (arguments.stream().anyMatch(argument -> argument.contains("port=" + port + ","))) {
						office.destroyForcibly();
					}
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not find the office processes under {}: {}", workDir, ex.toString());
		}
	}

	/**
	 * Kills this JVM's office processes under {@code workDir} that listen on none of {@code livePorts}: one that a
	 * stopped pool's manager was still restarting when it stopped (after a timeout) outlives the pool, and would
	 * run idle until the machine stops. Never creates the folder.
	 */
	static void stopStrays(Path workDir, Set<Integer> livePorts) {
		for (ProcessHandle office : officesNaming(ownFolder(workDir))) {
			List<String> arguments = Processes.commandLine(office);
			if (livePorts.stream().noneMatch(port -> arguments.stream().anyMatch(a -> a.contains("port=" + port + ",")))) {
				log.warn("Stopping LibreOffice process pid {} left running by a stopped pool", office.pid());
				office.destroyForcibly();
			}
		}
	}

	/** Deletes this JVM's folder once its offices have stopped. */
	static void release(Path workDir) {
		try {
			deleteTree(own(workDir));
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Could not delete the office work folder under {}: {}", workDir, ex.toString());
		}
	}

	/**
	 * Stops the office processes of every owner under {@code workDir} that is no longer running and deletes
	 * its folder; never a process whose command line does not name such a folder.
	 *
	 * @return how many processes were stopped
	 */
	static int stopOrphans(Path workDir) {
		Path root = workDir.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			return 0;
		}
		int stopped = 0;
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				Matcher owner = OWNER.matcher(folder.getFileName().toString());
				if (!owner.matches() || alive(Long.parseLong(owner.group(1)), Long.parseLong(owner.group(2)))) {
					continue;
				}
				for (ProcessHandle orphan : officesNaming(folder)) {
					log.warn("Stopping orphaned LibreOffice process pid {} left by the killed process {} ({})",
							orphan.pid(), owner.group(1), folder);
					stop(orphan);
					stopped++;
				}
				deleteTree(folder);
			}
		}
		catch (IOException ex) {
			log.warn("Could not look for orphaned LibreOffice processes under {}: {}", root, ex.toString());
		}
		return stopped;
	}

	/** Whether the process {@code pid} runs and is the one started at {@code startedMillis}. */
	private static boolean alive(long pid, long startedMillis) {
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		return process.flatMap(handle -> handle.info().startInstant())
			.map(start -> start.toEpochMilli() == startedMillis)
			.orElse(process.isPresent() && startedMillis == 0);
	}

	/** The running LibreOffice processes whose command line names {@code folder}. */
	static List<ProcessHandle> officesNaming(Path folder) {
		String path = folder.toString();
		String uri = folder.toUri().toString();
		try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
			return processes.filter(ProcessHandle::isAlive).filter(process -> {
				List<String> arguments = Processes.commandLine(process);
				return Processes.programName(arguments).startsWith("soffice")
						&& arguments.stream().anyMatch(argument -> argument.contains(path) || argument.contains(uri));
			}).toList();
		}
	}

	private static void stop(ProcessHandle process) {
		process.destroy();
		try {
			process.onExit().get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			process.destroyForcibly();
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
