package tw.gov.quality.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The program's arguments: an optional sub-command followed by {@code --name=value} options. With no
 * sub-command the program runs as a service.
 */
public record CommandLine(String command, Map<String, String> options) {

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
		return new CommandLine(command, Map.copyOf(options));
	}

	/**
	 * The arguments Spring Boot gets. The demo runs in its own scratch folder with its own database,
	 * so it can never touch a real inbox, archive or database; these outrank config/application.yml.
	 */
	public String[] springArguments(String... args) {
		if (!"demo".equals(command)) {
			return args;
		}
		java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
		all.addAll(java.util.List.of("--quality.folders.inbox=demo/inbox", "--quality.folders.archive=demo/archive",
				"--quality.folders.output=demo/output", "--quality.database.embedded.data-dir=demo/mariadb",
				"--quality.database.embedded.wipe-on-start=true", "--quality.ingest.settle-time=0s"));
		return all.toArray(String[]::new);
	}

	public boolean hasCommand() {
		return command != null;
	}

	public Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name)).filter(value -> !value.isBlank());
	}

	/**
	 * The service (no sub-command) serves the web console and the API. A sub-command is a short batch
	 * run: no scheduler, no web server, logs to the log file only so that the console shows what the
	 * command itself says.
	 */
	public Map<String, Object> modeProperties() {
		if (!hasCommand()) {
			return Map.of("spring.main.web-application-type", "servlet");
		}
		return Map.of("spring.main.web-application-type", "none", "spring.quartz.auto-startup", "false",
				"spring.main.banner-mode", "off", "spring.main.log-startup-info", "false",
				"logging.threshold.console", "OFF");
	}


}
