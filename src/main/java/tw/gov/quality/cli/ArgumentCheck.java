package tw.gov.quality.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the program's arguments against {@link CommandCatalog} without touching anything: which
 * command, whether help was asked for, and the first thing wrong (an unknown command or option, a value
 * of the wrong kind, a required option missing), named with a correct example.
 *
 * <p>
 * Options whose name has a dot ({@code --server.port=9090}, {@code --spring.profiles.active=production})
 * and Spring Boot's {@code --debug} / {@code --trace} are Spring Boot's, accepted with every command.
 */
final class ArgumentCheck {

	private static final Set<String> HELP_WORDS = Set.of("--help", "-h", "-?");

	private static final Set<String> VERSION_WORDS = Set.of("--version", "-V");

	private static final Set<String> SPRING_SWITCHES = Set.of("debug", "trace");

	private ArgumentCheck() {
	}

	/** What the arguments ask for. */
	record Invocation(Kind kind, CommandSpec spec, String message) {

		static Invocation usageError(CommandSpec spec, String problem) {
			StringBuilder text = new StringBuilder(problem);
			if (spec != null) {
				text.append("\n例：").append(spec.example());
				text.append("\n說明：").append(CommandSpec.PROGRAM).append(" help ").append(spec.name());
			}
			else {
				text.append("\n說明：").append(CommandSpec.PROGRAM).append(" help");
			}
			return new Invocation(Kind.USAGE_ERROR, spec, text.toString());
		}

	}

	enum Kind {

		/** Print the usage (spec: one command's, or null for all). */
		HELP,
		/** Print the version. */
		VERSION,
		/** Run the command (spec {@link CommandCatalog#SERVE} without one). */
		RUN,
		/** Exit 2 with the message. */
		USAGE_ERROR

	}

	static Invocation check(List<String> args) {
		Words words = Words.of(args);
		if (words.misfit() != null) {
			return Invocation.usageError(null, "不認得的選項「" + words.misfit() + "」：選項請寫成 --名稱=值");
		}
		String commandName = words.plain().isEmpty() ? null : words.plain().get(0);
		if (words.helpAsked() || "help".equals(commandName)) {
			return help("help".equals(commandName) ? (words.plain().size() > 1 ? words.plain().get(1) : null) : commandName);
		}
		if (words.versionAsked()) {
			return new Invocation(Kind.VERSION, CommandCatalog.VERSION, null);
		}
		CommandSpec spec = CommandCatalog.SERVE;
		if (commandName != null) {
			Optional<CommandSpec> found = CommandCatalog.find(commandName);
			if (found.isEmpty()) {
				return unknownCommand(commandName);
			}
			spec = found.get();
		}
		return checkOptions(spec, words);
	}

	/** The arguments sorted: help and version words, options ({@code --name=value}) and plain words. */
	private record Words(boolean helpAsked, boolean versionAsked, List<String> options, List<String> plain,
			String misfit) {

		static Words of(List<String> args) {
			List<String> options = new ArrayList<>();
			List<String> plain = new ArrayList<>();
			boolean help = false;
			boolean version = false;
			for (String arg : args) {
				if (HELP_WORDS.contains(arg)) {
					help = true;
				}
				else if (VERSION_WORDS.contains(arg)) {
					version = true;
				}
				else if (arg.startsWith("--")) {
					options.add(arg);
				}
				else if (arg.startsWith("-") && arg.length() > 1) {
					return new Words(help, version, options, plain, arg);
				}
				else {
					plain.add(arg);
				}
			}
			return new Words(help, version, options, plain, null);
		}

	}

	private static Invocation help(String about) {
		if (about == null) {
			return new Invocation(Kind.HELP, null, null);
		}
		return CommandCatalog.find(about)
			.map(spec -> new Invocation(Kind.HELP, spec, null))
			.orElseGet(() -> unknownCommand(about));
	}

	private static Invocation checkOptions(CommandSpec spec, Words words) {
		Set<String> given = new HashSet<>();
		for (String option : words.options()) {
			Optional<String> problem = problem(spec, option, given);
			if (problem.isPresent()) {
				return Invocation.usageError(spec, problem.get());
			}
		}
		if (words.plain().size() > 1) {
			return Invocation.usageError(spec,
					"多餘的參數「" + words.plain().get(1) + "」：" + spec.name() + " 只接受 --名稱=值 形式的選項");
		}
		for (OptionSpec option : spec.options()) {
			if (option.required() && !given.contains(option.name())) {
				return Invocation.usageError(spec,
						spec.name() + " 缺少必填選項 --" + option.name() + "（" + option.kind().label() + "），例如 " + option.example());
			}
		}
		return new Invocation(spec == CommandCatalog.VERSION ? Kind.VERSION : Kind.RUN, spec, null);
	}

	private static Optional<String> problem(CommandSpec spec, String argument, Set<String> given) {
		int equals = argument.indexOf('=');
		String name = equals < 0 ? argument.substring(2) : argument.substring(2, equals);
		if (name.contains(".") || SPRING_SWITCHES.contains(name)) {
			return Optional.empty();
		}
		Optional<OptionSpec> found = spec.option(name);
		if (found.isEmpty()) {
			String known = spec.options().isEmpty() ? spec.name() + " 沒有任何選項"
					: "可用的選項：" + String.join(" ", spec.options().stream().map(OptionSpec::form).toList());
			String spring = spec == CommandCatalog.SERVE || spec == CommandCatalog.DEMO
					? "；Spring 設定請寫完整名稱，例如 --server.port=9090" : "";
			return Optional.of("不認得的選項「--" + name + "」" + NearMiss.suggestion(name, spec.options().stream().map(OptionSpec::name).toList(), "--")
					+ "；" + known + spring);
		}
		OptionSpec option = found.get();
		if (!given.add(name)) {
			return Optional.of("選項 --" + name + " 重複了，請只寫一次");
		}
		if (option.kind() == OptionKind.FLAG) {
			return equals < 0 ? Optional.empty() : Optional.of("--" + name + " 不需要值，請只寫 --" + name);
		}
		if (equals < 0) {
			return Optional.of("--" + name + " 需要一個值，請寫成 " + option.example() + "（用等號連接）");
		}
		String value = argument.substring(equals + 1);
		if (value.isBlank()) {
			return Optional.of("--" + name + " 的值是空的，請寫成 " + option.example());
		}
		return option.kind().problem(value).map(why -> argument + "：" + why);
	}

	private static Invocation unknownCommand(String name) {
		List<String> names = CommandCatalog.ALL.stream().map(CommandSpec::name).toList();
		return Invocation.usageError(null, "不認得的指令「" + name + "」" + NearMiss.suggestion(name, names, "") + "；可用的指令："
				+ String.join("、", names));
	}

}
