package tw.gov.quality.actions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's administrative actions.
 *
 * @param staleAfter a batch execution still STARTED but not written for this long (neither the job
 * nor any of its steps) is taken to have died with its process, and may be marked as failed
 */
@ConfigurationProperties("quality.console")
record ConsoleProperties(@DefaultValue("10m") Duration staleAfter) {
}
