package tw.gov.quality.health;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Thresholds of the service's own health indicators.
 *
 * @param minFreeSpace the least free space each folder (inbox, archive, output) must have; below it
 * the folders component is DOWN before a receipt or a report fails half-written
 */
@ConfigurationProperties("quality.health")
record HealthProperties(@DefaultValue("500MB") DataSize minFreeSpace) {
}
