package tw.gov.quality.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jodconverter.core.office.OfficeManager;
import org.jodconverter.core.task.OfficeTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The watchdog of a conversion past its time, without LibreOffice: an office that answers at once, a stop that
 * takes a while.
 */
class TimedConversionTests {

	@TempDir
	Path dir;

	@Test
	void aConversionPastItsTimeReturnsOnlyOnceTheOfficeItsWatchdogStopsIsDown() throws Exception {
		Path xlsx = Files.writeString(dir.resolve("執行成果報告.xlsx"), "not converted here");
		CountDownLatch stopping = new CountDownLatch(1);
		AtomicBoolean stopped = new AtomicBoolean();
		Runnable stopOffice = () -> {
			stopping.countDown();
			sleep(300);
			stopped.set(true);
		};
		// The task comes back only once the watchdog has begun stopping the office: as in a race on a busy machine
		OfficeManager office = new AnsweringOffice(() -> await(stopping));

		assertThatExceptionOfType(TimedConversion.TimedOut.class)
			.isThrownBy(() -> TimedConversion.convert(office, xlsx, EnumSet.of(OutputFormat.ODS), Duration.ZERO, stopOffice));

		assertThat(stopped).as("the next conversion must not take the office being stopped").isTrue();
	}

	@Test
	void aConversionWithinItsTimeLeavesTheOfficeRunning() throws Exception {
		Path xlsx = Files.writeString(dir.resolve("審查意見表.xlsx"), "not converted here");
		AtomicBoolean stopCalled = new AtomicBoolean();

		TimedConversion.Outcome outcome = TimedConversion.convert(new AnsweringOffice(() -> {
		}), xlsx, EnumSet.of(OutputFormat.ODS), Duration.ofMinutes(1), () -> stopCalled.set(true));

		assertThat(stopCalled).isFalse();
		assertThat(outcome.failures()).as("the stub office writes nothing").containsKey(OutputFormat.ODS);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).as("the watchdog fired").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Runs {@code before} and returns, as if the task were done (it writes nothing). */
	private record AnsweringOffice(Runnable before) implements OfficeManager {

		@Override
		public void execute(OfficeTask task) {
			before.run();
		}

		@Override
		public boolean isRunning() {
			return true;
		}

		@Override
		public void start() {
		}

		@Override
		public void stop() {
		}

	}

}
