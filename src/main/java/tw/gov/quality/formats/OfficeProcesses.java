package tw.gov.quality.formats;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import org.jodconverter.core.office.OfficeException;
import org.jodconverter.core.office.OfficeManager;
import org.jodconverter.local.office.LocalOfficeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JODConverter's pool of LibreOffice processes, one per set of settings in the JVM and shared by
 * every converter that asks for the same: a second application context in the same JVM (tests, a
 * sub-command and the console of {@code demo --serve}) does not start a second office or take its
 * ports. Started on the first conversion, stopped when the last converter using it is closed.
 * JODConverter restarts a process that crashed, hangs past the task timeout or has done
 * {@code maxTasksPerProcess} conversions.
 */
final class OfficeProcesses {

	private static final Logger log = LoggerFactory.getLogger(OfficeProcesses.class);

	private static final Map<Settings, Shared> RUNNING = new HashMap<>();

	/** After a pool stops, its work folder is checked for strays this many times, this far apart (10 s in all). */
	private static final int STRAY_CHECKS = 20;

	private static final long STRAY_CHECK_MILLIS = 500;

	private static final java.util.concurrent.ScheduledExecutorService REAPER = java.util.concurrent.Executors
		.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "office-stray-reaper");
			thread.setDaemon(true);
			return thread;
		});

	/** What makes two pools the same. */
	record Settings(File home, int processes, java.util.List<Integer> ports, long taskTimeoutMillis,
			long queueTimeoutMillis, long startTimeoutMillis, int maxTasksPerProcess, java.nio.file.Path workDir) {

		static Settings of(File home, FormatsProperties.Office office) {
			// The pool's own timeout is the longest a conversion may take; each one's is scaled by TimedConversion.
			return new Settings(home, Math.max(1, office.processes()), office.ports(), office.maxTaskTimeout().toMillis(),
					office.queueTimeout().toMillis(), office.startTimeout().toMillis(), office.maxTasksPerProcess(),
					office.workDir().toAbsolutePath().normalize());
		}

	}

	private static final class Shared {

		final OfficeManager manager;

		final int[] ports;

		int users;

		Shared(OfficeManager manager, int[] ports) {
			this.manager = manager;
			this.ports = ports;
		}

	}

	private OfficeProcesses() {
	}

	/** The running pool for these settings, started now if need be; release it with {@link #release}. */
	static synchronized OfficeManager acquire(Settings settings) throws OfficeException, IOException {
		Shared shared = RUNNING.get(settings);
		if (shared == null) {
			long started = System.nanoTime();
			int[] ports = ports(settings);
			OfficeManager manager = LocalOfficeManager.builder()
				.officeHome(settings.home())
				.workingDir(OfficeOwners.own(settings.workDir()).toFile())
				// Something on our port is never killed: it is not ours (our orphans were stopped at start).
				.existingProcessAction(org.jodconverter.local.office.ExistingProcessAction.FAIL)
				.templateProfileDir(OfficeProfile.of(settings.home(), settings.workDir()))
				.portNumbers(ports)
				.taskExecutionTimeout(settings.taskTimeoutMillis())
				.taskQueueTimeout(settings.queueTimeoutMillis())
				.processTimeout(settings.startTimeoutMillis())
				.maxTasksPerProcess(settings.maxTasksPerProcess())
				.build();
			manager.start();
			shared = new Shared(manager, ports);
			RUNNING.put(settings, shared);
			log.info("LibreOffice started for ODF/PDF conversion: {} process(es) on port(s) {} from {} in {} ms",
					ports.length, java.util.Arrays.toString(ports), settings.home(),
					(System.nanoTime() - started) / 1_000_000);
		}
		shared.users++;
		return shared.manager;
	}

	/**
	 * Stops the pool for these settings now, whoever uses it: a conversion hung past its timeout. Its
	 * waiting conversions fail; the next {@link #acquire} starts a new pool.
	 */
	static void stopNow(Settings settings) {
		Shared shared;
		synchronized (OfficeProcesses.class) {
			shared = RUNNING.remove(settings);
		}
		if (shared == null) {
			return;
		}
		try {
			shared.manager.stop();
			log.info("LibreOffice stopped after a conversion past its timeout; the next conversion starts it again");
		}
		catch (OfficeException ex) {
			log.warn("LibreOffice did not stop cleanly: {}", ex.toString());
		}
		// Stopping a pool in the middle of a conversion can leave its process running: killed, by its port.
		OfficeOwners.stopOwn(settings.workDir(), shared.ports);
		reapStrays(settings.workDir());
	}

	/** Whether {@code manager} is the pool for these settings (started, not stopped since). */
	static synchronized boolean current(Settings settings, OfficeManager manager) {
		Shared shared = RUNNING.get(settings);
		return shared != null && shared.manager == manager;
	}

	/** One user fewer; the last one stops the processes. */
	static synchronized void release(Settings settings) {
		Shared shared = RUNNING.get(settings);
		if (shared == null || --shared.users > 0) {
			return;
		}
		RUNNING.remove(settings);
		try {
			shared.manager.stop();
			log.info("LibreOffice stopped");
		}
		catch (OfficeException ex) {
			log.warn("LibreOffice did not stop cleanly: {}", ex.toString());
		}
		reapStrays(settings.workDir());
		if (RUNNING.keySet().stream().noneMatch(other -> other.workDir().equals(settings.workDir()))) {
			OfficeOwners.release(settings.workDir());
		}
	}

	/**
	 * For a while after a pool stopped, kills this JVM's office processes in the work folder that no running pool
	 * listens on: JODConverter may still be restarting a process of the stopped pool (after a task timeout) and
	 * start it after the stop returned. Checked under the pools' lock, so a pool being started is never taken for one.
	 */
	private static void reapStrays(java.nio.file.Path workDir) {
		for (int check = 1; check <= STRAY_CHECKS; check++) {
			REAPER.schedule(() -> {
				synchronized (OfficeProcesses.class) {
					java.util.Set<Integer> live = new java.util.HashSet<>();
					RUNNING.forEach((settings, shared) -> {
						if (settings.workDir().equals(workDir)) {
							java.util.Arrays.stream(shared.ports).forEach(live::add);
						}
					});
					OfficeOwners.stopStrays(workDir, live);
				}
			}, check * STRAY_CHECK_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
		}
	}

	private static int[] ports(Settings settings) throws IOException {
		if (!settings.ports().isEmpty()) {
			return settings.ports().stream().mapToInt(Integer::intValue).toArray();
		}
		// Free ports now: never another program's office (JODConverter would kill what listens there).
		int[] ports = new int[settings.processes()];
		for (int i = 0; i < ports.length; i++) {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				ports[i] = socket.getLocalPort();
			}
		}
		return ports;
	}

}
