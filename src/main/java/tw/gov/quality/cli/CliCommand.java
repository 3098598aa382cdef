package tw.gov.quality.cli;

import java.io.PrintStream;

/** One sub-command of the program; what it accepts is its {@link CommandSpec} in {@link CommandCatalog}. */
interface CliCommand {

	CommandSpec spec();

	default String name() {
		return spec().name();
	}

	/**
	 * @return the exit code: 0 done
	 * @throws CommandException for anything the user must fix; its message is printed on stderr
	 */
	int run(CommandLine commandLine, PrintStream out) throws Exception;

}
