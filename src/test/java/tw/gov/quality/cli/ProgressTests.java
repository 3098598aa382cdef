package tw.gov.quality.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a long command shows while it runs. */
class ProgressTests {

	@Test
	void doneOfTotalWithRateAndTimeLeft() {
		assertThat(Progress.line("收件", "份", 30, 120, Duration.ofSeconds(10)))
			.isEqualTo("收件 30 / 120 份　每秒 3.0 份　約剩 30 秒");
		assertThat(Progress.line("收件", "份", 120, 120, Duration.ofSeconds(75)))
			.isEqualTo("收件 120 / 120 份　每秒 1.6 份　用時 1 分 15 秒");
		assertThat(Progress.finished("彙整", "個上級機關", 2, Duration.ofSeconds(12))).isEqualTo("彙整完成 2 個上級機關，用時 12 秒");
	}

	@Test
	void withoutACountOnlyTheTimeSpent() {
		assertThat(Progress.line("催繳提醒", "則", 0, 0, Duration.ofSeconds(4))).isEqualTo("催繳提醒 已 4 秒");
		assertThat(Progress.finished("催繳提醒", "則", 0, Duration.ofSeconds(4))).isEqualTo("催繳提醒完成，用時 4 秒");
	}

	@Test
	void notOnATerminalNothingButWhatTheCommandSays() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Progress.Meter meter = new Progress.Meter() {
			@Override
			public long done() {
				return 1;
			}

			@Override
			public long total() {
				return 2;
			}
		};
		String result = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), false).run("收件", "份", meter,
				() -> {
					Thread.sleep(1200);
					return "done";
				});
		assertThat(result).isEqualTo("done");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void onATerminalTheLineIsRewrittenInPlaceAndKept() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long[] done = { 0 };
		Progress.Meter meter = new Progress.Meter() {
			@Override
			public long done() {
				return done[0];
			}

			@Override
			public long total() {
				return 4;
			}
		};
		new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), true).run("範本", "個機關", meter, () -> {
			Thread.sleep(2500); // the line is rewritten once a second
			done[0] = 4;
			return null;
		});
		String shown = out.toString(StandardCharsets.UTF_8);
		assertThat(shown).startsWith("\r範本 ").contains("\r範本完成 4 個機關，用時 ").endsWith(System.lineSeparator());
	}

}
