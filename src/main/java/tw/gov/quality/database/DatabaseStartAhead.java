package tw.gov.quality.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB on a thread of its own as soon as the settings are known, so that the server
 * starts while Spring is still reading the configuration and creating the beans before the data source
 * (about as long as the server takes): every command and the service start that much sooner. The data
 * source's {@link EmbeddedMariaDb#acquire} waits for it and takes it over, or starts it itself when its own
 * settings differ; a start ahead that failed fails it the same way, without a second wait. Should the
 * context fail before that, the server started ahead is stopped. Nothing starts ahead when an external
 * database is configured.
 */
public final class DatabaseStartAhead implements ApplicationListener<SpringApplicationEvent> {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStartAhead.class);

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationPreparedEvent prepared) {
			start(prepared.getApplicationContext().getEnvironment());
		}
		else if (event instanceof ApplicationFailedEvent) {
			EmbeddedMariaDb.abandonStartAhead();
		}
	}

	private static void start(ConfigurableEnvironment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		EmbeddedDatabaseProperties properties;
		try {
			properties = Binder.get(environment).bindOrCreate("quality.database.embedded", EmbeddedDatabaseProperties.class);
		}
		catch (RuntimeException ex) {
			// A setting that does not bind: the context binds it again and says what is wrong.
			log.debug("Not starting the embedded MariaDB ahead: {}", ex.toString());
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				EmbeddedMariaDb.startAhead(properties);
			}
			catch (RuntimeException ex) {
				log.info("Starting the embedded MariaDB ahead failed; the data source starts it: {}", ex.toString());
			}
		}, "embedded-mariadb-ahead");
		thread.setDaemon(true);
		thread.start();
	}

}
