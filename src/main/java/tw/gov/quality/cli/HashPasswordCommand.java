package tw.gov.quality.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code hash-password}: reads a password (twice, not echoed, on a terminal; one line from standard
 * input otherwise) and prints its BCrypt hash for {@code quality.security.users[].password-hash}.
 * The password is never taken from the command line, where it would stay in the shell's history.
 */
@Component
class HashPasswordCommand implements CliCommand {

	static final int MIN_LENGTH = 10;

	@Override
	public CommandSpec spec() {
		return CommandCatalog.HASH_PASSWORD;
	}

	@Override
	public int run(CommandLine commandLine, PrintStream out) throws IOException {
		String password = read(out);
		if (password == null || password.length() < MIN_LENGTH) {
			throw new CommandException("密碼至少需 " + MIN_LENGTH + " 個字元", CommandRunner.USAGE);
		}
		out.println(new BCryptPasswordEncoder().encode(password));
		return 0;
	}

	private static String read(PrintStream out) throws IOException {
		Console console = System.console();
		if (console == null) {
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			return in.readLine();
		}
		char[] first = console.readPassword("請輸入密碼：");
		char[] second = console.readPassword("請再輸入一次：");
		if (first == null || !Arrays.equals(first, second)) {
			throw new CommandException("兩次輸入的密碼不同", CommandRunner.USAGE);
		}
		return new String(first);
	}

}
