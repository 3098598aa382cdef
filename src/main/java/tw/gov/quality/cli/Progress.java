package tw.gov.quality.cli;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A long step's progress on a terminal, rewritten in place once a second: done / total, rate and time
 * left ({@code 收件 37 / 120 份　每秒 4.2 份　約剩 20 秒}); when it ends, one line says what it did and how
 * long it took ({@code 收件完成 120 份，用時 30 秒}). Not on a terminal (a log, a pipe, cron) it prints nothing: the command's own summary
 * line is the one line that stays.
 */
final class Progress {

	/** What a step has done so far; a total of 0 or less is unknown. */
	interface Meter {

		long done();

		long total();

	}

	/** A step of a command that can take long. */
	interface Step<T> {

		T run() throws Exception;

	}

	private final PrintStream out;

	private final boolean terminal;

	Progress(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	/** Progress on {@code out} when the program runs on a terminal. */
	static Progress on(PrintStream out) {
		return new Progress(out, onTerminal());
	}

	/**
	 * {@code System.console() != null}; from JDK 22 on, a console exists even when output is redirected, so
	 * there {@code Console.isTerminal()} (JDK 22+, called by reflection on a Java 17 build) decides.
	 */
	static boolean onTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (NoSuchMethodException ex) {
			return true;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return false;
		}
	}

	<T> T run(String label, String unit, Meter meter, Step<T> step) throws Exception {
		if (!terminal) {
			return step.run();
		}
		Ticker ticker = new Ticker(label, unit, meter);
		boolean finished = false;
		try {
			T result = step.run();
			finished = true;
			return result;
		}
		finally {
			ticker.stop(finished);
		}
	}

	/** One line on the terminal, rewritten every second while a step runs, and its last state when it ends. */
	private final class Ticker {

		private final String label;

		private final String unit;

		private final Meter meter;

		private final long started = System.nanoTime();

		private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "progress");
			thread.setDaemon(true);
			return thread;
		});

		private int width;

		Ticker(String label, String unit, Meter meter) {
			this.label = label;
			this.unit = unit;
			this.meter = meter;
			executor.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
		}

		private void tick() {
			try {
				show(line(label, unit, meter.done(), meter.total(), elapsed()));
			}
			catch (RuntimeException ex) {
				// the database is closing (Ctrl-C): the step itself says what happened
			}
		}

		private synchronized void show(String line) {
			int pad = Math.max(0, width - CommandSpec.displayWidth(line));
			width = Math.max(width, CommandSpec.displayWidth(line));
			out.print("\r" + line + " ".repeat(pad));
			out.flush();
		}

		/** Done: what it did and how long it took (a total may have been an upper bound); else where it stopped. */
		void stop(boolean finished) throws InterruptedException {
			executor.shutdownNow();
			executor.awaitTermination(2, TimeUnit.SECONDS);
			if (width == 0) {
				return;
			}
			try {
				show(finished ? finished(label, unit, meter.done(), elapsed())
						: line(label, unit, meter.done(), meter.total(), elapsed()));
			}
			catch (RuntimeException ex) {
				// as above
			}
			out.println();
		}

		private Duration elapsed() {
			return Duration.ofNanos(System.nanoTime() - started);
		}

	}

	/** {@code 收件完成 60 份，用時 11 秒} */
	static String finished(String label, String unit, long done, Duration elapsed) {
		return label + "完成" + (done > 0 ? " " + done + " " + unit : "") + "，用時 " + clock(elapsed);
	}

	/** {@code 收件 37 / 120 份　每秒 4.2 份　約剩 20 秒} */
	static String line(String label, String unit, long done, long total, Duration elapsed) {
		StringBuilder line = new StringBuilder(label).append(' ');
		double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
		if (done <= 0 && total <= 0) {
			return line.append("已 ").append(clock(elapsed)).toString();
		}
		line.append(done);
		if (total > 0) {
			line.append(" / ").append(total);
		}
		line.append(' ').append(unit);
		double rate = done / seconds;
		line.append(String.format("　每秒 %.1f %s", rate, unit));
		if (total > 0 && done >= total) {
			line.append("　用時 ").append(clock(elapsed));
		}
		else if (total > 0 && done > 0) {
			line.append("　約剩 ").append(clock(Duration.ofSeconds((long) Math.ceil((total - done) / rate))));
		}
		else {
			line.append("　已 ").append(clock(elapsed));
		}
		return line.toString();
	}

	/** {@code 42 秒}, {@code 3 分 05 秒} */
	static String clock(Duration duration) {
		long seconds = duration.toSeconds();
		return seconds < 60 ? seconds + " 秒" : String.format("%d 分 %02d 秒", seconds / 60, seconds % 60);
	}

}
