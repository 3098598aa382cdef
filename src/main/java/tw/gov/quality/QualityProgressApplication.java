package tw.gov.quality;

import java.util.Optional;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import tw.gov.quality.cli.CommandLine;
import tw.gov.quality.cli.Launcher;
import tw.gov.quality.cli.QuickCompiler;
import tw.gov.quality.database.DatabaseStartAhead;

@SpringBootApplication
@ConfigurationPropertiesScan
public class QualityProgressApplication {

	public static void main(String[] args) {
		// help, version and a wrong argument are answered here, before Spring, the database or a folder is touched
		Optional<Integer> answered = new Launcher(System.out, System.err).answer(args);
		if (answered.isPresent()) {
			System.exit(answered.get());
			return;
		}
		SpringStart.run(args);
	}

	/**
	 * Everything that touches Spring, in a class of its own: main's own bytecode then names no Spring type,
	 * so help and a wrong argument are answered without loading Spring's classes from the nested jars.
	 */
	private static final class SpringStart {

		static void run(String[] args) {
			CommandLine commandLine = CommandLine.parse(args);
			QuickCompiler.forCommand(commandLine);
			Launcher.showStarting(commandLine);
			SpringApplication application = new SpringApplication(QualityProgressApplication.class);
			application.setDefaultProperties(commandLine.modeProperties());
			application.addListeners(new DatabaseStartAhead());
			ConfigurableApplicationContext context;
			try {
				context = application.run(commandLine.springArguments(args));
			}
			catch (RuntimeException ex) {
				// The console is quiet in command mode: say in one line why nothing happened.
				Launcher.clearStarting(System.out);
				Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
				System.err.println("程式無法啟動：" + cause.getMessage() + "（詳細記錄見 logs/quality-progress.log）");
				System.exit(1);
				return;
			}
			if (commandLine.servesAfterwards() && exitCode(context) == 0) {
				return; // demo --serve: the console keeps serving the demo's data until Ctrl-C
			}
			if (commandLine.hasCommand()) {
				System.exit(SpringApplication.exit(context));
			}
		}

		private static int exitCode(ConfigurableApplicationContext context) {
			return context.getBeanProvider(ExitCodeGenerator.class)
				.stream()
				.mapToInt(ExitCodeGenerator::getExitCode)
				.filter(code -> code != 0)
				.findFirst()
				.orElse(0);
		}

	}

}
