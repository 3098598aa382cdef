package tw.gov.quality.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The office codes of {@code quality.offices}, read before Spring starts from the YAML files of
 * {@code ./config/} ({@code application.yml} and every {@code application-<profile>.yml}), so that a
 * mistyped office code is answered at once.
 *
 * <p>
 * It only ever refuses a code that no file names: the union over every profile's file is a superset of
 * what Spring will bind. Where the tree can come from elsewhere (an environment variable or argument
 * {@code quality.offices…}, another config location, a {@code .properties} file naming offices) it
 * knows nothing and the check is left to the command after start-up, against the office registry.
 */
final class OfficeCodes {

	private final Set<String> codes;

	private final Set<String> parents;

	private OfficeCodes(Set<String> codes, Set<String> parents) {
		this.codes = codes;
		this.parents = parents;
	}

	boolean exists(String code) {
		return codes.contains(code);
	}

	/** Whether some office names this one as its parent. */
	boolean supervises(String code) {
		return parents.contains(code);
	}

	/** The codes in {@code configDir}, or empty when they cannot be known before Spring starts. */
	static Optional<OfficeCodes> read(Path configDir, Map<String, String> environment, List<String> args) {
		if (environment.keySet().stream().anyMatch(key -> key.startsWith("QUALITY_OFFICES") || key.startsWith("SPRING_CONFIG_"))
				|| environment.containsKey("SPRING_APPLICATION_JSON")
				|| args.stream().anyMatch(arg -> arg.startsWith("--quality.offices") || arg.startsWith("--spring.config."))) {
			return Optional.empty();
		}
		Set<String> codes = new HashSet<>();
		Set<String> parents = new HashSet<>();
		boolean found = false;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(configDir, "application*")) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				if (name.endsWith(".properties")) {
					if (Files.readString(file, StandardCharsets.ISO_8859_1).contains("quality.offices")) {
						return Optional.empty();
					}
				}
				else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
					found |= collect(file, codes, parents);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// unreadable or not YAML: Spring will say so at start-up; nothing is refused here
			return Optional.empty();
		}
		return found ? Optional.of(new OfficeCodes(codes, parents)) : Optional.empty();
	}

	private static boolean collect(Path file, Set<String> codes, Set<String> parents) throws IOException {
		boolean found = false;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
				Object offices = document instanceof Map<?, ?> root ? offices(root) : null;
				if (offices instanceof List<?> list) {
					found = true;
					for (Object entry : list) {
						if (entry instanceof Map<?, ?> office) {
							Optional.ofNullable(office.get("code")).map(String::valueOf).ifPresent(codes::add);
							Optional.ofNullable(office.get("parent")).map(String::valueOf).ifPresent(parents::add);
						}
					}
				}
			}
		}
		return found;
	}

	private static Object offices(Map<?, ?> root) {
		if (root.containsKey("quality.offices")) {
			return root.get("quality.offices");
		}
		return root.get("quality") instanceof Map<?, ?> quality ? quality.get("offices") : null;
	}

}
