package tw.gov.quality.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The program's arguments: an optional sub-command followed by {@code --name=value} options. With no
 * sub-command, or {@code serve}, the program runs as a service. {@link Launcher} has checked them against
 * {@link CommandCatalog} before this is used.
 */
public record CommandLine(String command, Map<String, String> options, List<String> arguments) {

	public static CommandLine parse(String... args) {
		String command = null;
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--")) {
				int equals = arg.indexOf('=');
				options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals),
						equals < 0 ? "true" : arg.substring(equals + 1));
			}
			else if (command == null) {
				command = arg;
			}
		}
		return new CommandLine(command, Map.copyOf(options), List.of(args));
	}

	/**
	 * The arguments Spring Boot gets. The demo runs in its own scratch folder with its own database,
	 * so it can never touch a real inbox, archive or database; these outrank config/application.yml.
	 */
	public String[] springArguments(String... args) {
		if (!isDemo()) {
			return args;
		}
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--quality.folders.inbox=demo/inbox", "--quality.folders.archive=demo/archive",
				"--quality.folders.output=demo/output", "--quality.database.embedded.data-dir=demo/mariadb",
				"--quality.database.embedded.wipe-on-start=true", "--quality.ingest.settle-time=0s"));
		return all.toArray(String[]::new);
	}

	/** A sub-command runs and the program exits; {@code serve} (or nothing) runs the service instead. */
	public boolean hasCommand() {
		return command != null && !CommandCatalog.SERVE.name().equals(command);
	}

	/** {@code demo --serve}: after the demo, the console stays up on the demo's data. */
	public boolean servesAfterwards() {
		return isDemo() && options.containsKey("serve");
	}

	private boolean isDemo() {
		return CommandCatalog.DEMO.name().equals(command);
	}

	public Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name)).filter(value -> !value.isBlank());
	}

	/**
	 * The service (no sub-command) serves the web console and the API. A sub-command is a short batch
	 * run: no scheduler, no web server, logs to the log file only so that the console shows what the
	 * command itself says. {@code demo --serve} serves the console too, without the scheduler.
	 */
	public Map<String, Object> modeProperties() {
		if (!hasCommand()) {
			return Map.of("spring.main.web-application-type", "servlet");
		}
		return Map.of("spring.main.web-application-type", servesAfterwards() ? "servlet" : "none",
				"spring.quartz.auto-startup", "false", "spring.main.banner-mode", "off", "spring.main.log-startup-info",
				"false", "logging.threshold.console", "OFF");
	}

}
