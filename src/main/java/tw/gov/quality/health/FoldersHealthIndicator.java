package tw.gov.quality.health;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;

/**
 * The {@code folders} health component: the inbox, the archive and the output folder, each with its
 * own details. DOWN when any of them cannot be used (see {@link FolderCheck}).
 */
@Component
class FoldersHealthIndicator implements HealthIndicator {

	private final Folders folders;

	private final HealthProperties properties;

	FoldersHealthIndicator(Folders folders, HealthProperties properties) {
		this.folders = folders;
		this.properties = properties;
	}

	@Override
	public Health health() {
		Map<String, FolderCheck> checks = new LinkedHashMap<>();
		checks.put("inbox", FolderCheck.of(folders.inbox(), properties.minFreeSpace()));
		checks.put("archive", FolderCheck.of(folders.archive(), properties.minFreeSpace()));
		checks.put("output", FolderCheck.of(folders.output(), properties.minFreeSpace()));
		boolean usable = checks.values().stream().allMatch(FolderCheck::usable);
		Health.Builder health = usable ? Health.up() : Health.down();
		checks.forEach((name, check) -> health.withDetail(name, check.details()));
		return health.build();
	}

}
