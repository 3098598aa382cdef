package tw.gov.quality.cli;

import java.io.PrintStream;
import java.util.List;

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

	static final int USAGE = Launcher.USAGE;

	private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

	private final List<CliCommand> commands;

	private final Interruption interruption;

	private final DemoConsole demoConsole;

	private final PrintStream out;

	private final PrintStream err;

	private int exitCode;

	@Autowired
	CommandRunner(List<CliCommand> commands, Interruption interruption, DemoConsole demoConsole) {
		this(commands, interruption, demoConsole, System.out, System.err);
	}

	/** For tests: no Ctrl-C handling, no demo console. */
	CommandRunner(List<CliCommand> commands, PrintStream out, PrintStream err) {
		this(commands, null, null, out, err);
	}

	CommandRunner(List<CliCommand> commands, Interruption interruption, DemoConsole demoConsole, PrintStream out,
			PrintStream err) {
		this.commands = commands;
		this.interruption = interruption;
		this.demoConsole = demoConsole;
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		CommandLine commandLine = CommandLine.parse(args.getSourceArgs());
		if (commandLine.hasCommand()) {
			Launcher.clearStarting(out);
			exitCode = interruption.during(err, () -> execute(commandLine));
			if (exitCode == 0 && commandLine.servesAfterwards()) {
				demoConsole.announce(out);
			}
		}
	}

	int execute(CommandLine commandLine) {
		// Launcher checked the arguments before Spring started; a caller inside the application gets the same answer.
		ArgumentCheck.Invocation invocation = ArgumentCheck.check(commandLine.arguments());
		if (invocation.kind() == ArgumentCheck.Kind.USAGE_ERROR) {
			err.println(invocation.message());
			return USAGE;
		}
		CliCommand command = commands.stream()
			.filter(candidate -> candidate.name().equals(commandLine.command()))
			.findFirst()
			.orElse(null);
		if (command == null) {
			err.println("「" + commandLine.command() + "」不是在服務中執行的指令；說明：" + CommandSpec.PROGRAM + " help");
			return USAGE;
		}
		try {
			int code = command.run(commandLine, out);
			return interrupted(interruption) ? interrupted() : code;
		}
		catch (CommandException ex) {
			if (interrupted(interruption)) {
				return interrupted();
			}
			err.println(ex.getMessage());
			return ex.exitCode();
		}
		catch (Exception ex) {
			if (interrupted(interruption)) {
				return interrupted();
			}
			log.error("Command {} failed", commandLine.command(), ex);
			err.println("指令 " + commandLine.command() + " 執行失敗：" + ex.getMessage() + "（詳細記錄見 logs/quality-progress.log）");
			return 1;
		}
	}

	private static boolean interrupted(Interruption interruption) {
		return interruption != null && interruption.requested();
	}

	private int interrupted() {
		err.println("已中斷：已完成的部分都已保存；重新執行同一指令會從中斷處繼續。");
		return Interruption.EXIT_CODE;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
