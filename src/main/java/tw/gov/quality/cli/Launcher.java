package tw.gov.quality.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the program does before Spring starts: help and version are answered here, and every argument is
 * checked here, so that a request for help never starts the service and a typing mistake is answered at
 * once (exit code 2) instead of after the database has started.
 */
public final class Launcher {

	/** The exit code for a wrong command line. */
	public static final int USAGE = 2;

	private final PrintStream out;

	private final PrintStream err;

	private final Path configDir;

	private final Map<String, String> environment;

	public Launcher(PrintStream out, PrintStream err) {
		this(out, err, Path.of("config"), System.getenv());
	}

	Launcher(PrintStream out, PrintStream err, Path configDir, Map<String, String> environment) {
		this.out = out;
		this.err = err;
		this.configDir = configDir;
		this.environment = environment;
	}

	/**
	 * @return the exit code when the program is done without starting Spring (help, version, a wrong
	 * argument); empty when Spring must start to run the command or the service
	 */
	public Optional<Integer> answer(String... args) {
		ArgumentCheck.Invocation invocation = ArgumentCheck.check(List.of(args));
		switch (invocation.kind()) {
			case HELP -> {
				out.print(invocation.spec() == null ? CommandCatalog.help(BuildInfo.read().shortName()) : invocation.spec().help());
				out.flush();
				return Optional.of(0);
			}
			case VERSION -> {
				out.println(BuildInfo.read().describe());
				out.flush();
				return Optional.of(0);
			}
			case USAGE_ERROR -> {
				err.println(invocation.message());
				err.flush();
				return Optional.of(USAGE);
			}
			default -> {
				Optional<String> office = officeProblem(invocation.spec(), CommandLine.parse(args), List.of(args));
				if (office.isPresent()) {
					err.println(ArgumentCheck.Invocation.usageError(invocation.spec(), office.get()).message());
					err.flush();
					return Optional.of(USAGE);
				}
				return Optional.empty();
			}
		}
	}

	static final String STARTING = "啟動中（設定、資料庫）…";

	/**
	 * On a terminal, says that a command is starting: Spring and the embedded database take several seconds
	 * before the command can say anything. {@link CommandRunner} clears it.
	 */
	public static void showStarting(CommandLine commandLine) {
		if (commandLine.hasCommand() && Progress.onTerminal()) {
			System.out.print(STARTING);
			System.out.flush();
		}
	}

	/** Clears what {@link #showStarting} wrote, on a terminal. */
	public static void clearStarting(PrintStream out) {
		if (Progress.onTerminal()) {
			out.print("\r" + " ".repeat(CommandSpec.displayWidth(STARTING)) + "\r");
			out.flush();
		}
	}

	/** An office code that config/ does not know, when config/ alone defines the offices. */
	private Optional<String> officeProblem(CommandSpec spec, CommandLine commandLine, List<String> args) {
		List<OptionSpec> officeOptions = spec.options()
			.stream()
			.filter(option -> option.kind() == OptionKind.OFFICE || option.kind() == OptionKind.SUPERVISOR)
			.filter(option -> commandLine.option(option.name()).isPresent())
			.toList();
		if (officeOptions.isEmpty()) {
			return Optional.empty();
		}
		Optional<OfficeCodes> known = OfficeCodes.read(configDir, environment, args);
		if (known.isEmpty()) {
			return Optional.empty();
		}
		for (OptionSpec option : officeOptions) {
			String code = commandLine.option(option.name()).orElseThrow();
			if (!known.get().exists(code)) {
				return Optional.of("--" + option.name() + "=" + code + "：查無機關代碼「" + code + "」（" + configDir.resolve("application.yml")
						+ " 的 quality.offices 沒有這個代碼；代碼區分大小寫）");
			}
			if (option.kind() == OptionKind.SUPERVISOR && !known.get().supervises(code)) {
				return Optional.of("--" + option.name() + "=" + code + "：" + code + " 沒有所屬機關，不需彙整；請填上級機關的代碼");
			}
		}
		return Optional.empty();
	}

}
