package tw.gov.quality.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/** Runs the sub-command named on the command line and turns its outcome into the exit code. */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	static final int USAGE = 2;

	private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

	private final List<CliCommand> commands;

	private final PrintStream out;

	private final PrintStream err;

	private int exitCode;

	@Autowired
	CommandRunner(List<CliCommand> commands) {
		this(commands, System.out, System.err);
	}

	CommandRunner(List<CliCommand> commands, PrintStream out, PrintStream err) {
		this.commands = commands;
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(ApplicationArguments args) {
		CommandLine commandLine = CommandLine.parse(args.getSourceArgs());
		if (commandLine.hasCommand()) {
			exitCode = execute(commandLine);
		}
	}

	int execute(CommandLine commandLine) {
		CliCommand command = commands.stream()
			.filter(candidate -> candidate.name().equals(commandLine.command()))
			.findFirst()
			.orElse(null);
		if (command == null) {
			err.println("不認得的指令「" + commandLine.command() + "」。可用的指令：\n" + usage());
			return USAGE;
		}
		try {
			return command.run(commandLine, out);
		}
		catch (CommandException ex) {
			err.println(ex.getMessage());
			return ex.exitCode();
		}
		catch (Exception ex) {
			log.error("Command {} failed", commandLine.command(), ex);
			err.println("指令 " + commandLine.command() + " 執行失敗：" + ex.getMessage() + "（詳細記錄見 logs/quality-progress.log）");
			return 1;
		}
	}

	String usage() {
		return commands.stream().map(command -> "  " + command.usage()).sorted().collect(Collectors.joining("\n"));
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
