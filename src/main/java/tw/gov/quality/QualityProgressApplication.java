package tw.gov.quality;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import tw.gov.quality.cli.CommandLine;

@SpringBootApplication
@ConfigurationPropertiesScan
public class QualityProgressApplication {

	public static void main(String[] args) {
		CommandLine commandLine = CommandLine.parse(args);
		SpringApplication application = new SpringApplication(QualityProgressApplication.class);
		application.setDefaultProperties(commandLine.modeProperties());
		ConfigurableApplicationContext context;
		try {
			context = application.run(commandLine.springArguments(args));
		}
		catch (RuntimeException ex) {
			// The console is quiet in command mode: say in one line why nothing happened.
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			System.err.println("程式無法啟動：" + cause.getMessage() + "（詳細記錄見 logs/quality-progress.log）");
			System.exit(1);
			return;
		}
		if (commandLine.hasCommand()) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
