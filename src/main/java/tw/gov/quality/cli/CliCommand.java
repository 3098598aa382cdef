package tw.gov.quality.cli;

import java.io.PrintStream;

/** One sub-command of the program. */
interface CliCommand {

	String name();

	/** One line for the usage text, in Chinese. */
	String usage();

	/**
	 * @return the exit code: 0 done
	 * @throws CommandException for anything the user must fix; its message is printed on stderr
	 */
	int run(CommandLine commandLine, PrintStream out) throws Exception;

}
