package tw.gov.quality.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MariaDB that runs when no {@code spring.datasource.url} is configured.
 *
 * @param baseDir where the MariaDB binaries are unpacked
 * @param dataDir where the databases live; kept across restarts, never deleted by the program
 * (except {@code wipeOnStart}); its owner file {@code <dataDir>.owner} and lock {@code <dataDir>.lock}
 * lie beside it
 * @param port TCP port on 127.0.0.1, 0 for any free port
 * @param database schema name the application uses
 * @param wipeOnStart start from an empty data directory (tests)
 * @param clientWait how long the process that started the server waits, when it stops, for other
 * processes still connected to it (a command run while the service runs) before stopping it anyway
 * @param ownerStartWait how long a second process waits for the owner to finish starting the server
 */
@ConfigurationProperties("quality.database.embedded")
record EmbeddedDatabaseProperties(
		@DefaultValue("data/mariadb/base") Path baseDir,
		@DefaultValue("data/mariadb/data") Path dataDir,
		@DefaultValue("0") int port,
		@DefaultValue("quality") String database,
		@DefaultValue("false") boolean wipeOnStart,
		@DefaultValue("60s") Duration clientWait,
		@DefaultValue("120s") Duration ownerStartWait) {
}
