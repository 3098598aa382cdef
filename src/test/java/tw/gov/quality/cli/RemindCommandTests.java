package tw.gov.quality.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code remind} as a user types it, on the shared test application: no mail server is configured
 * there, so every reminder is only listed in the workbook.
 */
@IntegrationTest
class RemindCommandTests {

	private static final Pattern WORKBOOK = Pattern.compile("催繳清單：(.+\\.xlsx)");

	@Autowired
	List<CliCommand> commands;

	@Autowired
	JdbcClient jdbc;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void noSubmissionsNorReminders() {
		// Other test classes share the database: 104年第2季 starts with nothing submitted or sent.
		for (String table : List.of("submission_finding", "submission_item", "submission", "reminder_sent")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}

	@AfterEach
	void deleteWorkbooks() throws Exception {
		Matcher matcher = WORKBOOK.matcher(out());
		while (matcher.find()) {
			Files.deleteIfExists(Path.of(matcher.group(1)));
		}
	}

	@Test
	void remindsOnceAndSaysWhatItDid() {
		int exit = run("remind", "--year=104", "--quarter=2", "--as-of=2015-07-11T09:00");

		assertThat(exit).isZero();
		assertThat(out()).contains("104年第2季 催繳提醒（截至 104年7月11日 09:00:00）：本次通知 14 件（電子郵件 0 件、僅列於清單 14 件）、寄送失敗 0 件、先前已通知而略過 0 件")
			.contains("逾期催繳　AEA-TPE 法務部行政執行署臺北分署　未繳　未設定郵件伺服器，僅列於本清單")
			.contains("上級機關通知　MOJ-AEA 法務部行政執行署　列出 13 個機關")
			.containsPattern("催繳清單：.*reminders/104/Q2/催繳清單_AFTER_.*\\.xlsx")
			.containsPattern("催繳清單：.*reminders/104/Q2/催繳清單_SUPERVISOR_.*\\.xlsx");
		assertThat(jdbc.sql("SELECT DISTINCT channel FROM reminder_sent").query(String.class).list())
			.containsExactly("WORKBOOK");

		assertThat(run("remind", "--year=2015", "--quarter=Q2", "--as-of=2015-07-20")).isZero();
		assertThat(out()).contains("（截至 104年7月20日 23:59:59）：本次通知 0 件（電子郵件 0 件、僅列於清單 0 件）、寄送失敗 0 件、先前已通知而略過 14 件")
			.contains("目前沒有需要通知的機關。");
	}

	@Test
	void theQuarterIsRequired() {
		assertThat(run("remind", "--year=104")).isEqualTo(CommandRunner.USAGE);
		assertThat(err()).contains("remind 缺少必填選項 --quarter（季別）");
		assertThat(run("remind", "--year=104", "--quarter=2", "--as-of=next-week")).isEqualTo(CommandRunner.USAGE);
		assertThat(err()).contains("--as-of=next-week：「next-week」不是日期或日期時間");
	}

	private int run(String... args) {
		CommandRunner runner = new CommandRunner(commands, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return runner.execute(CommandLine.parse(args));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

}
