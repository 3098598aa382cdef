package tw.gov.quality.database;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The MariaDB servers a killed owner left running on the data directory, stopped before a new start. */
final class OrphanServers {

	/** Logged under the owned server's name, as before this was its own class. */
	private static final Logger log = LoggerFactory.getLogger(OwnedServer.class);

	private OrphanServers() {
	}

	/**
	 * Stops every MariaDB server on the data directory. The caller holds the lock, so no running
	 * process of this program owns them: they are orphans of a process that was killed. One whose parent
	 * is a running JVM is left alone (the start fails instead): something else runs it.
	 */
	static void stop(ServerProcesses processes, Optional<OwnerRecord> previous, Path dataDir) {
		List<ProcessHandle> servers = processes.servers();
		for (ProcessHandle server : servers) {
			Optional<ProcessHandle> parent = server.parent().filter(ProcessHandle::isAlive);
			if (parent.isPresent() && parent.get().pid() != 1 && isJava(parent.get())) {
				throw new IllegalStateException("內建資料庫（" + dataDir + "）已有一個資料庫伺服器（pid " + server.pid()
						+ "）由另一個程序執行：pid " + parent.get().pid() + "（"
						+ String.join(" ", ServerProcesses.commandLine(parent.get())) + "）。請先結束該程序後再試。");
			}
			String origin = previous.filter(record -> record.serverPid() == server.pid())
				.map(record -> "left running by process " + record.ownerPid() + " (" + record.command()
						+ "), which is no longer running")
				.orElse("whose owner is no longer running");
			log.warn("Stopping orphaned MariaDB server pid {} on {}, {}", server.pid(), dataDir, origin);
			if (!processes.stop(server, OwnedServer.STOP_TIMEOUT_SECONDS)) {
				throw new IllegalStateException("無法停止遺留在內建資料庫（" + dataDir + "）上的資料庫伺服器 pid " + server.pid()
						+ "，請手動結束它後再試。");
			}
			log.warn("Orphaned MariaDB server pid {} stopped; starting a new one on {}", server.pid(), dataDir);
		}
	}

	private static boolean isJava(ProcessHandle process) {
		List<String> commandLine = ServerProcesses.commandLine(process);
		if (commandLine.isEmpty()) {
			return false;
		}
		String program = commandLine.get(0);
		return program.substring(program.lastIndexOf('/') + 1).startsWith("java");
	}

}
