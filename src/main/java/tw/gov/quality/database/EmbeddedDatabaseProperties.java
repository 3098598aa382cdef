package tw.gov.quality.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MariaDB that runs when no {@code spring.datasource.url} is configured.
 *
 * @param baseDir where the MariaDB binaries are unpacked
 * @param dataDir where the databases live; kept across restarts
 * @param port TCP port on 127.0.0.1, 0 for any free port
 * @param database schema name the application uses
 * @param wipeOnStart start from an empty data directory (tests)
 */
@ConfigurationProperties("quality.database.embedded")
public record EmbeddedDatabaseProperties(
		@DefaultValue("data/mariadb/base") Path baseDir,
		@DefaultValue("data/mariadb/data") Path dataDir,
		@DefaultValue("0") int port,
		@DefaultValue("quality") String database,
		@DefaultValue("false") boolean wipeOnStart) {
}
